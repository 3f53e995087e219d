/**
 * Writes a checked import in ONE audited transaction (all or nothing; domain/audit.ts auditedBulkWrite): the
 * existing actors it touches are locked and read first, each row is compared with what is stored (blank cells keep
 * it), changed actors move to the next version, and each of them gets a change with its before and after, beside
 * the import's own record.
 */
import { randomUUID } from 'node:crypto';

import { COUNTRY_CODES, COUNTRY_NAMES, type ImportCounts, type ImportUpdate } from '@reform-atlas/vocabulary';

import type { Database, QueryName, Tx } from '../db/database';
import { auditedBulkWrite } from '../domain/audit';
import type { Viewer } from '../domain/viewer';
import { actorUpdates, storedActors } from './actorUpdates';
import type { ImportPlan } from './plan';
import type { ImportOptions, LinkRec } from './records';

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A link's days, and an interest's history as the parallel lists seed-interests stores (null keeps what is stored). */
function dated(l: LinkRec): Record<string, unknown> {
  const h = l.history;
  return {
    validFrom: l.validFrom ?? h?.[0]?.from ?? null,
    validTo: l.validTo,
    historyPositions: h?.map((x) => x.position) ?? null,
    historyFrom: h?.map((x) => x.from) ?? null,
    // Lists in Neo4j hold no nulls: an entry without a source or confidence gets the link's.
    historySources: h?.map((x) => x.source ?? l.prov.source) ?? null,
    historyConfidences: h?.map((x) => x.confidence ?? l.prov.confidence) ?? null,
  };
}

function linkRows(
  plan: ImportPlan,
  relation: LinkRec['relation'],
  map: (l: LinkRec) => Record<string, unknown>,
): Array<Record<string, unknown>> {
  return plan.links.filter((l) => l.relation === relation).map(map);
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
  const changeId = randomUUID();
  return auditedBulkWrite(
    db,
    viewer,
    { id: changeId, kind: 'import', action: 'import' },
    async (tx: Tx, trail) => {
      const now = new Date().toISOString();
      await trail.lock(existing);
      const stored = await storedActors((name, params) => tx.run(name, params), existing, size);
      const { updates, writes } = actorUpdates(plan.actors, stored);
      await trail.before(updates.map((u) => u.actorId));

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
            ...dated(l),
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
            validFrom: l.validFrom,
            validTo: l.validTo,
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
            validFrom: l.validFrom,
            validTo: l.validTo,
          })),
        ],
        // Participants may come from another file (a participants sheet, an export's edges): activities first.
        [
          'import-activities',
          plan.activities.map((x) => ({
            id: x.id,
            name: x.name,
            type: x.type,
            date: x.date,
            endDate: x.endDate,
            status: x.status,
            country: x.country,
            description: x.description,
            outcomes: x.outcomes,
            source: x.source,
            themes: [...new Set(x.themes)],
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
            validFrom: l.validFrom,
            validTo: l.validTo,
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

      await trail.changed(
        updates.map((u) => ({
          id: u.actorId,
          summary: `Imported from ${u.file}${u.sheet ? ` [${u.sheet}]` : ''} row ${u.line}: ${u.fields.join(', ')}`,
        })),
      );
      const c = what.counts;
      return {
        result: { changeId, updates },
        summary: `Imported ${what.files.join(', ')}: ${c.actors} actors (${c.newActors} new, ${updates.length} updated), ${c.groups} groups, ${c.themes} themes, ${c.memberships} memberships, ${c.interests} interests, ${c.collaborations} collaborations, ${c.activities} activities, ${c.participations} participations`,
      };
    },
    size,
  );
}
