import { validateDataset, type SeedActor, type SeedDataset, type SeedInterest } from '@reform-atlas/seed';

import type { Database, QueryName } from '../db/database';
import { datasetInfo } from './catalogue';
import { actorSearchKey } from './searchText';

export interface LoadReport {
  actors: number;
  relationships: number;
  millis: number;
}

function validity(link: { validFrom?: string; validTo?: string }): {
  validFrom: string | null;
  validTo: string | null;
} {
  return { validFrom: link.validFrom ?? null, validTo: link.validTo ?? null };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function actorRow(actor: SeedActor, illustrative: boolean): Record<string, unknown> {
  const first = actor.interests[0] ?? actor.memberships[0];
  return {
    id: actor.id,
    name: actor.name.normalize('NFC'),
    altNames: actor.altNames.map((n) => n.normalize('NFC')),
    altNamesText: actor.altNames.join(' | '),
    acronym: actor.acronym ?? null,
    sector: actor.sector,
    level: actor.level,
    influence: actor.influence,
    description: actor.description,
    website: actor.website ?? null,
    sensitive: actor.sensitive,
    searchKey: actorSearchKey({ name: actor.name, altNames: actor.altNames, acronym: actor.acronym ?? null }),
    illustrative,
    basedIn: actor.basedIn,
    operatesIn: actor.operatesIn.filter((c) => c !== actor.basedIn),
    source: first?.source ?? 'Reform actor mapping',
    recordedAt: first?.recordedAt ?? '2015-01-01',
    confidence: first?.confidence ?? 'MEDIUM',
    validFrom: actor.validFrom ?? null,
  };
}

/** An interest as the seed-interests statements take it: its position history as parallel lists, oldest first. */
function interestRow(actor: string, interest: SeedInterest): Record<string, unknown> {
  const { history, ...rest } = interest;
  return {
    actor,
    ...rest,
    validFrom: interest.validFrom ?? null,
    validTo: interest.validTo ?? null,
    historyPositions: history?.map((h) => h.position) ?? null,
    historyFrom: history?.map((h) => h.from) ?? null,
    historySources: history?.map((h) => h.source) ?? null,
    historyConfidences: history?.map((h) => h.confidence) ?? null,
  };
}

/**
 * Loads a dataset in UNWIND batches. Every statement MERGEs on ids, so loading the same dataset
 * twice changes nothing. Each batch is its own transaction: a large load is restartable rather than
 * one transaction too big for the heap. Into an empty store, a dataset without duplicates is loaded with
 * CREATE (the seed-*-new statements), which skips MERGE's existence check on every row and relationship.
 */
export async function loadDataset(
  db: Database,
  dataset: SeedDataset,
  options: { batchSize?: number; kind?: 'illustrative' | 'synthetic'; onProgress?: (line: string) => void } = {},
): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 2_000;
  const illustrative = (options.kind ?? 'illustrative') === 'illustrative';
  const now = new Date().toISOString();
  const progress = options.onProgress ?? (() => undefined);
  let relationships = 0;
  const fresh = (await isEmpty(db)) && validateDataset(dataset).length === 0;
  /** `createForm`: the statement's CREATE form (seed-*-new), used for a fresh load. */
  const step = async (
    name: QueryName,
    rows: readonly Record<string, unknown>[],
    perRow = 1,
    createForm?: QueryName,
  ): Promise<void> => {
    const statement = createForm && fresh ? createForm : name;
    let done = 0;
    const stepStarted = Date.now();
    for (const batch of chunks(rows, batchSize)) {
      await db.write(statement, { rows: batch, now });
      done += batch.length;
      if (rows.length > batchSize) progress(`${name}: ${done}/${rows.length}`);
    }
    relationships += rows.length * perRow;
    progress(`${name}: ${rows.length} rows in ${Date.now() - stepStarted} ms`);
  };

  await step(
    'seed-countries',
    dataset.countries.map((c) => ({ id: c.code, name: c.name })),
    0,
  );
  await step(
    'seed-themes',
    dataset.themes.map((t) => ({ ...t })),
    0,
  );
  await step(
    'seed-groups',
    dataset.groups.map((g) => ({
      id: g.id,
      kind: g.kind,
      name: g.name,
      acronym: g.acronym ?? null,
      description: g.description,
      founded: g.founded ?? null,
      activeIn: g.activeIn,
      focusThemes: g.focusThemes,
      source: 'Regional Reform Actor Mapping (RRAM) desk review',
      recordedAt: '2015-01-15',
      confidence: 'HIGH',
    })),
    0,
  );
  await step(
    'seed-actors',
    dataset.actors.map((a) => actorRow(a, illustrative)),
    0,
    'seed-actors-new',
  );
  const interests = dataset.actors.flatMap((a) => a.interests.map((i) => interestRow(a.id, i)));
  const memberships = dataset.actors.flatMap((a) =>
    a.memberships.map((m) => ({ actor: a.id, ...m, since: m.since ?? null, ...validity(m) })),
  );
  await step('seed-interests', interests, 1, 'seed-interests-new');
  await step('seed-memberships', memberships, 1, 'seed-memberships-new');
  await step(
    'seed-collaborations',
    dataset.collaborations.map((c) => ({ ...c, since: c.since ?? null, ...validity(c) })),
    1,
    'seed-collaborations-new',
  );
  await step(
    'seed-activities',
    dataset.activities.map((x) => ({ ...x })),
    0,
  );
  await step(
    'seed-phases',
    (dataset.phases ?? []).map((p) => ({ ...p, end: p.end ?? null })),
    0,
  );
  // BASED_IN, and OPERATES_IN for the other countries (operatesIn lists the base too).
  relationships += dataset.actors.reduce((n, a) => n + 1 + a.operatesIn.filter((c) => c !== a.basedIn).length, 0);
  relationships += dataset.activities.reduce((n, x) => n + x.participants.length, 0);
  await db.write('dataset-meta-set', { label: dataset.label, kind: options.kind ?? 'illustrative', now });
  return { actors: dataset.actors.length, relationships, millis: Date.now() - started };
}

export async function isEmpty(db: Database): Promise<boolean> {
  const info = await datasetInfo(db, 'system');
  return info.actors === 0 && info.groups === 0 && info.themes === 0;
}

/** Removes everything in batches (large stores do not fit one transaction). Tests and --replace only. */
export async function wipe(db: Database): Promise<void> {
  for (const [statement, batch] of [
    ['wipe-relationships-batch', 50_000],
    ['wipe-batch', 10_000],
  ] as const) {
    for (;;) {
      const [row] = await db.write(statement, { batch });
      if (Number(row?.deleted ?? 0) === 0) break;
    }
  }
}
