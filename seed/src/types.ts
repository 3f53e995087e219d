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

/**
 * When a link held (issue 17): `validFrom` its first day, `validTo` its last day (inclusive); either absent means open
 * on that side. ISO dates (YYYY-MM-DD), stored as Neo4j DATEs.
 */
export interface Validity {
  validFrom?: string;
  validTo?: string;
}

/** One dated position in an interest's history (stored on the link as parallel lists, oldest first). */
export interface PositionChange {
  position: Position;
  /** ISO date the position was first recorded. */
  from: string;
  source: string;
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

export interface SeedInterest extends Provenance, Validity {
  theme: string;
  position: Position;
  /** 1 (low) to 3 (high). */
  priority: number;
  /** Oldest first; the last entry's position is `position`, the first's date is `validFrom`. */
  history?: PositionChange[];
}

export interface SeedMembership extends Provenance, Validity {
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
  /** ISO date the actor was first on the map (its links to countries carry it as their validFrom). */
  validFrom?: string;
}

export interface SeedCollaboration extends Provenance, Validity {
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
  participants: Array<Provenance & Validity & { actor: string; role: string }>;
}

/** A programme phase (issue 17): a named span of days on the map's time axis. */
export interface SeedPhase {
  id: string;
  name: string;
  /** ISO date of the first day. */
  start: string;
  /** ISO date of the last day; absent while the phase runs. */
  end?: string;
  description: string;
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
  /** The programme's phases, earliest first (the synthetic generator has none). */
  phases?: SeedPhase[];
}
