/**
 * The audit trail in words: what each recorded action did, when, and the filter the audit page sends. Pure.
 */
import type { AuditTrailQueryVariables } from '../../data/generated/graphql';

const ACTIONS: Record<string, string> = {
  createActor: 'created',
  updateActor: 'edited',
  deleteActor: 'deleted',
  addMembership: 'membership added or changed',
  removeMembership: 'membership removed',
  setInterest: 'position on a theme set',
  removeInterest: 'position on a theme removed',
  addCollaboration: 'collaboration added or changed',
  removeCollaboration: 'collaboration removed',
  createGroup: 'created',
  updateGroup: 'edited',
  deleteGroup: 'deleted',
  createTheme: 'created',
  updateTheme: 'edited',
  deleteTheme: 'deleted',
  saveView: 'saved',
  deleteSavedView: 'deleted',
  import: 'imported',
  undo: 'undone',
};

/** "edited", "membership added or changed", "undo of: edited", or the action's own name when it is new. */
export function actionWords(action: string, summary: string | null): string {
  if (action === 'undo' && summary?.startsWith('Undo of ')) {
    const undone = summary.slice('Undo of '.length);
    return `undo of “${ACTIONS[undone] ?? undone}”`;
  }
  return ACTIONS[action] ?? action;
}

export const ENTITY_KINDS = ['actor', 'group', 'theme', 'savedView', 'import'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  actor: 'Actor',
  group: 'Network or coalition',
  theme: 'Theme',
  savedView: 'Saved view',
  import: 'Import',
};

export function kindLabel(kind: string): string {
  return ENTITY_KIND_LABELS[kind as EntityKind] ?? kind;
}

/** Only these kinds can be undone (a link's change is its actor's). */
export function undoable(kind: string): boolean {
  return kind === 'actor' || kind === 'group' || kind === 'theme';
}

/** "5 Mar 2026, 14:22" in the reader's time zone. */
export function whenWords(at: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export interface AuditFilter {
  username: string;
  entityKind: EntityKind | '';
  entityId: string;
  /** Dates as the date inputs give them (YYYY-MM-DD, the reader's days), or empty. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTER: AuditFilter = { username: '', entityKind: '', entityId: '', from: '', to: '' };

/** The local day `date` (YYYY-MM-DD) starts or ends, as an instant the API reads. */
function dayBound(date: string, end: boolean): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The page's filter as the API's arguments: empty fields are no filter; days are the reader's own, both inclusive. */
export function auditVariables(filter: AuditFilter, limit: number): AuditTrailQueryVariables {
  return {
    username: filter.username.trim() || null,
    entityKind: filter.entityKind || null,
    entityId: filter.entityId.trim() || null,
    from: filter.from ? dayBound(filter.from, false) : null,
    to: filter.to ? dayBound(filter.to, true) : null,
    limit,
  };
}

export interface InlineDiff {
  /** What both values start with. */
  prefix: string;
  removed: string;
  added: string;
  /** What both values end with. */
  suffix: string;
}

/**
 * Where two values of a field differ, on word boundaries: the words they share at the start and the end, and what
 * was taken out and put in between ("member, since 2013 · [Medium → High] confidence · …").
 */
export function inlineDiff(before: string, after: string): InlineDiff {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return {
    prefix: a.slice(0, start).join(''),
    removed: a.slice(start, a.length - end).join(''),
    added: b.slice(start, b.length - end).join(''),
    suffix: a.slice(a.length - end).join(''),
  };
}
