/**
 * Undo: an actor, network, coalition or theme put back as a change found it, recorded as a change of its own.
 *
 * The rule: a change can be undone while its item is still as the change left it — the same properties and links
 * (its version number and update time aside; for a deletion: still absent). Anything since (an edit, a link added)
 * must be undone first, newest first: once the later changes are undone the item is again as this change left it.
 * Otherwise CONFLICT, naming the later change: a snapshot restores the whole item, so undoing an older change on top
 * of newer ones would silently throw the newer ones away.
 */
import { randomUUID } from 'node:crypto';

import type { Database, QueryName, Row } from '../db/database';
import { conflict, DomainError, notFound } from '../errors';
import { auditedWrite, EARLIEST, LATEST, toChange, type ChangeRecord, type EntityKind } from './audit';
import { changeEntityName } from './changeFields';
import { isAdmin, type Viewer } from './viewer';

type Snapshot = Record<string, unknown>;
type Link = { provenance: Record<string, unknown>; sensitive?: unknown } & Record<string, unknown>;

const idOf = (v: unknown): string => (typeof v === 'string' ? v : String((v as { id: unknown }).id));
const list = (v: unknown): Link[] => (Array.isArray(v) ? (v as Link[]) : []);

/** actor-restore.cypher's parameters from an actor snapshot (actor-details.cypher's row). */
function actorParams(snap: Snapshot): Record<string, unknown> {
  // Snapshots recorded before links had validity carry none: null restores "not recorded".
  const validity = (l: Link) => ({ validFrom: l.validFrom ?? null, validTo: l.validTo ?? null });
  const link = (l: Link, key: string) => ({
    id: idOf(l[key]),
    sensitive: l.sensitive ?? false,
    p: l.provenance,
    ...validity(l),
  });
  return {
    props: snap.actor,
    countries: list(snap.countries).map((l) => ({
      id: idOf(l.country),
      relation: l.relation,
      p: l.provenance,
      ...validity(l),
    })),
    memberships: list(snap.memberships).map((l) => ({ ...link(l, 'group'), role: l.role, since: l.since })),
    interests: list(snap.interests).map((l) => ({
      ...link(l, 'theme'),
      position: l.position,
      priority: l.priority,
      history: l.history ?? null,
    })),
    collaborators: list(snap.collaborators).map((l) => ({ ...link(l, 'actor'), kind: l.kind, since: l.since })),
    activities: list(snap.activities).map((l) => ({ ...link(l, 'activity'), role: l.role })),
  };
}

/** Links a removal took along (present only in the state before a deletion): kept for the restore, or null. */
const removedLinks = (v: unknown) =>
  Array.isArray(v)
    ? (v as Array<{ actor: unknown; props: unknown }>).map((l) => ({ actorId: idOf(l.actor), props: l.props }))
    : null;

/** group-restore.cypher's parameters from a group snapshot (group-snapshot.cypher's row; older rows list theme ids). */
function groupParams(snap: Snapshot): Record<string, unknown> {
  return {
    props: snap.group,
    kind: snap.kind,
    countries: list(snap.countries).map(idOf),
    themes: list(snap.themes).map(idOf),
    members: removedLinks(snap.members),
  };
}

function themeParams(snap: Snapshot): Record<string, unknown> {
  return {
    props: snap.theme,
    interests: removedLinks(snap.interests),
    groups: Array.isArray(snap.groups) ? snap.groups.map(idOf) : null,
    activities: Array.isArray(snap.activities) ? snap.activities.map(idOf) : null,
  };
}

interface Restore {
  query: QueryName;
  params(snap: Snapshot): Record<string, unknown>;
  /** The links only a removal's "before" keeps (they are not part of what the item is). */
  removalLinks: string[];
}

const RESTORE: Partial<Record<EntityKind, Restore>> = {
  actor: { query: 'actor-restore', params: actorParams, removalLinks: [] },
  group: { query: 'group-restore', params: groupParams, removalLinks: ['members'] },
  theme: { query: 'theme-restore', params: themeParams, removalLinks: ['interests', 'groups', 'activities'] },
};

const NOUN: Record<string, string> = {
  activity: 'an activity',
  savedView: 'a saved view',
  import: 'an import as a whole',
};

/** JSON with sorted keys and every list sorted (a list of links is a set): equal states give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * What the item is, for "is it still as the change left it": what a restore would write, without the version and
 * update time (an undo moves them) and without the names of linked items (only which items they are).
 */
function stateOf(restore: Restore, snap: Snapshot | Row | null): string | null {
  if (!snap) return null;
  const params = restore.params(snap);
  const { version: _version, updatedAt: _updatedAt, ...props } = (params.props ?? {}) as Record<string, unknown>;
  const state: Record<string, unknown> = { ...params, props };
  for (const key of restore.removalLinks) delete state[key];
  return canonical(state);
}

/** The item's version in a snapshot (0: the item did not exist). */
function versionOf(snap: Snapshot | Row | null, restore: Restore): number {
  return snap ? Number((restore.params(snap).props as { version?: unknown } | undefined)?.version ?? 1) : 0;
}

/** "2026-03-05T14:22:01.5Z" → "2026-03-05 14:22 UTC". */
const readableTime = (at: string): string => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Admins: puts an actor, group or theme back as it was before a change; the undo is itself recorded. */
export async function undoChange(db: Database, viewer: Viewer, id: string): Promise<ChangeRecord> {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in as an administrator');
  if (!isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only administrators may undo changes');
  const [row] = await db.read('change-get', { id });
  if (!row) throw notFound('Change', id);
  const change = toChange(row);
  const restore = change.entityKind === 'import' ? undefined : RESTORE[change.entityKind];
  if (!restore) {
    const what = NOUN[change.entityKind] ?? `a ${change.entityKind}`;
    throw new DomainError(
      'BAD_USER_INPUT',
      `id: undo is available for changes to actors, networks, coalitions and themes, not to ${what}`,
      'id',
    );
  }
  if (change.undoneBy) throw conflict('This change has already been undone.');
  const kind = change.entityKind as EntityKind;
  const before = change.before ? (JSON.parse(change.before) as Snapshot) : null;
  const left = change.after ? (JSON.parse(change.after) as Snapshot) : null;
  const undoId = randomUUID();
  await auditedWrite(
    db,
    viewer,
    {
      kind,
      id: change.entityId,
      action: 'undo',
      summary: `Undo of ${change.action}`,
      undoOf: change.id,
      // Undoing a creation removes the item: keep what its removal takes along, so the undo can be undone too.
      removes: before === null,
      changeId: undoId,
    },
    async (tx, current) => {
      if (stateOf(restore, current) !== stateOf(restore, left)) {
        const [latest] = (
          await tx.run('changes-of-entity', {
            entityId: change.entityId,
            entityKind: kind,
            username: null,
            from: EARLIEST,
            to: LATEST,
            limit: 1,
          })
        ).map(toChange);
        const name = changeEntityName(kind, change.before, change.after) ?? change.entityId;
        throw conflict(
          latest && latest.id !== change.id
            ? `‘${name}’ has changed since this change (later: ${latest.action} by ${latest.username ?? 'someone'} on ${readableTime(latest.at)}). Undo the later changes first, newest first.`
            : `‘${name}’ has changed since this change, through a change recorded on a linked item (a collaboration recorded on its partner, or a theme or group that was removed). Edit it by hand instead.`,
        );
      }
      await tx.run(restore.query, {
        id: change.entityId,
        snapshot: before ? restore.params(before) : null,
        // Above any version it had, so an edit begun before the undo gets CONFLICT.
        version: Math.max(versionOf(current, restore), versionOf(before, restore)) + 1,
        now: new Date().toISOString(),
      });
    },
  );
  const [recorded] = await db.read('change-get', { id: undoId });
  if (!recorded) throw new Error('the undo was not recorded');
  return toChange(recorded);
}
