/** How the page reads and lists the import endpoint's answer (its shape: @reform-atlas/vocabulary's ImportReport). */
import {
  IMPORT_EXTENSIONS as READABLE_EXTENSIONS,
  type ImportCounts,
  type ImportIssue,
  type ImportReport,
  type ImportUpdate,
} from '@reform-atlas/vocabulary';

import { csvRow } from './names';

/**
 * The files the page offers to upload: what the importer reads, less `.txt` and `.json`, names that rarely mean a
 * sheet or an export (the CLI still takes them).
 */
export const IMPORT_EXTENSIONS = READABLE_EXTENSIONS.filter((ext) => ext !== '.txt' && ext !== '.json');
export type { ImportCounts, ImportIssue, ImportReport, ImportUpdate };

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
