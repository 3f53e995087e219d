import type { SeedGroup } from '../types';
import type { ThemeId } from './themes';

/** Group ids, as a closed list so memberships in the illustrative data are checked by the compiler. */
export const GROUP_IDS = [
  // Networks
  'kh-community-forestry-network',
  'la-land-learning-circle',
  'mm-farmland-tenure-network',
  'vn-forest-land-network',
  'th-community-resource-network',
  'mekong-land-research-exchange',
  'mekong-fisherfolk-network',
  'mekong-women-land-network',
  'mekong-land-journalists-network',
  // Coalitions
  'kh-concession-accountability-coalition',
  'kh-smallholder-investment-dialogue',
  'la-responsible-investment-coalition',
  'mm-land-law-coalition',
  'vn-highlands-value-chain-coalition',
  'th-outbound-investment-coalition',
  'mekong-responsible-agribusiness-platform',
  'mekong-customary-tenure-coalition',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const groups: Array<SeedGroup & { id: GroupId; focusThemes: ThemeId[] }> = [
  // ---------------------------------------------------------------- networks
  {
    id: 'kh-community-forestry-network',
    kind: 'NETWORK',
    name: 'Cambodian Community Forestry Learning Network',
    acronym: 'CCFLN',
    description:
      'An informal network of community forestry committees, NGOs and forestry officials that trades experience on patrolling, management plans and registration.',
    founded: 2008,
    activeIn: ['KH'],
    focusThemes: ['community-forestry', 'customary-land-rights', 'grievance-mechanisms', 'land-use-planning'],
  },
  {
    id: 'la-land-learning-circle',
    kind: 'NETWORK',
    name: 'Lao Land Learning Circle',
    acronym: 'LLLC',
    description:
      'A quarterly gathering of non-profit associations, researchers and development partners that shares findings on land allocation and investment in Lao PDR.',
    founded: 2010,
    activeIn: ['LA'],
    focusThemes: ['policy-tracking', 'land-tenure-security', 'investment-models', 'land-use-planning'],
  },
  {
    id: 'mm-farmland-tenure-network',
    kind: 'NETWORK',
    name: 'Myanmar Farmland Tenure Network',
    acronym: 'MFTN',
    description:
      'Links farmer unions, paralegal groups and researchers who document farmland confiscation cases and follow the national land-use policy process.',
    founded: 2012,
    activeIn: ['MM'],
    focusThemes: ['land-tenure-security', 'policy-tracking', 'grievance-mechanisms', 'customary-land-rights'],
  },
  {
    id: 'vn-forest-land-network',
    kind: 'NETWORK',
    name: 'Vietnam Forest Land Allocation Network',
    acronym: 'FLAN',
    description:
      'Brings together researchers, provincial officials and community groups working on the allocation of forest land to households and communities.',
    founded: 2009,
    activeIn: ['VN'],
    focusThemes: ['community-forestry', 'land-tenure-security', 'customary-land-rights'],
  },
  {
    id: 'th-community-resource-network',
    kind: 'NETWORK',
    name: 'Thai Community Resource Rights Network',
    acronym: 'TCRRN',
    description:
      'A federation of upland forest villages and coastal fishing communities that exchanges experience on local resource management rules.',
    founded: 2004,
    activeIn: ['TH'],
    focusThemes: ['community-forestry', 'traditional-fishing-rights', 'customary-land-rights'],
  },
  {
    id: 'mekong-land-research-exchange',
    kind: 'NETWORK',
    name: 'Mekong Land Research Exchange',
    acronym: 'MLRX',
    description:
      'A region-wide network of university departments, think-tanks and NGO researchers that shares methods and findings on land governance.',
    founded: 2011,
    activeIn: ['REGIONAL', 'KH', 'LA', 'MM', 'VN', 'TH'],
    focusThemes: [
      'participatory-action-research',
      'investment-models',
      'agricultural-development-models',
      'large-vs-small-scale-agriculture',
    ],
  },
  {
    id: 'mekong-fisherfolk-network',
    kind: 'NETWORK',
    name: 'Mekong Fisherfolk Learning Network',
    acronym: 'MFLN',
    description:
      'Connects fishing communities of the Tonle Sap, the Mekong mainstream and the delta to exchange experience on community fisheries.',
    founded: 2007,
    activeIn: ['REGIONAL', 'KH', 'LA', 'TH', 'VN'],
    focusThemes: ['traditional-fishing-rights', 'grievance-mechanisms', 'participatory-action-research'],
  },
  {
    id: 'mekong-women-land-network',
    kind: 'NETWORK',
    name: 'Mekong Women and Land Network',
    acronym: 'MWLN',
    description:
      "Women's organisations and gender researchers from five countries who promote joint titling and women's voice in land reform.",
    founded: 2013,
    activeIn: ['REGIONAL', 'KH', 'LA', 'MM', 'VN'],
    focusThemes: ['women-land-rights', 'land-tenure-security', 'policy-tracking'],
  },
  {
    id: 'mekong-land-journalists-network',
    kind: 'NETWORK',
    name: 'Mekong Land Journalists Network',
    acronym: 'MLJN',
    description:
      'Reporters and editors covering land, investment and resettlement stories who train each other and co-publish cross-border investigations.',
    founded: 2014,
    activeIn: ['REGIONAL', 'KH', 'MM', 'TH', 'VN'],
    focusThemes: ['cross-border-investment', 'economic-land-concessions', 'policy-tracking'],
  },
  // -------------------------------------------------------------- coalitions
  {
    id: 'kh-concession-accountability-coalition',
    kind: 'COALITION',
    name: 'Cambodian Coalition for Concession Accountability',
    acronym: 'CCCA',
    description:
      'Civil-society and community groups that monitor economic land concessions and press for a transparent review and for working grievance channels.',
    founded: 2012,
    activeIn: ['KH'],
    focusThemes: ['economic-land-concessions', 'grievance-mechanisms', 'policy-tracking'],
  },
  {
    id: 'kh-smallholder-investment-dialogue',
    kind: 'COALITION',
    name: 'Cambodia Smallholder Investment Dialogue',
    acronym: 'CSID',
    description:
      'A government–private sector forum, with NGO observers, on contract farming and finance that invests in smallholders rather than in land.',
    founded: 2015,
    activeIn: ['KH'],
    focusThemes: ['smallholder-investment', 'corporate-social-responsibility', 'contract-farming', 'investment-models'],
  },
  {
    id: 'la-responsible-investment-coalition',
    kind: 'COALITION',
    name: 'Lao Responsible Agricultural Investment Coalition',
    acronym: 'LRAIC',
    description:
      'Companies, business associations, line ministries and non-profit associations that test quality-over-quantity criteria for land investment.',
    founded: 2014,
    activeIn: ['LA'],
    focusThemes: ['investment-models', 'corporate-social-responsibility', 'smallholder-investment', 'contract-farming'],
  },
  {
    id: 'mm-land-law-coalition',
    kind: 'COALITION',
    name: 'Myanmar Land Law Reform Coalition',
    acronym: 'MLLRC',
    description:
      'Civil-society organisations, ethnic community groups and legal aid providers that submit joint comments on draft land laws and policies.',
    founded: 2013,
    activeIn: ['MM'],
    focusThemes: ['policy-tracking', 'customary-land-rights', 'land-tenure-security', 'women-land-rights'],
  },
  {
    id: 'vn-highlands-value-chain-coalition',
    kind: 'COALITION',
    name: 'Central Highlands Smallholder Value Chain Coalition',
    acronym: 'CHSVC',
    description:
      'Coffee and pepper exporters, cooperatives, farmer unions and researchers that pilot fairer outgrower models for smallholders.',
    founded: 2013,
    activeIn: ['VN'],
    focusThemes: [
      'smallholder-investment',
      'large-vs-small-scale-agriculture',
      'agricultural-development-models',
      'contract-farming',
    ],
  },
  {
    id: 'th-outbound-investment-coalition',
    kind: 'COALITION',
    name: 'Thai Outbound Investment Accountability Coalition',
    acronym: 'TOIAC',
    description:
      'Thai and neighbouring-country organisations that follow Thai agribusiness investment abroad and use home-country complaint channels.',
    founded: 2013,
    activeIn: ['TH', 'REGIONAL', 'KH', 'LA', 'MM'],
    focusThemes: ['cross-border-investment', 'corporate-social-responsibility', 'grievance-mechanisms'],
  },
  {
    id: 'mekong-responsible-agribusiness-platform',
    kind: 'COALITION',
    name: 'Mekong Responsible Agribusiness Platform',
    acronym: 'MRAP',
    description:
      'A multi-stakeholder platform of agribusiness firms, investors, donors and NGOs that drafts voluntary guidance for responsible investment in the region.',
    founded: 2015,
    activeIn: ['REGIONAL', 'KH', 'LA', 'MM', 'VN', 'TH'],
    focusThemes: [
      'corporate-social-responsibility',
      'smallholder-investment',
      'cross-border-investment',
      'investment-models',
    ],
  },
  {
    id: 'mekong-customary-tenure-coalition',
    kind: 'COALITION',
    name: 'Mekong Customary Tenure Coalition',
    acronym: 'MCTC',
    description:
      'Indigenous peoples organisations and their allies who push for the recognition of collective and customary land and forest tenure across the region.',
    founded: 2012,
    activeIn: ['REGIONAL', 'KH', 'LA', 'MM', 'VN', 'TH'],
    focusThemes: ['customary-land-rights', 'community-forestry', 'land-tenure-security'],
  },
];
