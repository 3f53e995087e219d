/**
 * The closed vocabularies of the reform-actor model. The GraphQL enums, the seed, the importer
 * and the client all derive from these lists, so a new sector or position is added in one place.
 */
export const SECTORS = [
  'CIVIL_SOCIETY',
  'GOVERNMENT',
  'PRIVATE_SECTOR',
  'RESEARCH',
  'DONOR',
  'COMMUNITY',
  'MEDIA',
  'REGIONAL_BODY',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  CIVIL_SOCIETY: 'Civil society',
  GOVERNMENT: 'Government',
  PRIVATE_SECTOR: 'Private sector',
  RESEARCH: 'Research / academia',
  DONOR: 'Donor / development partner',
  COMMUNITY: 'Community organisation',
  MEDIA: 'Media',
  REGIONAL_BODY: 'Regional / intergovernmental',
};

export const LEVELS = ['LOCAL', 'NATIONAL', 'REGIONAL', 'INTERNATIONAL'] as const;
export type Level = (typeof LEVELS)[number];

export const POSITIONS = ['SUPPORTS', 'OPPOSES', 'MIXED', 'UNKNOWN'] as const;
export type Position = (typeof POSITIONS)[number];

export const CONFIDENCES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const GROUP_KINDS = ['NETWORK', 'COALITION'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** The eight kinds of learning-and-alliance activity the programme supports. */
export const ACTIVITY_TYPES = [
  'INFORMATION_WORK',
  'CASE_STUDIES',
  'TARGETED_RESEARCH',
  'LEARNING_VISIT',
  'CROSS_BORDER_LEARNING',
  'TRAINING',
  'COACHING_PAIRING',
  'CONVENING_COLLABORATION',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** ISO 3166-1 alpha-2 codes, plus REGIONAL for region-wide bodies (ASEAN, Mekong-wide networks). */
export const COUNTRY_CODES = ['KH', 'LA', 'MM', 'VN', 'TH', 'REGIONAL'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 3;
