import { randomUUID } from 'node:crypto';

import type { Database, QueryName, Row, Tx } from '../db/database';
import { DomainError, notFound } from '../errors';
import { canSeeSensitive, isAdmin, type Viewer } from './viewer';

export type EntityKind = 'actor' | 'group' | 'theme' | 'savedView';
/** What a change in the trail is about: an entity, or an import as a whole. */
export type ChangeKind = EntityKind | 'import';

export interface AuditTarget {
  kind: EntityKind;
  id: string;
  /** e.g. "createActor", "addMembership", "undo". */
  action: string;
  summary?: string;
  undoOf?: string;
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
}

/**
 * How each kind is read for its snapshot: everything, sensitive parts included, since the trail is read only by
 * those who may see them (see listChanges).
 */
const SNAPSHOT: Record<EntityKind, { query: QueryName; params: (id: string) => Record<string, unknown> }> = {
  actor: { query: 'actor-details', params: (id) => ({ ids: [id], canSeeSensitive: true }) },
  group: { query: 'group-snapshot', params: (id) => ({ id }) },
  theme: { query: 'theme-snapshot', params: (id) => ({ id }) },
  savedView: { query: 'saved-view-snapshot', params: (id) => ({ id }) },
};

/** How a change's kind is named in messages (imports are recorded with entityKind 'import'). */
const KIND_NOUN: Record<string, string> = {
  group: 'a group',
  theme: 'a theme',
  savedView: 'a saved view',
  import: 'an import',
};

/** The whole state of an entity (properties and links) as the audit trail keeps it. */
async function snapshot(tx: Tx, target: AuditTarget): Promise<Row | null> {
  const { query, params } = SNAPSHOT[target.kind];
  const [row] = await tx.run(query, params(target.id));
  return row ?? null;
}

type ChangeFields = Pick<
  ChangeRecord,
  'id' | 'action' | 'entityKind' | 'entityId' | 'summary' | 'before' | 'after' | 'undoOf'
>;

/** A change as change-record(s).cypher store it: who made it, and what. */
function changeRow(viewer: Viewer, fields: ChangeFields): Record<string, unknown> {
  return { userId: viewer.userId ?? null, username: viewer.username ?? null, ...fields };
}

/**
 * Runs a change and records who made it, when, and the entity before and after, in one transaction:
 * the change and its record commit together or not at all.
 */
export async function auditedWrite<T>(
  db: Database,
  viewer: Viewer,
  target: AuditTarget,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.writeTransaction(async (tx) => {
    // Lock first so the "before" snapshot cannot be overtaken by a concurrent change.
    if (target.kind === 'actor') await tx.run('actor-lock', { id: target.id, canSeeSensitive: true });
    const before = await snapshot(tx, target);
    const result = await work(tx);
    const after = await snapshot(tx, target);
    await tx.run('change-record', {
      change: changeRow(viewer, {
        id: randomUUID(),
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
type ChangeRow = { change: Record<Exclude<keyof ChangeRecord, 'entityKind'>, unknown> & { entityKind: ChangeKind } };

function toChange(row: Row): ChangeRecord {
  const { change: c } = row as ChangeRow;
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
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
  };
}

/**
 * An entity's history is for those who may see everything (its snapshots can name sensitive actors and links,
 * a saved view's state included); the full log is for admins. Viewers see neither.
 */
export async function listChanges(
  db: Database,
  viewer: Viewer,
  args: { entityId?: string | null; limit?: number | null },
): Promise<ChangeRecord[]> {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in to see the history of changes');
  if (args.entityId ? !canSeeSensitive(viewer) : !isAdmin(viewer)) {
    throw new DomainError(
      'FORBIDDEN',
      args.entityId ? 'Your role may not see the history of changes' : 'Only administrators may list all changes',
    );
  }
  const limit = Math.min(Math.max(args.limit ?? 50, 1), 500);
  return (await db.read('changes-list', { entityId: args.entityId ?? null, limit })).map(toChange);
}

interface ActorSnapshot {
  actor: Record<string, unknown>;
  countries: Array<{ country: { id: string }; relation: string; provenance: Record<string, unknown> }>;
  memberships: Array<{ group: { id: string }; role: unknown; since: unknown; provenance: Record<string, unknown> }>;
  interests: Array<{
    theme: { id: string };
    position: unknown;
    priority: unknown;
    provenance: Record<string, unknown>;
  }>;
  collaborators: Array<{ actor: { id: string }; kind: unknown; since: unknown; provenance: Record<string, unknown> }>;
  activities: Array<{ activity: { id: string }; role: unknown; provenance: Record<string, unknown> }>;
}

function restoreParams(snap: ActorSnapshot): Record<string, unknown> {
  return {
    props: snap.actor,
    countries: snap.countries.map((l) => ({ id: l.country.id, relation: l.relation, p: l.provenance })),
    memberships: snap.memberships.map((l) => ({ id: l.group.id, role: l.role, since: l.since, p: l.provenance })),
    interests: snap.interests.map((l) => ({
      id: l.theme.id,
      position: l.position,
      priority: l.priority,
      p: l.provenance,
    })),
    collaborators: snap.collaborators.map((l) => ({ id: l.actor.id, kind: l.kind, since: l.since, p: l.provenance })),
    activities: snap.activities.map((l) => ({ id: l.activity.id, role: l.role, p: l.provenance })),
  };
}

/** Admins: puts an actor back as it was before a change; the undo is itself recorded. */
export async function undoChange(db: Database, viewer: Viewer, id: string): Promise<ChangeRecord> {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in as an administrator');
  if (!isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only administrators may undo changes');
  const [row] = await db.read('change-get', { id });
  if (!row) throw notFound('Change', id);
  const change = toChange(row);
  if (row.undoneBy) throw new DomainError('CONFLICT', `Change '${id}' has already been undone`);
  if (change.entityKind !== 'actor') {
    const what = KIND_NOUN[change.entityKind] ?? `a ${change.entityKind}`;
    throw new DomainError('BAD_USER_INPUT', `id: undo is available for changes to actors, not to ${what}`, 'id');
  }
  const before = change.before ? (JSON.parse(change.before) as ActorSnapshot) : null;
  await auditedWrite(
    db,
    viewer,
    { kind: 'actor', id: change.entityId, action: 'undo', summary: `Undo of ${change.action}`, undoOf: change.id },
    (tx) =>
      tx.run('actor-restore', {
        id: change.entityId,
        snapshot: before ? restoreParams(before) : null,
        now: new Date().toISOString(),
      }),
  );
  const [latest] = await db.read('changes-list', { entityId: change.entityId, limit: 1 });
  if (!latest) throw new Error('the undo was not recorded');
  return toChange(latest);
}
