/**
 * The closed vocabularies of the reform-actor model. The GraphQL enums, the seed, the importer
 * and the client all derive from these lists, so a new sector or position is added in one place.
 * The labels are the words the page shows for each code; the importer accepts them as well as the codes,
 * so they live here, read by both the page (client/src/core/vocabulary.ts) and the importer.
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

export const LEVEL_LABELS: Record<Level, string> = {
  LOCAL: 'Local',
  NATIONAL: 'National',
  REGIONAL: 'Regional',
  INTERNATIONAL: 'International',
};

export const POSITIONS = ['SUPPORTS', 'OPPOSES', 'MIXED', 'UNKNOWN'] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<Position, string> = {
  SUPPORTS: 'Supports',
  OPPOSES: 'Opposes',
  MIXED: 'Mixed',
  UNKNOWN: 'Unknown',
};

export const CONFIDENCES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const GROUP_KINDS = ['NETWORK', 'COALITION'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS: Record<GroupKind, string> = { NETWORK: 'Network', COALITION: 'Coalition' };

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

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  INFORMATION_WORK: 'Information work',
  CASE_STUDIES: 'Case studies',
  TARGETED_RESEARCH: 'Targeted research',
  LEARNING_VISIT: 'Learning visit',
  CROSS_BORDER_LEARNING: 'Cross-border learning',
  TRAINING: 'Training',
  COACHING_PAIRING: 'Coaching and pairing',
  CONVENING_COLLABORATION: 'Convening and collaboration',
};

/** Where an activity stands: planned (not yet held; its participants may still be invitations), held, or cancelled. */
export const ACTIVITY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  PLANNED: 'Planned',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};

/**
 * The roles an actor holds in an activity. The programme's own roles are roles held in activities: a national
 * facilitator facilitates activities in a country, the regional coordinator organises regional ones, a key informant
 * is consulted in information work and research. FUNDER is the seed's word for a donor paying for an activity.
 * INVITED is an invitation not (yet) taken up: once the actor comes, the role becomes the one it held. Stored on the
 * link as the lower-case words ('facilitator', 'key informant'), as the seed and imports write them.
 */
export const PARTICIPANT_ROLES = [
  'ORGANISER',
  'FACILITATOR',
  'PARTICIPANT',
  'SPEAKER',
  'HOST',
  'FUNDER',
  'KEY_INFORMANT',
  'INVITED',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  ORGANISER: 'Organiser',
  FACILITATOR: 'Facilitator',
  PARTICIPANT: 'Participant',
  SPEAKER: 'Speaker',
  HOST: 'Host',
  FUNDER: 'Funder',
  KEY_INFORMANT: 'Key informant',
  INVITED: 'Invited',
};

/** The role as stored on a PARTICIPATED_IN link: 'KEY_INFORMANT' → 'key informant'. */
export const storedRole = (role: ParticipantRole): string => role.toLowerCase().replaceAll('_', ' ');

/** The code of a stored role ('Key informant', 'facilitator'), or null for a role recorded in other words. */
export function roleCode(stored: string | null | undefined): ParticipantRole | null {
  const code = (stored ?? '').trim().toUpperCase().replaceAll(' ', '_');
  return (PARTICIPANT_ROLES as readonly string[]).includes(code) ? (code as ParticipantRole) : null;
}

/** ISO 3166-1 alpha-2 codes, plus REGIONAL for region-wide bodies (ASEAN, Mekong-wide networks). */
export const COUNTRY_CODES = ['KH', 'LA', 'MM', 'VN', 'TH', 'REGIONAL'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** Country names as the page writes them (its filters, table and captions). */
export const COUNTRY_NAMES: Record<CountryCode, string> = {
  KH: 'Cambodia',
  LA: 'Lao PDR',
  MM: 'Myanmar',
  VN: 'Vietnam',
  TH: 'Thailand',
  REGIONAL: 'Regional',
};

export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 3;

export { IMPORT_EXTENSIONS } from './importReport';
export type { ImportCounts, ImportIssue, ImportReport, ImportUpdate } from './importReport';
