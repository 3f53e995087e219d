/**
 * Writes a checked import in ONE transaction (all or nothing): the existing actors it touches are locked and
 * read first, each row is compared with what is stored (blank cells keep it), changed actors move to the next
 * version, and each of them gets a :Change with its before and after snapshots, beside the import's own record.
 */
import { randomUUID } from 'node:crypto';

import { COUNTRY_CODES, COUNTRY_NAMES } from '@reform-atlas/vocabulary';

import type { Database, QueryName, Row, Tx } from '../db/database';
import type { Viewer } from '../domain/viewer';
import { actorUpdates, storedActors } from './actorUpdates';
import type { ImportCounts, ImportOptions, ImportPlan, ImportUpdate, LinkRec } from './importer';

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function linkRows(
  plan: ImportPlan,
  relation: LinkRec['relation'],
  map: (l: LinkRec) => Record<string, unknown>,
): Array<Record<string, unknown>> {
  return plan.links.filter((l) => l.relation === relation).map(map);
}

/** Snapshots as the audit trail keeps them (server/src/domain/audit.ts): actor-details with everything visible. */
async function snapshots(tx: Tx, ids: readonly string[], size: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const batch of chunks(ids, size)) {
    for (const row of await tx.run('actor-details', { ids: batch, canSeeSensitive: true }))
      out.set(String((row.actor as Row).id), JSON.stringify(row));
  }
  return out;
}

export async function commitPlan(
  db: Database,
  viewer: Viewer,
  plan: ImportPlan,
  existing: readonly string[],
  what: { files: string[]; counts: ImportCounts },
  options: ImportOptions,
): Promise<{ changeId: string; updates: ImportUpdate[] }> {
  const size = options.batchSize ?? 1_000;
  // A managed transaction may run this more than once (transient failures): everything is worked out inside.
  return db.writeTransaction(async (tx: Tx) => {
    const now = new Date().toISOString();
    const changeId = randomUUID();
    for (const batch of chunks(existing, size)) await tx.run('import-actors-lock', { ids: batch });
    const stored = await storedActors((name, params) => tx.run(name, params), existing, size);
    const { updates, writes } = actorUpdates(plan.actors, stored);
    const changed = updates.map((u) => u.actorId);
    const before = await snapshots(tx, changed, size);

    const actorRows = plan.actors.flatMap((a) => {
      const row = writes.get(a)?.row;
      return row ? [{ ...row, ...a.prov }] : [];
    });
    const steps: Array<[QueryName, Array<Record<string, unknown>>]> = [
      ['import-countries', COUNTRY_CODES.map((code) => ({ id: code, name: COUNTRY_NAMES[code] }))],
      ['seed-themes', plan.themes.map((t) => ({ id: t.id, name: t.name, description: t.description ?? '' }))],
      [
        'seed-groups',
        plan.groups.map((g) => ({
          id: g.id,
          kind: g.kind,
          name: g.name,
          acronym: g.acronym,
          description: g.description ?? '',
          founded: g.founded,
          activeIn: g.activeIn,
          focusThemes: g.focusThemes,
          ...g.prov,
        })),
      ],
      ['import-actors', actorRows],
      [
        'seed-interests',
        linkRows(plan, 'INTERESTED_IN', (l) => ({
          actor: l.actor,
          theme: l.target,
          position: l.position,
          priority: l.priority,
          sensitive: l.sensitive,
          ...l.prov,
        })),
      ],
      [
        'seed-memberships',
        linkRows(plan, 'MEMBER_OF', (l) => ({
          actor: l.actor,
          group: l.target,
          role: l.role,
          since: l.since,
          sensitive: l.sensitive,
          ...l.prov,
        })),
      ],
      [
        'seed-collaborations',
        linkRows(plan, 'COLLABORATES_WITH', (l) => ({
          from: l.actor,
          to: l.target,
          kind: l.kind,
          since: l.since,
          sensitive: l.sensitive,
          ...l.prov,
        })),
      ],
      // Participants travel as edges (possibly in another file), so activities are written without them first.
      [
        'seed-activities',
        plan.activities.map((x) => ({
          id: x.id,
          name: x.name,
          type: x.type,
          date: x.date,
          country: x.country,
          description: x.description ?? '',
          themes: x.themes,
          participants: [],
        })),
      ],
      [
        'import-participations',
        linkRows(plan, 'PARTICIPATED_IN', (l) => ({
          actor: l.actor,
          activity: l.target,
          role: l.role,
          sensitive: l.sensitive,
          ...l.prov,
        })),
      ],
    ];
    const total = steps.reduce((n, [, rows]) => n + rows.length, 0);
    let done = 0;
    for (const [name, rows] of steps) {
      for (const batch of chunks(rows, size)) {
        await tx.run(name, { rows: batch, now });
        done += batch.length;
        options.onProgress?.({ phase: 'commit', done, total });
      }
    }

    const after = await snapshots(tx, changed, size);
    const record = (change: {
      id: string;
      entityKind: string;
      entityId: string;
      summary: string;
      before: string | null;
      after: string | null;
    }): Record<string, unknown> => ({
      userId: viewer.userId ?? null,
      username: viewer.username ?? null,
      action: 'import',
      undoOf: null,
      ...change,
    });
    const perActor = updates.map((u) =>
      record({
        id: randomUUID(),
        entityKind: 'actor',
        entityId: u.actorId,
        summary: `Imported from ${u.file}${u.sheet ? ` [${u.sheet}]` : ''} row ${u.line}: ${u.fields.join(', ')}`,
        before: before.get(u.actorId) ?? null,
        after: after.get(u.actorId) ?? null,
      }),
    );
    for (const batch of chunks(perActor, size)) await tx.run('change-records', { changes: batch, now });
    const c = what.counts;
    await tx.run('change-record', {
      change: record({
        id: changeId,
        entityKind: 'import',
        entityId: changeId,
        summary: `Imported ${what.files.join(', ')}: ${c.actors} actors (${c.newActors} new, ${updates.length} updated), ${c.groups} groups, ${c.themes} themes, ${c.memberships} memberships, ${c.interests} interests, ${c.collaborations} collaborations, ${c.activities} activities, ${c.participations} participations`,
        before: null,
        after: null,
      }),
      now,
    });
    return { changeId, updates };
  });
}
