/** The import endpoint's answer (server/src/import/importer.ts ImportReport) and how the page lists it. */
import { csvRow } from './names';

export interface ImportIssue {
  file: string;
  sheet: string | null;
  line: number | null;
  column?: string;
  message: string;
}

export interface ImportCounts {
  actors: number;
  newActors: number;
  groups: number;
  themes: number;
  memberships: number;
  interests: number;
  collaborations: number;
  /** Learning activities and who took part, from an export's nodes and edges. */
  activities: number;
  participations: number;
}

/** An existing actor a row changes, and which of its columns differ from what is stored. */
export interface ImportUpdate {
  file: string;
  sheet: string | null;
  line: number;
  actorId: string;
  /** The stored name. */
  name: string;
  fields: string[];
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  files: string[];
  counts: ImportCounts;
  issues: ImportIssue[];
  issueCount: number;
  /** The first updates (all of them up to the server's cap); updateCount counts every one. */
  updates: ImportUpdate[];
  updateCount: number;
  changeId: string | null;
  millis: number;
}

/** What the server's importer reads (server/src/import/readers.ts): spreadsheets and the data export's graph files. */
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx', '.cyjs', '.graphml', '.gexf'] as const;

export function isImportable(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** "12 actors (3 new), 2 groups, …" — only the non-zero parts, in the template's sheet order, then activities. */
export function describeCounts(c: ImportCounts): string {
  const parts: string[] = [];
  if (c.actors) parts.push(`${c.actors} actors (${c.newActors} new)`);
  if (c.groups) parts.push(`${c.groups} groups`);
  if (c.themes) parts.push(`${c.themes} themes`);
  if (c.memberships) parts.push(`${c.memberships} memberships`);
  if (c.interests) parts.push(`${c.interests} interests`);
  if (c.collaborations) parts.push(`${c.collaborations} collaborations`);
  if (c.activities) parts.push(`${c.activities} activities`);
  if (c.participations) parts.push(`${c.participations} participations`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/** The issues as a CSV file the analyst can sort and fix from (formula-safe cells). */
export function issuesCsv(report: ImportReport): string {
  const rows = [csvRow(['file', 'sheet', 'row', 'column', 'problem'])];
  for (const i of report.issues) rows.push(csvRow([i.file, i.sheet, i.line, i.column ?? null, i.message]));
  return `${rows.join('\r\n')}\r\n`;
}

/** Server replies are JSON; anything else (a proxy's HTML page) becomes a readable error. */
export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ImportReport>;
  return (
    Array.isArray(v.issues) &&
    typeof v.issueCount === 'number' &&
    typeof v.counts === 'object' &&
    Array.isArray(v.updates) &&
    typeof v.updateCount === 'number'
  );
}

/** "Forest Voices Cambodia (kh-cso-a): level, description" for one update. */
export function describeUpdate(u: ImportUpdate): string {
  return `${u.name} (${u.actorId}): ${u.fields.join(', ')}`;
}
