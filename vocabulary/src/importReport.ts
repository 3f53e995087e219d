/**
 * The import report: what POST /api/import and `npm run import` answer (a REST payload, so GraphQL codegen does not
 * type it). Written by the server's importer and read by the page, from this one definition.
 */
export interface ImportIssue {
  file: string;
  sheet: string | null;
  /** Row number as a spreadsheet shows it; null for a problem with the whole file or sheet. */
  line: number | null;
  column?: string;
  message: string;
}

/** An existing actor that a row changes, and the columns whose stored value changes. */
export interface ImportUpdate {
  file: string;
  sheet: string | null;
  line: number;
  actorId: string;
  /** The stored name (the name the page shows now). */
  name: string;
  fields: string[];
}

export interface ImportCounts {
  actors: number;
  newActors: number;
  groups: number;
  themes: number;
  memberships: number;
  interests: number;
  collaborations: number;
  activities: number;
  participations: number;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  files: string[];
  counts: ImportCounts;
  /** Every problem, row by row. Nothing is written unless this is empty. */
  issues: ImportIssue[];
  issueCount: number;
  /** The existing actors the rows change (the first MAX_LISTED), each with the columns that change. */
  updates: ImportUpdate[];
  updateCount: number;
  changeId: string | null;
  millis: number;
}

/** The files the importer reads (server/src/import/readers): spreadsheets, CSV text and the data export's graph files. */
export const IMPORT_EXTENSIONS = ['.csv', '.txt', '.xlsx', '.json', '.cyjs', '.graphml', '.gexf'] as const;
