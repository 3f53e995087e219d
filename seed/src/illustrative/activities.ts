/**
 * Learning-and-alliance activities: two of each of the eight activity types in 2015–2016, then from 2017 to 2022 an
 * annual regional consultation each year and a few national and cross-border activities (see history.ts for what the
 * later ones changed on the map).
 */
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
export const R17 = report('Regional consultation 2017, Vientiane', '2017-03-24');
export const R18 = report('Concession review case studies, Champasak', '2017-09-19');
export const R19 = report('Reporting on land investment: journalists training, Bangkok', '2017-08-22');
export const R20 = report('Regional consultation 2018, Hanoi', '2018-03-16');
export const R21 = report('Smallholder investment dialogue 2018, Kampong Cham', '2018-05-29');
export const R22 = report('2019 regional consultation, Bangkok', '2019-03-22');
export const R23 = report('Upland tea smallholders exchange, Shan – Lam Dong', '2019-10-24');
export const R24 = report('Regional consultation 2020 (online)', '2020-06-12');
export const R25 = report('Smallholder tenure in the pandemic: regional study', '2020-11-27');
export const R26 = report('Regional consultation 2021 (online)', '2021-03-26');
export const R27 = report('Land stories on screen, Vietnam', '2021-09-17');
export const R28 = report('Regional consultation 2022, Vientiane', '2022-03-18');
export const R29 = report('Women land leaders coaching, second round', '2022-07-08');

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
  {
    id: 'act-rg-regional-consultation-2017',
    name: 'Regional consultation 2017: responsible investment in practice',
    type: 'CONVENING_COLLABORATION',
    date: '2017-03-21',
    country: 'REGIONAL',
    description:
      'The second annual regional consultation reviewed the first learning activities and asked companies and ministries to report on smallholder contracts.',
    themes: ['smallholder-investment', 'investment-models', 'economic-land-concessions'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R17, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R17, 'HIGH'),
      p('rg-intergov-agri-land-working-group', 'host', R17, 'HIGH'),
      p('rg-fair-agri-investment-project', 'participant', R17, 'HIGH'),
      p('kh-agri-land-policy-unit', 'participant', R17, 'MEDIUM'),
      p('la-land-allocation-planning-division', 'participant', R17, 'MEDIUM'),
      p('mm-agricultural-investment-planning', 'participant', R17, 'MEDIUM'),
      p('la-agribusiness-council', 'participant', R17, 'MEDIUM'),
    ],
  },
  {
    id: 'act-th-journalists-training-2017',
    name: 'Reporting on land investment: training for journalists',
    type: 'TRAINING',
    date: '2017-08-15',
    country: 'TH',
    description:
      'Three days for reporters from four countries on reading concession contracts, using the regional data portal and protecting sources.',
    themes: ['cross-border-investment', 'economic-land-concessions', 'policy-tracking'],
    participants: [
      p('rg-landscape-data-desk', 'host', R19, 'HIGH'),
      p('rg-mekong-watershed-review', 'facilitator', R19, 'HIGH'),
      p('th-rice-bowl-news-service', 'participant', R19, 'HIGH'),
      p('kh-land-voices-radio', 'participant', R19, 'MEDIUM'),
      p('vn-bao-dat-va-nguoi', 'participant', R19, 'MEDIUM'),
      p('rg-nordhaven-mekong-desk', 'funder', R19, 'HIGH'),
    ],
  },
  {
    id: 'act-la-concession-review-case-studies',
    name: 'Case studies of concession reviews in southern Lao PDR',
    type: 'CASE_STUDIES',
    date: '2017-09-12',
    country: 'LA',
    description:
      'Researchers and provincial staff presented three reviews of plantation concessions, with the mediation committee that heard the villages’ complaints.',
    themes: ['economic-land-concessions', 'grievance-mechanisms', 'investment-models'],
    participants: [
      p('la-centre-land-agriculture-studies', 'host', R18, 'HIGH'),
      p('la-land-allocation-planning-division', 'participant', R18, 'HIGH'),
      p('la-land-dispute-mediation-committee', 'participant', R18, 'MEDIUM'),
      p('la-community-legal-knowledge', 'participant', R18, 'MEDIUM'),
      p('la-savannakhet-investment-promotion', 'participant', R18, 'MEDIUM'),
      p('la-alpine-partnership-office', 'funder', R18, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-regional-consultation-2018',
    name: 'Regional consultation 2018: closing Phase I',
    type: 'CONVENING_COLLABORATION',
    date: '2018-03-13',
    country: 'REGIONAL',
    description:
      'The consultation that closed Phase I took stock of four years of mapping and chose government–private sector forums on investing in smallholders for Phase II.',
    themes: ['smallholder-investment', 'cross-border-investment', 'policy-tracking'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R20, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R20, 'HIGH'),
      p('vn-institute-rural-policy-dialogue', 'host', R20, 'HIGH'),
      p('th-chao-phraya-agro-group', 'participant', R20, 'HIGH'),
      p('th-outbound-investment-facilitation-desk', 'participant', R20, 'MEDIUM'),
      p('la-phongsaly-heritage-tea', 'participant', R20, 'MEDIUM'),
      p('rg-mekong-agribusiness-council', 'participant', R20, 'MEDIUM'),
      p('mm-land-policy-watch', 'participant', R20, 'MEDIUM'),
    ],
  },
  {
    id: 'act-kh-smallholder-dialogue-2018',
    name: 'Smallholder investment dialogue 2018: rubber and cassava outgrowers',
    type: 'CONVENING_COLLABORATION',
    date: '2018-05-22',
    country: 'KH',
    description:
      'Companies, a microfinance institution and farmer groups agreed on a model outgrower contract with fair prices and no land pledged as collateral.',
    themes: ['smallholder-investment', 'contract-farming'],
    participants: [
      p('kh-agri-land-policy-unit', 'host', R21, 'HIGH'),
      p('kh-angkor-policy-analysis-centre', 'facilitator', R21, 'HIGH'),
      p('kh-golden-mekong-rubber', 'participant', R21, 'HIGH'),
      p('kh-angkor-highland-cassava', 'participant', R21, 'MEDIUM'),
      p('kh-lotus-rural-microfinance', 'participant', R21, 'MEDIUM'),
      p('kh-preah-vihear-smallholder-union', 'participant', R21, 'MEDIUM'),
      p('kh-kampong-thom-farmers', 'participant', R21, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-regional-consultation-2019',
    name: '2019 regional consultation: new actors for Phase II',
    type: 'CONVENING_COLLABORATION',
    date: '2019-03-19',
    country: 'REGIONAL',
    description:
      'The first consultation of Phase II brought companies, parliamentarians and national offices to the table for the first time beside the programme’s long-standing partners.',
    themes: ['smallholder-investment', 'economic-land-concessions', 'policy-tracking', 'investment-models'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R22, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R22, 'HIGH'),
      p('rg-intergov-agri-land-working-group', 'host', R22, 'HIGH'),
      p('rg-mekong-agribusiness-council', 'participant', R22, 'HIGH'),
      p('rg-parliamentarians-caucus-land', 'participant', R22, 'MEDIUM'),
      p('mm-highland-leaf-tea', 'participant', R22, 'MEDIUM'),
      p('mm-golden-paddy-millers', 'participant', R22, 'MEDIUM'),
      p('vn-national-land-policy-office', 'participant', R22, 'MEDIUM'),
      p('th-rural-enterprise-bank', 'participant', R22, 'MEDIUM'),
      p('la-land-allocation-planning-division', 'participant', R22, 'MEDIUM'),
    ],
  },
  {
    id: 'act-mm-vn-tea-exchange-2019',
    name: 'Upland tea smallholders exchange, Shan – Lam Dong',
    type: 'CROSS_BORDER_LEARNING',
    date: '2019-10-15',
    country: 'VN',
    description:
      'Tea growers and a Shan tea company visited Lam Dong cooperatives to compare outgrower contracts and the land certificates of upland farmers.',
    themes: ['contract-farming', 'smallholder-investment', 'customary-land-rights'],
    participants: [
      p('hoi-nong-dan-lam-dong', 'host', R23, 'HIGH'),
      p('vn-dak-mil-green-coffee-coop', 'participant', R23, 'MEDIUM'),
      p('vn-huong-que-pepper', 'participant', R23, 'MEDIUM'),
      p('mm-highland-leaf-tea', 'participant', R23, 'HIGH'),
      p('mm-shan-highlands-land-network', 'participant', R23, 'MEDIUM'),
      p('rg-austral-development-fund', 'funder', R23, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-regional-consultation-2020',
    name: 'Regional consultation 2020 (online): land and livelihoods in the pandemic',
    type: 'CONVENING_COLLABORATION',
    date: '2020-06-09',
    country: 'REGIONAL',
    description:
      'Held online, the consultation heard how returning migrants and closed borders changed pressure on farmland and agreed a regional study.',
    themes: ['land-tenure-security', 'smallholder-investment', 'agricultural-development-models'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R24, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R24, 'HIGH'),
      p('rg-food-security-ministers-secretariat', 'host', R24, 'MEDIUM'),
      p('vn-agricultural-restructuring-unit', 'participant', R24, 'MEDIUM'),
      p('th-isan-small-farmers-federation', 'participant', R24, 'MEDIUM'),
      p('kh-kampong-thom-farmers', 'participant', R24, 'MEDIUM'),
      p('la-savannakhet-farmers', 'participant', R24, 'LOW'),
    ],
  },
  {
    id: 'act-rg-pandemic-tenure-study',
    name: 'Smallholder tenure in the pandemic: a regional study',
    type: 'TARGETED_RESEARCH',
    date: '2020-09-01',
    country: 'REGIONAL',
    description:
      'Researchers in four countries interviewed returning migrants and village land committees about sales, pledges and disputes since the border closures.',
    themes: ['land-tenure-security', 'participatory-action-research'],
    participants: [
      p('rg-agrarian-political-economy-forum', 'host', R25, 'HIGH'),
      p('kh-rural-development-institute', 'participant', R25, 'HIGH'),
      p('la-rural-research-institute', 'participant', R25, 'HIGH'),
      p('th-upland-social-research-unit', 'participant', R25, 'MEDIUM'),
      p('vn-delta-development-research-centre', 'participant', R25, 'MEDIUM'),
      p('rg-global-land-tenure-trust', 'funder', R25, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-regional-consultation-2021',
    name: 'Regional consultation 2021 (online): credit, debt and land',
    type: 'CONVENING_COLLABORATION',
    date: '2021-03-23',
    country: 'REGIONAL',
    description:
      'Banks, microfinance and farmer organisations discussed land used as collateral and agreed principles against forced sales for debt.',
    themes: ['smallholder-investment', 'land-tenure-security', 'corporate-social-responsibility'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R26, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R26, 'HIGH'),
      p('rg-lower-mekong-agri-impact-fund', 'host', R26, 'HIGH'),
      p('vn-delta-agricultural-credit-bank', 'participant', R26, 'MEDIUM'),
      p('kh-lotus-rural-microfinance', 'participant', R26, 'MEDIUM'),
      p('la-savannakhet-investment-promotion', 'participant', R26, 'MEDIUM'),
      p('hoi-nong-dan-lam-dong', 'participant', R26, 'MEDIUM'),
    ],
  },
  {
    id: 'act-vn-land-stories-on-screen',
    name: 'Land stories on screen',
    type: 'INFORMATION_WORK',
    date: '2021-09-14',
    country: 'VN',
    description:
      'A television series of six short films on land certificates, contract farming and women’s names on titles, made with farmer and women’s unions.',
    themes: ['land-tenure-security', 'women-land-rights', 'contract-farming'],
    participants: [
      p('vn-green-fields-tv', 'host', R27, 'HIGH'),
      p('vn-mekong-rural-women-association', 'participant', R27, 'HIGH'),
      p('hoi-nong-dan-lam-dong', 'participant', R27, 'MEDIUM'),
      p('vn-phu-hung-long-agri', 'participant', R27, 'MEDIUM'),
      p('vn-alpine-office-hanoi', 'funder', R27, 'HIGH'),
    ],
  },
  {
    id: 'act-rg-regional-consultation-2022',
    name: 'Regional consultation 2022: what Phase II changed',
    type: 'CONVENING_COLLABORATION',
    date: '2022-03-15',
    country: 'REGIONAL',
    description:
      'The last consultation of the programme compared the alliance map of 2014 with today’s and handed the forums on to their national hosts.',
    themes: ['smallholder-investment', 'investment-models', 'policy-tracking'],
    participants: [
      p('rg-alpine-development-cooperation', 'funder', R28, 'HIGH'),
      p('rg-riverbasin-land-research-collective', 'facilitator', R28, 'HIGH'),
      p('rg-intergov-agri-land-working-group', 'host', R28, 'HIGH'),
      p('rg-mekong-agribusiness-council', 'participant', R28, 'MEDIUM'),
      p('rg-parliamentarians-caucus-land', 'participant', R28, 'MEDIUM'),
      p('kh-agri-land-policy-unit', 'participant', R28, 'MEDIUM'),
      p('vn-phu-hung-long-agri', 'participant', R28, 'MEDIUM'),
      p('th-chao-phraya-agro-group', 'participant', R28, 'MEDIUM'),
    ],
  },
  {
    id: 'act-rg-women-leaders-coaching-2022',
    name: 'Coaching women land leaders: second round',
    type: 'COACHING_PAIRING',
    date: '2022-06-28',
    country: 'KH',
    description:
      'Leaders mentored in 2016 coached a second group of women from village land committees, meeting in Kampong Thom and online.',
    themes: ['women-land-rights', 'land-tenure-security'],
    participants: [
      p('rg-women-rooted-in-land', 'host', R29, 'HIGH'),
      p('kh-women-land-rights', 'facilitator', R29, 'HIGH'),
      p('la-women-land-association', 'participant', R29, 'HIGH'),
      p('vn-rural-women-development-centre', 'participant', R29, 'MEDIUM'),
      p('kh-kampong-thom-farmers', 'participant', R29, 'MEDIUM'),
    ],
  },
];
