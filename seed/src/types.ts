import type {
  ActivityType,
  Confidence,
  CountryCode,
  GroupKind,
  Level,
  Position,
  Sector,
} from '@reform-atlas/vocabulary';

/** Where a link came from and how sure the mapping is: carried by every relationship. */
export interface Provenance {
  /** A consultation workshop, key-informant interview or document. */
  source: string;
  /** ISO date (YYYY-MM-DD) the link was recorded. */
  recordedAt: string;
  confidence: Confidence;
}

export interface SeedCountry {
  code: CountryCode;
  name: string;
}

export interface SeedTheme {
  id: string;
  name: string;
  description: string;
}

export interface SeedGroup {
  id: string;
  kind: GroupKind;
  name: string;
  acronym?: string;
  description: string;
  /** Year founded. */
  founded?: number;
  activeIn: CountryCode[];
  focusThemes: string[];
}

export interface SeedInterest extends Provenance {
  theme: string;
  position: Position;
  /** 1 (low) to 3 (high). */
  priority: number;
}

export interface SeedMembership extends Provenance {
  group: string;
  role: string;
  /** Year joined. */
  since?: number;
}

export interface SeedActor {
  id: string;
  name: string;
  /** Names in local scripts (Khmer, Lao, Burmese, Vietnamese) or other spellings. */
  altNames: string[];
  acronym?: string;
  sector: Sector;
  level: Level;
  /** 1 to 5, as in influence-network mapping. */
  influence: number;
  description: string;
  website?: string;
  sensitive: boolean;
  basedIn: CountryCode;
  operatesIn: CountryCode[];
  interests: SeedInterest[];
  memberships: SeedMembership[];
}

export interface SeedCollaboration extends Provenance {
  from: string;
  to: string;
  /** e.g. "joint research", "funding", "policy dialogue". */
  kind: string;
  since?: number;
}

export interface SeedActivity {
  id: string;
  name: string;
  type: ActivityType;
  /** ISO date. */
  date: string;
  country: CountryCode;
  description: string;
  themes: string[];
  participants: Array<Provenance & { actor: string; role: string }>;
}

export interface SeedDataset {
  /** Shown wherever the data is displayed: the seed is illustrative, its organisations fictional. */
  label: string;
  countries: SeedCountry[];
  themes: SeedTheme[];
  groups: SeedGroup[];
  actors: SeedActor[];
  collaborations: SeedCollaboration[];
  activities: SeedActivity[];
}
