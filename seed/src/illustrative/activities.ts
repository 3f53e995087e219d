/** Learning-and-alliance activities (2015–2016): two of each of the eight activity types. */
import type { SeedActivity } from '../types';
import { p, type Source } from './helpers';

/** The activity report in which participation was recorded, filed a few days after the event. */
function report(title: string, recordedAt: string): Source {
  return { source: `Learning & Alliance activity report: ${title}`, recordedAt };
}

const R01 = report('Community forestry learning visit, Kampong Thom', '2015-06-24');
const R02 = report('Smallholder investment dialogue, Phnom Penh', '2015-09-16');
const R03 = report('Quality investment case studies, Vientiane', '2015-11-12');
const R04 = report('Lao land policy digest', '2016-02-29');
const R05 = report('Paralegal training on the land use policy, Yangon', '2015-08-19');
const R06 = report('Dry zone farm size study', '2016-01-25');
const R07 = report('Coffee cooperative pairing, Lam Dong', '2015-10-27');
const R08 = report('Forest land allocation study, Central Highlands', '2016-05-17');
const R09 = report('Home-country complaint channels training, Bangkok', '2016-04-04');
const R10 = report('Community fishery zone case studies', '2015-12-10');
const R11 = report('Tonle Sap – Champasak fisheries exchange', '2015-04-28');
const R12 = report('Lam Dong – Bolaven coffee exchange', '2016-04-19');
const R13 = report('Annual regional consultation, Bangkok', '2016-03-18');
const R14 = report('Regional concessions data portal', '2016-09-14');
const R15 = report('Women land leaders mentoring, Vientiane', '2016-07-26');
const R16 = report('Shan hills community forest learning visit', '2016-11-15');

export const activities: SeedActivity[] = [
  {
    id: 'act-kh-cf-learning-visit',
    name: 'Community forestry learning visit to Prey Kbal',
    type: 'LEARNING_VISIT',
    date: '2015-06-18',
    country: 'KH',
    description:
      'Committee members from five provinces and forestry officials walked the Prey Kbal community forest and discussed patrol rules and resin rights.',
    themes: ['community-forestry', 'land-use-planning'],
    participants: [
      p('kh-prey-kbal-cf-committee', 'host', R01, 'HIGH'),
      p('kh-forest-communities-network', 'facilitator', R01, 'HIGH'),
      p('kh-community-forestry-office', 'participant', R01, 'HIGH'),
      p('kh-green-canopy', 'participant', R01, 'MEDIUM'),
      p('kh-youth-for-forests', 'participant', R01, 'MEDIUM'),
      p('kh-bunong-highland-village-council', 'participant', R01, 'MEDIUM'),
      p('kh-nordhaven-rural-fund', 'funder', R01, 'HIGH'),
    ],
  },
  {
    id: 'act-kh-smallholder-dialogue',
    name: 'Smallholder investment dialogue: fair contract-farming terms',
    type: 'CONVENING_COLLABORATION',
    date: '2015-09-10',
    country: 'KH',
    description:
      'Government, exporters, a rubber company and farmer associations compared contract-farming terms and agreed to draft a model contract.',
    themes: ['smallholder-investment', 'contract-farming', 'corporate-social-responsibility'],
    participants: [
      p('kh-agri-land-policy-unit', 'host', R02, 'HIGH'),
      p('kh-angkor-policy-analysis-centre', 'facilitator', R02, 'HIGH'),
      p('kh-golden-mekong-rubber', 'participant', R02, 'HIGH'),
      p('kh-fragrant-rice-exporters', 'participant', R02, 'HIGH'),
      p('kh-angkor-highland-cassava', 'participant', R02, 'MEDIUM'),
      p('kh-kampong-thom-farmers', 'participant', R02, 'HIGH'),
      p('kh-rural-livelihoods-partnership', 'participant', R02, 'MEDIUM'),
      p('kh-alpine-cooperation-office', 'funder', R02, 'HIGH'),
    ],
  },
  {
    id: 'act-la-investment-case-studies',
    name: 'Case studies of quality agricultural investment in Lao PDR',
    type: 'CASE_STUDIES',
    date: '2015-11-05',
    country: 'LA',
    description:
      'Researchers presented four case studies comparing concession, outgrower and producer-group models with the companies and farmers involved.',
    themes: ['investment-models', 'contract-farming', 'smallholder-investment'],
    participants: [
      p('la-rural-research-institute', 'host', R03, 'HIGH'),
      p('la-centre-land-agriculture-studies', 'participant', R03, 'HIGH'),
      p('la-bolaven-highland-coffee', 'participant', R03, 'MEDIUM'),
      p('la-luang-namtha-rubber-outgrowers', 'participant', R03, 'MEDIUM'),
      p('la-paksong-coffee-producers', 'participant', R03, 'MEDIUM'),
      p('la-alpine-partnership-office', 'funder', R03, 'HIGH'),
    ],
  },
  {
    id: 'act-la-land-policy-digest',
    name: 'Lao land policy digest',
    type: 'INFORMATION_WORK',
    date: '2016-02-22',
    country: 'LA',
    description:
      'A quarterly digest summarising changes to the land law drafts, broadcast in a radio series and shared with village mediation units.',
    themes: ['policy-tracking', 'land-tenure-security'],
    participants: [
      p('la-community-legal-knowledge', 'host', R04, 'HIGH'),
      p('la-rural-voice-radio', 'participant', R04, 'HIGH'),
      p('la-women-land-association', 'participant', R04, 'MEDIUM'),
      p('la-rural-development-association', 'participant', R04, 'LOW'),
    ],
  },
  {
    id: 'act-mm-paralegal-training',
    name: 'Paralegal training on the national land use policy',
    type: 'TRAINING',
    date: '2015-08-12',
    country: 'MM',
    description:
      'Five days of training for farmer paralegals on the land use policy, farmland committee procedures and documenting confiscation cases.',
    themes: ['policy-tracking', 'grievance-mechanisms', 'land-tenure-security'],
    participants: [
      p('mm-farmland-legal-aid', 'host', R05, 'HIGH'),
      p('mm-ayeyarwady-farmers', 'participant', R05, 'HIGH'),
      p('mm-bago-farmland-defenders', 'participant', R05, 'MEDIUM'),
      p('mm-women-land-rights-group', 'participant', R05, 'HIGH'),
      p('mm-delta-livelihoods-initiative', 'participant', R05, 'MEDIUM'),
      p('mm-nordhaven-embassy-yangon', 'funder', R05, 'HIGH'),
    ],
  },
  {
    id: 'act-mm-dry-zone-farm-size-study',
    name: 'Farm size and landlessness in the dry zone',
    type: 'TARGETED_RESEARCH',
    date: '2016-01-14',
    country: 'MM',
    description:
      'A targeted survey of two hundred households comparing returns on small and consolidated farms, with results discussed with planners.',
    themes: ['large-vs-small-scale-agriculture', 'participatory-action-research'],
    participants: [
      p('mm-rural-research-centre', 'host', R06, 'HIGH'),
      p('mm-sagaing-dry-zone-smallholders', 'participant', R06, 'MEDIUM'),
      p('mm-irrawaddy-valley-agrarian-faculty', 'participant', R06, 'MEDIUM'),
      p('mm-agricultural-investment-planning', 'participant', R06, 'LOW'),
      p('mm-delta-dry-zone-livelihood-fund', 'funder', R06, 'HIGH'),
    ],
  },
  {
    id: 'act-vn-coffee-cooperative-pairing',
    name: 'Pairing coffee cooperatives with exporters',
    type: 'COACHING_PAIRING',
    date: '2015-10-20',
    country: 'VN',
    description:
      'Each cooperative was paired with an exporter for a season of coaching on quality premiums, contract clauses and dispute handling.',
    themes: ['contract-farming', 'smallholder-investment', 'corporate-social-responsibility'],
    participants: [
      p('vn-sustainable-agriculture-alliance', 'facilitator', R07, 'HIGH'),
      p('vn-dak-mil-green-coffee-coop', 'participant', R07, 'HIGH'),
      p('hoi-nong-dan-lam-dong', 'host', R07, 'HIGH'),
      p('vn-misty-hill-coffee', 'participant', R07, 'HIGH'),
      p('vn-phu-hung-long-agri', 'participant', R07, 'MEDIUM'),
      p('vn-truong-son-rural-economics', 'participant', R07, 'MEDIUM'),
    ],
  },
  {
    id: 'act-vn-forest-land-allocation-study',
    name: 'Forest land allocation outcomes in the Central Highlands',
    type: 'TARGETED_RESEARCH',
    date: '2016-05-09',
    country: 'VN',
    description:
      'A study of land returned by state forest enterprises, tracing who received it and whether communities can manage it collectively.',
    themes: ['community-forestry', 'customary-land-rights', 'land-tenure-security'],
    participants: [
      p('vn-highlands-land-policy-institute', 'host', R08, 'HIGH'),
      p('vn-community-land-initiatives', 'participant', R08, 'HIGH'),
      p('vn-dak-nong-land-project-board', 'participant', R08, 'MEDIUM'),
      p('vn-highlands-forest-protection-unit', 'participant', R08, 'MEDIUM'),
      p('vn-alpine-office-hanoi', 'funder', R08, 'HIGH'),
    ],
  },
  {
    id: 'act-th-complaint-channels-training',
    name: 'Using home-country complaint channels',
    type: 'TRAINING',
    date: '2016-03-29',
    country: 'TH',
    description:
      'Community representatives from Cambodia and Myanmar learnt how to file complaints about Thai investors with Thai oversight bodies.',
    themes: ['grievance-mechanisms', 'cross-border-investment', 'corporate-social-responsibility'],
    participants: [
      p('th-business-accountability-clinic', 'host', R09, 'HIGH'),
      p('th-land-complaints-subcommittee', 'facilitator', R09, 'HIGH'),
      p('th-mekong-investment-watch', 'participant', R09, 'HIGH'),
      p('kh-land-defenders-collective', 'participant', R09, 'LOW'),
      p('kh-community-land-law-centre', 'participant', R09, 'MEDIUM'),
      p('mm-shan-highlands-land-network', 'participant', R09, 'MEDIUM'),
      p('rg-fair-agri-investment-project', 'participant', R09, 'MEDIUM'),
    ],
  },
  {
    id: 'act-th-fishery-zone-case-studies',
    name: 'Community fishery zones: case studies from the Andaman coast and the Tonle Sap',
    type: 'CASE_STUDIES',
    date: '2015-12-03',
    country: 'TH',
    description:
      'Fishers and researchers co-wrote case studies of community fishery zones and the rules that made them hold.',
    themes: ['traditional-fishing-rights', 'participatory-action-research'],
    participants: [
      p('th-coastal-livelihoods-research-group', 'host', R10, 'HIGH'),
      p('th-andaman-fisheries-foundation', 'participant', R10, 'HIGH'),
      p('th-andaman-folk-fishers', 'participant', R10, 'MEDIUM'),
      p('kh-tonle-sap-fishing-communities', 'participant', R10, 'MEDIUM'),
      p('rg-inland-fisheries-consortium', 'participant', R10, 'MEDIUM'),
    ],
  },
  {
    id: 'act-kh-la-fisheries-exchange',
    name: 'Cross-border fisheries exchange: Tonle Sap and Champasak',
    type: 'CROSS_BORDER_LEARNING',
    date: '2015-04-21',
    country: 'KH',
    description:
      'Lao deep-pool conservation groups visited Tonle Sap community fisheries and compared zoning, patrols and relations with officials.',
    themes: ['traditional-fishing-rights', 'grievance-mechanisms'],
    participants: [
      p('kh-tonle-sap-fishing-communities', 'host', R11, 'HIGH'),
      p('la-champasak-fisheries-group', 'participant', R11, 'HIGH'),
      p('la-wetlands-livelihood-association', 'participant', R11, 'MEDIUM'),
      p('kh-tonle-sap-fisheries-action', 'participant', R11, 'HIGH'),
      p('rg-mekong-fisherfolk-federation', 'facilitator', R11, 'HIGH'),
      p('rg-lower-mekong-basin-council', 'participant', R11, 'LOW'),
    ],
  },
  {
    id: 'act-vn-la-coffee-exchange',
    name: 'Coffee smallholders exchange: Lam Dong and the Bolaven Plateau',
    type: 'CROSS_BORDER_LEARNING',
    date: '2016-04-12',
    country: 'LA',
    description:
      'Vietnamese cooperative leaders visited Lao producer groups to compare processing, pricing and relations with exporters.',
    themes: ['smallholder-investment', 'contract-farming', 'cross-border-investment'],
    participants: [
      p('la-paksong-coffee-producers', 'host', R12, 'HIGH'),
      p('hoi-nong-dan-lam-dong', 'participant', R12, 'HIGH'),
      p('vn-dak-mil-green-coffee-coop', 'participant', R12, 'HIGH'),
      p('la-bolaven-highland-coffee', 'participant', R12, 'MEDIUM'),
      p('vn-misty-hill-coffee', 'participant', R12, 'MEDIUM'),
      p('rg-austral-development-fund', 'funder', R12, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-annual-consultation-2016',
    name: 'Annual regional consultation on land and investment',
    type: 'CONVENING_COLLABORATION',
    date: '2016-03-15',
    country: 'REGIONAL',
    description:
      'Government, business, research and civil-society actors from five countries identified areas of partial alignment on responsible investment.',
    themes: ['investment-models', 'smallholder-investment', 'cross-border-investment', 'policy-tracking'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R13, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R13, 'HIGH'),
      p('rg-intergov-agri-land-working-group', 'host', R13, 'HIGH'),
      p('rg-mekong-agribusiness-council', 'participant', R13, 'HIGH'),
      p('rg-fair-agri-investment-project', 'participant', R13, 'HIGH'),
      p('kh-agri-land-policy-unit', 'participant', R13, 'MEDIUM'),
      p('la-land-allocation-planning-division', 'participant', R13, 'MEDIUM'),
      p('vn-institute-rural-policy-dialogue', 'participant', R13, 'MEDIUM'),
      p('mm-land-policy-watch', 'participant', R13, 'MEDIUM'),
      p('th-chao-phraya-agro-group', 'participant', R13, 'MEDIUM'),
    ],
  },
  {
    id: 'act-rg-concessions-data-portal',
    name: 'Regional concessions and investment data portal',
    type: 'INFORMATION_WORK',
    date: '2016-09-07',
    country: 'REGIONAL',
    description:
      'Launch of an open portal compiling concession maps and investor information, with journalists trained to use it.',
    themes: ['economic-land-concessions', 'cross-border-investment', 'policy-tracking'],
    participants: [
      p('rg-open-land-observatory', 'host', R14, 'HIGH'),
      p('rg-landscape-data-desk', 'participant', R14, 'HIGH'),
      p('rg-mekong-watershed-review', 'participant', R14, 'MEDIUM'),
      p('kh-phnom-penh-land-ledger', 'participant', R14, 'MEDIUM'),
      p('rg-nordhaven-mekong-desk', 'funder', R14, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-women-leaders-mentoring',
    name: 'Mentoring women land leaders',
    type: 'COACHING_PAIRING',
    date: '2016-07-19',
    country: 'LA',
    description:
      'Experienced women leaders were paired with emerging leaders from four countries for a year of mentoring on land advocacy.',
    themes: ['women-land-rights', 'land-tenure-security'],
    participants: [
      p('rg-women-rooted-in-land', 'host', R15, 'HIGH'),
      p('rg-gender-resources-centre', 'facilitator', R15, 'HIGH'),
      p('la-women-land-association', 'participant', R15, 'HIGH'),
      p('kh-women-land-rights', 'participant', R15, 'HIGH'),
      p('mm-women-land-rights-group', 'participant', R15, 'MEDIUM'),
      p('vn-mekong-rural-women-association', 'participant', R15, 'MEDIUM'),
    ],
  },
  {
    id: 'act-mm-shan-cf-learning-visit',
    name: 'Learning visit: community forests in the Shan hills',
    type: 'LEARNING_VISIT',
    date: '2016-11-08',
    country: 'MM',
    description:
      'Forest user groups, forestry staff and a Lao network visited certified community forests and discussed timber harvesting rights.',
    themes: ['community-forestry', 'customary-land-rights'],
    participants: [
      p('mm-hill-villages-forest-users', 'host', R16, 'HIGH'),
      p('mm-community-forestry-network', 'facilitator', R16, 'HIGH'),
      p('mm-community-forestry-unit', 'participant', R16, 'MEDIUM'),
      p('la-community-forest-network', 'participant', R16, 'MEDIUM'),
      p('rg-community-forestry-learning-centre', 'participant', R16, 'HIGH'),
      p('rg-global-land-tenure-trust', 'funder', R16, 'MEDIUM'),
    ],
  },
];
