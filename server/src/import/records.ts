/** The records an import reads from its rows, before they are checked against each other and the database. */
import type { PositionRecord } from '../export/model';
import type { ImportProgress } from './readers';
import type { Provenance } from './rowReader';
import type { RELATIONS } from './vocabulary';

export interface ImportFile {
  path: string;
  /** The name the user knows the file by (an upload's original name). */
  name?: string;
}

export interface ImportOptions {
  dryRun: boolean;
  onProgress?: (progress: ImportProgress | { phase: string; done: number; total: number }) => void;
  batchSize?: number;
}

export interface Origin {
  file: string;
  sheet: string | null;
  line: number;
}
export interface ActorRec extends Omit<ActorRow, 'id'> {
  origin: Origin;
  /** Given in the row, or assigned by resolve(): the existing actor it matches, or a new id. */
  id: string | null;
  nameKey: string | null;
  prov: Provenance;
}
export interface GroupRec {
  origin: Origin;
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  description: string | null;
  founded: number | null;
  activeIn: string[];
  focusThemes: string[];
  prov: Provenance;
}
export interface ThemeRec {
  origin: Origin;
  id: string;
  name: string;
  description: string | null;
}
/** A learning activity, from an activities sheet or an export's nodes (kind ACTIVITY); written as the row gives it. */
export interface ActivityRec {
  origin: Origin;
  id: string;
  /** The sheet's names for the title, first day and country columns (an activities sheet's or an export's nodes'). */
  columns: { name: string; date: string; country: string };
  name: string;
  type: string;
  date: string;
  /** Null for a one-day activity. */
  endDate: string | null;
  /** Null keeps an activity's stored status (a new one: HELD when it has started, PLANNED otherwise). */
  status: string | null;
  country: string;
  description: string | null;
  outcomes: string | null;
  themes: string[];
  source: string | null;
}
export type Relation = (typeof RELATIONS)[number];
export interface LinkRec {
  origin: Origin;
  relation: Relation;
  /** From an export's edges file (columns source/target) rather than a template sheet. */
  fromEdges: boolean;
  actor: string;
  target: string;
  role: string;
  kind: string;
  since: number | null;
  position: string;
  priority: number;
  /** A link only analysts and administrators see; null (no such column, or a blank cell) keeps what the database has. */
  sensitive: boolean | null;
  prov: Provenance;
  /** The first and last day the link held; null keeps what is recorded. */
  validFrom: string | null;
  validTo: string | null;
  /** An interest's dated positions, oldest first (an export's positionHistory, or the positions sheet's rows). */
  history: PositionRecord[] | null;
}
/** A row of the positions sheet: one dated position of an interest. */
export interface PositionRec {
  origin: Origin;
  actor: string;
  theme: string;
  position: string;
  from: string;
  source: string;
  confidence: string;
}

/** An actor row as read; null = the cell was blank (or the column absent). */
export interface ActorRow {
  id: string;
  /** Whether the row named its actor by id (a row matched by name and country never renames it). */
  givenId: boolean;
  /** The sheet's names for the name and base-country columns ("name"/"country", or an export's "label"/"basedIn"). */
  columns: { name: string; country: string };
  name: string | null;
  country: string | null;
  operatesIn: string[];
  acronym: string | null;
  altNames: string[] | null;
  sector: string | null;
  level: string | null;
  influence: number | null;
  sensitive: boolean | null;
  description: string | null;
  website: string | null;
  /** First and last day on the map; null keeps what is recorded. */
  validFrom: string | null;
  validTo: string | null;
}
