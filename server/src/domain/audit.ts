import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Database, QueryName, Row, Tx } from '../db/database';
import { DomainError } from '../errors';
import { parseInput } from './validation';
import { canSeeSensitive, isAdmin, type Viewer } from './viewer';

export type EntityKind = 'actor' | 'group' | 'theme' | 'activity' | 'savedView' | 'phase';
/** What a change in the trail is about: an entity, or an import as a whole. */
export type ChangeKind = EntityKind | 'import';

export interface AuditTarget {
  kind: EntityKind;
  id: string;
  /** e.g. "createActor", "addMembership", "undo". */
  action: string;
  summary?: string;
  undoOf?: string;
  /**
   * The change removes the item: its "before" also keeps the links the removal takes with it (a group's members, a
   * theme's positions and focus links; an actor's snapshot always has its links), so an undo can bring them back.
   */
  removes?: boolean;
  /** The change's id, when the caller needs to read it back (an undo answers with its own record). */
  changeId?: string;
}

export interface ChangeRecord {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entityKind: ChangeKind;
  entityId: string;
  summary: string | null;
  before: string | null;
  after: string | null;
  undoOf: string | null;
  /** The undo that undid this change, if any. */
  undoneBy: string | null;
}

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'actor',
  'group',
  'theme',
  'activity',
  'savedView',
  'phase',
  'import',
];

/**
 * How each kind is read for its snapshot: everything, sensitive parts included, since the trail is read only by
 * those who may see them (see listChanges). `whole`: with the links a removal takes along (AuditTarget.removes).
 */
const SNAPSHOT: Record<
  EntityKind,
  { query: QueryName; params: (id: string, whole: boolean) => Record<string, unknown> }
> = {
  actor: { query: 'actor-details', params: (id) => ({ ids: [id], canSeeSensitive: true }) },
  group: { query: 'group-snapshot', params: (id, whole) => ({ id, withMembers: whole }) },
  theme: { query: 'theme-snapshot', params: (id, whole) => ({ id, withLinks: whole }) },
  // Its participations are part of what an activity is (a participant's change is a change to its activity).
  activity: { query: 'activity-snapshot', params: (id) => ({ id }) },
  savedView: { query: 'saved-view-snapshot', params: (id) => ({ id }) },
  phase: { query: 'phase-snapshot', params: (id) => ({ id }) },
};

/** Takes the write lock on the item first, so its "before" cannot be overtaken by a concurrent change. */
const LOCK: Partial<Record<EntityKind, (tx: Tx, id: string) => Promise<unknown>>> = {
  actor: (tx, id) => tx.run('actor-lock', { id, canSeeSensitive: true }),
  group: (tx, id) => tx.run('group-lock', { id }),
  theme: (tx, id) => tx.run('theme-lock', { id }),
  activity: (tx, id) => tx.run('activity-lock', { id }),
};

/** The whole state of an entity (properties and links) as the audit trail keeps it. */
async function snapshot(tx: Tx, target: AuditTarget, whole = false): Promise<Row | null> {
  const { query, params } = SNAPSHOT[target.kind];
  const [row] = await tx.run(query, params(target.id, whole));
  return row ?? null;
}

type ChangeProps = Pick<
  ChangeRecord,
  'id' | 'action' | 'entityKind' | 'entityId' | 'summary' | 'before' | 'after' | 'undoOf'
>;

/** A change as change-record(s).cypher store it: who made it, and what. */
function changeRow(viewer: Viewer, fields: ChangeProps): Record<string, unknown> {
  return { userId: viewer.userId ?? null, username: viewer.username ?? null, ...fields };
}

/**
 * Runs a change and records who made it, when, and the entity before and after, in one transaction:
 * the change and its record commit together or not at all. `work` is given the item's state before (null: absent).
 */
export async function auditedWrite<T>(
  db: Database,
  viewer: Viewer,
  target: AuditTarget,
  work: (tx: Tx, before: Row | null) => Promise<T>,
): Promise<T> {
  return db.writeTransaction(async (tx) => {
    await LOCK[target.kind]?.(tx, target.id);
    const before = await snapshot(tx, target, target.removes ?? false);
    const result = await work(tx, before);
    const after = await snapshot(tx, target);
    await tx.run('change-record', {
      change: changeRow(viewer, {
        id: target.changeId ?? randomUUID(),
        action: target.action,
        entityKind: target.kind,
        entityId: target.id,
        summary: target.summary ?? null,
        before: before ? JSON.stringify(before) : null,
        after: after ? JSON.stringify(after) : null,
        undoOf: target.undoOf ?? null,
      }),
      now: new Date().toISOString(),
    });
    return result;
  });
}

/** What a write over many actors tells the audit trail as it goes (auditedBulkWrite). */
export interface BulkTrail {
  /** Locks these actors (all the write will read), so what it reads cannot be overtaken by a concurrent change. */
  lock(ids: readonly string[]): Promise<void>;
  /** Keeps the state of the actors about to change (call after lock, before changing them). */
  before(ids: readonly string[]): Promise<void>;
  /** Records one change per actor changed, with the state kept by before() and its state now. */
  changed(entries: ReadonlyArray<{ id: string; summary: string }>): Promise<void>;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A write over many actors (an import), audited as auditedWrite audits one, in batches: each actor it changes gets a
 * change with its before and after, and the write as a whole one more record (`whole`, e.g. the import); all in the
 * write's one transaction, so they commit with it or not at all.
 */
export async function auditedBulkWrite<T>(
  db: Database,
  viewer: Viewer,
  whole: { id: string; kind: 'import'; action: string },
  work: (tx: Tx, trail: BulkTrail) => Promise<{ result: T; summary: string }>,
  batchSize = 1_000,
): Promise<T> {
  // A managed transaction may run this more than once (transient failures): everything is worked out inside.
  return db.writeTransaction(async (tx) => {
    const now = new Date().toISOString();
    const snapshots = async (ids: readonly string[]): Promise<Map<string, string>> => {
      const out = new Map<string, string>();
      for (const batch of batches(ids, batchSize)) {
        for (const row of await tx.run('actor-details', { ids: batch, canSeeSensitive: true }))
          out.set(String((row.actor as Row).id), JSON.stringify(row));
      }
      return out;
    };
    let before = new Map<string, string>();
    const trail: BulkTrail = {
      lock: async (ids) => {
        for (const batch of batches(ids, batchSize)) await tx.run('actors-lock', { ids: batch });
      },
      before: async (ids) => {
        before = await snapshots(ids);
      },
      changed: async (entries) => {
        const after = await snapshots(entries.map((e) => e.id));
        const rows = entries.map((e) =>
          changeRow(viewer, {
            id: randomUUID(),
            action: whole.action,
            entityKind: 'actor',
            entityId: e.id,
            summary: e.summary,
            before: before.get(e.id) ?? null,
            after: after.get(e.id) ?? null,
            undoOf: null,
          }),
        );
        for (const batch of batches(rows, batchSize)) await tx.run('change-records', { changes: batch, now });
      },
    };
    const { result, summary } = await work(tx, trail);
    await tx.run('change-record', {
      change: changeRow(viewer, {
        id: whole.id,
        action: whole.action,
        entityKind: whole.kind,
        entityId: whole.id,
        summary,
        before: null,
        after: null,
        undoOf: null,
      }),
      now,
    });
    return result;
  });
}
/** A Change node's properties as the audit queries return them (the optional ones may be absent). */
type ChangeRow = {
  change: Record<Exclude<keyof ChangeRecord, 'entityKind' | 'undoneBy'>, unknown> & { entityKind: ChangeKind };
  undoneBy?: unknown;
};

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toChange(row: Row): ChangeRecord {
  const { change: c, undoneBy } = row as ChangeRow;
  return {
    id: String(c.id),
    at: String(c.at),
    userId: text(c.userId),
    username: text(c.username),
    action: String(c.action),
    entityKind: c.entityKind,
    entityId: String(c.entityId),
    summary: text(c.summary),
    before: text(c.before),
    after: text(c.after),
    undoOf: text(c.undoOf),
    undoneBy: text(undoneBy),
  };
}

/** The whole trail's bounds: a filter without `from` or `to` still bounds the scan of the change_at index. */
export const EARLIEST = '0001-01-01T00:00:00Z';
export const LATEST = '9999-12-31T23:59:59.999999999Z';

/** An ISO 8601 date or date-time; a date alone is that whole day in UTC (its first or last instant). */
const momentSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: false })], {
  error: 'must be a date YYYY-MM-DD or a date-time such as 2026-03-05T14:00:00Z',
});

/** The first and last instant a `from` or `to` stands for (a date alone is that whole day in UTC). */
const firstInstant = (m: string): string => (m.length === 10 ? `${m}T00:00:00Z` : m);
const lastInstant = (m: string): string => (m.length === 10 ? `${m}T23:59:59.999999999Z` : m);

const listSchema = z
  .object({
    entityId: z.string().trim().min(1).max(200).nullish(),
    entityKind: z.enum(CHANGE_KINDS as [ChangeKind, ...ChangeKind[]]).nullish(),
    username: z.string().trim().min(1).max(200).nullish(),
    from: momentSchema.nullish(),
    to: momentSchema.nullish(),
    limit: z.number().int().nullish(),
  })
  .refine((a) => !a.from || !a.to || Date.parse(firstInstant(a.from)) <= Date.parse(lastInstant(a.to)), {
    message: 'must not be before from',
    path: ['to'],
  });

export interface ChangeFilter {
  entityId?: string | null;
  entityKind?: string | null;
  username?: string | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
}

/**
 * An entity's history is for those who may see everything (its snapshots can name sensitive actors and links,
 * a saved view's state included); the full log is for admins. Viewers see neither. Who may ask is decided before the
 * arguments are read, so a refused caller learns nothing from them.
 */
export async function listChanges(db: Database, viewer: Viewer, args: ChangeFilter): Promise<ChangeRecord[]> {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in to see the history of changes');
  if (args.entityId ? !canSeeSensitive(viewer) : !isAdmin(viewer)) {
    throw new DomainError(
      'FORBIDDEN',
      args.entityId ? 'Your role may not see the history of changes' : 'Only administrators may list all changes',
    );
  }
  const filter = parseInput(listSchema, args);
  const params = {
    entityKind: filter.entityKind ?? null,
    username: filter.username ?? null,
    from: filter.from ? firstInstant(filter.from) : EARLIEST,
    to: filter.to ? lastInstant(filter.to) : LATEST,
    limit: Math.min(Math.max(filter.limit ?? 50, 1), 500),
  };
  const rows = filter.entityId
    ? await db.read('changes-of-entity', { ...params, entityId: filter.entityId })
    : await db.read('changes-list', params);
  return rows.map(toChange);
}
