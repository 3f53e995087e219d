import type { SeedTheme } from '../types';

/** Theme ids, as a closed list so the illustrative data is checked by the compiler. */
export const THEME_IDS = [
  'investment-models',
  'agricultural-development-models',
  'large-vs-small-scale-agriculture',
  'smallholder-investment',
  'community-forestry',
  'traditional-fishing-rights',
  'policy-tracking',
  'economic-land-concessions',
  'grievance-mechanisms',
  'corporate-social-responsibility',
  'participatory-action-research',
  'land-tenure-security',
  'customary-land-rights',
  'women-land-rights',
  'cross-border-investment',
  'land-use-planning',
  'contract-farming',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const themes: Array<SeedTheme & { id: ThemeId }> = [
  {
    id: 'investment-models',
    name: 'Investment models: quality versus quantity',
    description:
      'Whether land-based investment should be judged by the hectares and capital it brings or by the jobs, incomes and tenure security it leaves behind.',
  },
  {
    id: 'agricultural-development-models',
    name: 'Agricultural development models',
    description:
      'The competing pathways of agricultural development promoted in each country, from estate plantations to family-farm intensification and agroecology.',
  },
  {
    id: 'large-vs-small-scale-agriculture',
    name: 'Large versus small-scale agriculture',
    description:
      'Evidence comparing the productivity, employment and environmental footprint of large estates with smallholder farming systems.',
  },
  {
    id: 'smallholder-investment',
    name: 'Investing in smallholders',
    description:
      'Government–private sector forums on channelling finance, extension and market access to smallholder farmers rather than acquiring their land.',
  },
  {
    id: 'community-forestry',
    name: 'Community and social forestry',
    description:
      'Legal recognition and practical management of forests by the communities that depend on them, including community forests and village forestry.',
  },
  {
    id: 'traditional-fishing-rights',
    name: 'Traditional fishing rights',
    description:
      'Securing the access of small-scale fishers to rivers, lakes, floodplains and coasts against enclosure by lots, dams and concessions.',
  },
  {
    id: 'policy-tracking',
    name: 'Policy tracking, debate and consultations',
    description:
      'Following draft land, forest and investment laws and creating space for public consultation and non-confrontational debate on them.',
  },
  {
    id: 'economic-land-concessions',
    name: 'Economic land concessions',
    description:
      'The granting, review, cancellation and monitoring of large agro-industrial concessions on state land and their overlap with village land.',
  },
  {
    id: 'grievance-mechanisms',
    name: 'Grievance mechanisms',
    description:
      'Channels through which affected people raise land disputes with companies, local authorities or financiers and obtain remedy.',
  },
  {
    id: 'corporate-social-responsibility',
    name: 'Corporate social responsibility',
    description:
      'Voluntary and mandated standards for responsible agribusiness, from free, prior and informed consent to supply-chain commitments.',
  },
  {
    id: 'participatory-action-research',
    name: 'Academic and participatory action research collaboration',
    description:
      'Research partnerships in which universities, think-tanks and communities jointly produce evidence on land governance.',
  },
  {
    id: 'land-tenure-security',
    name: 'Land tenure security',
    description:
      'Titling, certificates and other instruments that protect family farmers from losing the land they cultivate.',
  },
  {
    id: 'customary-land-rights',
    name: 'Customary and collective land rights',
    description:
      'Recognition of the collective and customary tenure of indigenous and ethnic-minority communities, including communal titles and rotational fallows.',
  },
  {
    id: 'women-land-rights',
    name: "Women's land rights",
    description:
      "Joint titling, inheritance and women's voice in land decisions within households, villages and reform processes.",
  },
  {
    id: 'cross-border-investment',
    name: 'Cross-border investment',
    description:
      'Trans-boundary agricultural and plantation investment within the Mekong region and the accountability of investors in their home countries.',
  },
  {
    id: 'land-use-planning',
    name: 'Participatory land-use planning',
    description:
      'Village and district land-use planning that lets communities map their own fields, forests and grazing land before allocations are made.',
  },
  {
    id: 'contract-farming',
    name: 'Contract farming and outgrower schemes',
    description:
      'Arrangements in which companies source crops from smallholders under contract instead of operating plantations, and the fairness of their terms.',
  },
];
