/**
 * Import as a use case: the one code path for the CLI and the upload. Every file is read as a stream into a plan
 * (plan.ts: each row checked by the domain's own rules), the plan is checked as a whole against the database
 * (resolve.ts), and unless this is a dry run or anything is wrong, everything is committed in one audited
 * transaction (importCommit.ts).
 */
import { basename } from 'node:path';

import type { ImportCounts, ImportIssue, ImportReport, ImportUpdate } from '@reform-atlas/vocabulary';

import type { Database } from '../db/database';
import { requireEditor, type Viewer } from '../domain/viewer';
import { DomainError } from '../errors';
import { actorUpdates, storedActors } from './actorUpdates';
import { commitPlan } from './importCommit';
import { ImportPlan, MAX_LISTED } from './plan';
import { FileRejected, readTables } from './readers';
import type { ImportFile, ImportOptions, LinkRec } from './records';
import { loadIndex, resolve } from './resolve';
import { vocabularies } from './vocabulary';

export type { ImportFile, ImportOptions } from './records';
export type { ImportCounts, ImportIssue, ImportReport, ImportUpdate } from '@reform-atlas/vocabulary';

/** Issues in the order of the files and sheets as they were read, then of their rows (whole-file problems first). */
function sortIssues(issues: ImportIssue[], files: readonly string[], tables: readonly string[]): ImportIssue[] {
  const fileOrder = (i: ImportIssue): number => files.indexOf(i.file);
  const tableOrder = (i: ImportIssue): number =>
    i.sheet === null && i.line === null ? -1 : tables.indexOf(`${i.file}|${i.sheet ?? ''}`);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort(
      (a, b) =>
        fileOrder(a.issue) - fileOrder(b.issue) ||
        tableOrder(a.issue) - tableOrder(b.issue) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.n - b.n,
    )
    .map((x) => x.issue);
}

export async function importFiles(
  db: Database,
  viewer: Viewer,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  requireEditor(viewer);
  if (files.length === 0) throw new DomainError('BAD_USER_INPUT', 'file: give at least one file to import', 'file');
  const started = Date.now();
  // The index first: a country may be named as its Country node is (the details panel shows that name).
  const index = await loadIndex(db);
  const plan = new ImportPlan(vocabularies(index.countries));
  const names = files.map((f) => f.name ?? basename(f.path));
  const progress = options.onProgress ?? (() => undefined);
  for (const [i, file] of files.entries()) {
    const name = names[i] ?? basename(file.path);
    try {
      await readTables(file.path, (sheet) => plan.table(name, sheet), progress, name);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      plan.issue({
        file: name,
        sheet: null,
        line: error instanceof FileRejected ? error.line : null,
        message: error.message,
      });
    }
  }
  if (plan.rowCount === 0 && plan.issueCount === 0) {
    plan.issue({
      file: names[0] ?? '',
      sheet: null,
      line: null,
      message: `${names.join(', ')}: nothing to import (no rows under a header the importer knows; see the import template)`,
    });
  }
  const { newActors } = resolve(plan, index);
  const count = (r: LinkRec['relation']): number => plan.links.filter((l) => l.relation === r).length;
  const counts: ImportCounts = {
    actors: plan.actors.length,
    newActors,
    groups: plan.groups.length,
    themes: plan.themes.length,
    memberships: count('MEMBER_OF'),
    interests: count('INTERESTED_IN'),
    collaborations: count('COLLABORATES_WITH'),
    activities: plan.activities.length,
    participations: count('PARTICIPATED_IN'),
  };
  const ok = plan.issueCount === 0;
  let updates: ImportUpdate[] = [];
  let changeId: string | null = null;
  if (ok) {
    const existing = plan.actors.map((a) => a.id).filter((id): id is string => id !== null && index.actorById.has(id));
    if (options.dryRun)
      updates = actorUpdates(
        plan.actors,
        await storedActors((name, params) => db.read(name, params), existing),
      ).updates;
    else ({ changeId, updates } = await commitPlan(db, viewer, plan, existing, { files: names, counts }, options));
  }
  return {
    dryRun: options.dryRun,
    committed: changeId !== null,
    files: names,
    counts,
    issues: sortIssues(plan.issues, names, plan.tableOrder),
    issueCount: plan.issueCount,
    updates: updates.slice(0, MAX_LISTED),
    updateCount: updates.length,
    changeId,
    millis: Date.now() - started,
  };
}

/** One line per issue, as the CLI prints and the page lists them. */
export function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.sheet ? `sheet ${issue.sheet}` : null,
    issue.line !== null ? `row ${issue.line}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}
