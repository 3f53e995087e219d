/**
 * A dataset as the CSV files of Neo4j's bulk importer (`neo4j-admin database import full`, run by `importCsv` in
 * @reform-atlas/db): the first load of an empty store writes the store files directly, several times faster than
 * UNWIND batches through transactions. The files carry exactly what the seed-* statements write (the CREATE forms
 * used for a fresh load), with typed columns (int, boolean, date, datetime, string[] and date[]); what they cannot
 * carry (empty lists, the schema, the dataset's label) is written by `finishBulkLoad` once the store runs. MERGE loads
 * (`loadDataset`) stay for stores that hold data.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { SeedDataset } from '@reform-atlas/seed';

import type { Database } from '../db/database';
import { actorSearchKey } from './searchText';

/** Separates the values of an array column; no generated text contains it (checked as the files are written). */
export const ARRAY_DELIMITER = '¦';

export interface BulkFile {
  kind: 'nodes' | 'relationships';
  /** Labels joined by ':' (nodes) or the relationship type. */
  name: string;
  file: string;
}

type Cell = string | number | boolean | null | undefined | readonly string[];

/** A string as a quoted CSV value, its quotes doubled (most values have none: no copy for them). */
function quoted(value: string): string {
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** One CSV cell: empty for a missing value (the importer then sets no property), strings quoted with "" escapes. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  for (const item of value) {
    if (item.includes(ARRAY_DELIMITER)) throw new RangeError(`array value contains ${ARRAY_DELIMITER}: ${item}`);
  }
  // An empty list is a quoted empty cell, which the importer skips like a missing one: it stores no empty list, so
  // bulk-load-finish.cypher gives actors without other names their [] once the store runs.
  return value.length === 0 ? '""' : quoted(value.join(ARRAY_DELIMITER));
}

/**
 * Writes rows to a CSV file through a stream, in chunks of about a megabyte, waiting when its buffer is full. Lines are
 * built by concatenation (no per-row array of cells to join): the 100k map is ~320 MB of CSV.
 */
async function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly Cell[]>): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let chunk = `${header.join(',')}\n`;
  for (const row of rows) {
    let line = cell(row[0]);
    for (let i = 1; i < row.length; i++) line += `,${cell(row[i])}`;
    chunk += `${line}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

const PROVENANCE = ['source', 'recordedAt:date', 'confidence'] as const;

type Actor = SeedDataset['actors'][number];
type Kind = 'illustrative' | 'synthetic';

/** Writes one CSV file into a folder and remembers it in the importer's terms. */
type CsvSink = (
  kind: BulkFile['kind'],
  name: string,
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
) => Promise<void>;

/**
 * Writes the dataset's CSV files into `dir` and returns them in the importer's terms, with the relationship count
 * `loadDataset` reports (interests, memberships, collaborations, countries of actors, participations).
 */
export async function writeBulkFiles(
  dataset: SeedDataset,
  dir: string,
  options: { kind: Kind; now?: string },
): Promise<{ files: BulkFile[]; relationships: number }> {
  await mkdir(dir, { recursive: true });
  const now = options.now ?? new Date().toISOString();
  const files: BulkFile[] = [];
  const csv: CsvSink = async (kind, name, header, rows) => {
    const file = join(dir, `${kind}-${name.replaceAll(':', '-')}.csv`);
    await writeCsv(file, header, rows);
    files.push({ kind, name, file });
  };
  await writeReferenceFiles(csv, dataset, now);
  await writeActorFiles(csv, dataset, now, options.kind === 'illustrative');
  await writeLinkFiles(csv, dataset);
  await writeActivityFiles(csv, dataset, now);

  let relationships = dataset.actors.reduce(
    (n, a) => n + a.interests.length + a.memberships.length + 1 + a.operatesIn.filter((c) => c !== a.basedIn).length,
    dataset.collaborations.length,
  );
  relationships += dataset.activities.reduce((n, x) => n + x.participants.length, 0);
  return { files, relationships };
}

/** Countries, themes and groups with the groups' links: as seed-countries, seed-themes and seed-groups write them. */
async function writeReferenceFiles(csv: CsvSink, dataset: SeedDataset, now: string): Promise<void> {
  const groupSource = ['Regional Reform Actor Mapping (RRAM) desk review', '2015-01-15', 'HIGH'] as const;
  await csv(
    'nodes',
    'Country',
    ['id:ID(Country)', 'name'],
    dataset.countries.map((c) => [c.code, c.name]),
  );
  await csv(
    'nodes',
    'Theme',
    ['id:ID(Theme)', 'name', 'description'],
    dataset.themes.map((t) => [t.id, t.name, t.description]),
  );
  for (const kind of ['NETWORK', 'COALITION'] as const) {
    await csv(
      'nodes',
      kind === 'NETWORK' ? 'Group:Network' : 'Group:Coalition',
      [
        'id:ID(Group)',
        'createdAt:datetime',
        'updatedAt:datetime',
        'version:int',
        'name',
        'acronym',
        'description',
        'founded:int',
      ],
      dataset.groups
        .filter((g) => g.kind === kind)
        .map((g) => [g.id, now, now, 1, g.name, g.acronym, g.description, g.founded]),
    );
  }
  await csv(
    'relationships',
    'ACTIVE_IN',
    [':START_ID(Group)', ':END_ID(Country)', ...PROVENANCE],
    dataset.groups.flatMap((g) => g.activeIn.map((code) => [g.id, code, ...groupSource])),
  );
  await csv(
    'relationships',
    'FOCUSES_ON',
    [':START_ID(Group)', ':END_ID(Theme)', ...PROVENANCE],
    dataset.groups.flatMap((g) => g.focusThemes.map((theme) => [g.id, theme, ...groupSource])),
  );
}

/** The provenance seed-actors-new.cypher gives an actor's BASED_IN and OPERATES_IN links (actorRow in seeding.ts). */
function actorProvenance(a: Actor): Cell[] {
  const first = a.interests[0] ?? a.memberships[0];
  return [first?.source ?? 'Reform actor mapping', first?.recordedAt ?? '2015-01-01', first?.confidence ?? 'MEDIUM'];
}

/** Actors with their countries: as seed-actors-new.cypher writes them (its row built by actorRow in seeding.ts). */
async function writeActorFiles(csv: CsvSink, dataset: SeedDataset, now: string, illustrative: boolean): Promise<void> {
  await csv(
    'nodes',
    'Actor',
    [
      'id:ID(Actor)',
      'createdAt:datetime',
      'updatedAt:datetime',
      'version:int',
      'name',
      'altNames:string[]',
      'altNamesText',
      'acronym',
      'sector',
      'level',
      'influence:int',
      'description',
      'website',
      'sensitive:boolean',
      'searchKey',
      'illustrative:boolean',
      'validFrom:date',
    ],
    dataset.actors.map((a) => [
      a.id,
      now,
      now,
      1,
      a.name.normalize('NFC'),
      a.altNames.map((n) => n.normalize('NFC')),
      a.altNames.join(' | '),
      a.acronym,
      a.sector,
      a.level,
      a.influence,
      a.description,
      a.website,
      a.sensitive,
      actorSearchKey({ name: a.name, altNames: a.altNames, acronym: a.acronym ?? null }),
      illustrative,
      a.validFrom,
    ]),
  );
  await csv(
    'relationships',
    'BASED_IN',
    [':START_ID(Actor)', ':END_ID(Country)', ...PROVENANCE, 'validFrom:date'],
    dataset.actors.map((a) => [a.id, a.basedIn, ...actorProvenance(a), a.validFrom]),
  );
  await csv(
    'relationships',
    'OPERATES_IN',
    [':START_ID(Actor)', ':END_ID(Country)', ...PROVENANCE, 'validFrom:date'],
    dataset.actors.flatMap((a) =>
      a.operatesIn.filter((c) => c !== a.basedIn).map((code) => [a.id, code, ...actorProvenance(a), a.validFrom]),
    ),
  );
}

/** Interests (with their position histories), memberships and collaborations: as the seed-*-new statements. */
async function writeLinkFiles(csv: CsvSink, dataset: SeedDataset): Promise<void> {
  await csv(
    'relationships',
    'INTERESTED_IN',
    [
      ':START_ID(Actor)',
      ':END_ID(Theme)',
      'position',
      'priority:int',
      ...PROVENANCE,
      'validFrom:date',
      'validTo:date',
      'historyPositions:string[]',
      'historyFrom:date[]',
      'historySources:string[]',
      'historyConfidences:string[]',
    ],
    (function* () {
      for (const a of dataset.actors) {
        for (const i of a.interests) {
          yield [
            a.id,
            i.theme,
            i.position,
            i.priority,
            i.source,
            i.recordedAt,
            i.confidence,
            i.validFrom,
            i.validTo,
            i.history?.map((h) => h.position),
            i.history?.map((h) => h.from),
            i.history?.map((h) => h.source),
            i.history?.map((h) => h.confidence),
          ];
        }
      }
    })(),
  );
  await csv(
    'relationships',
    'MEMBER_OF',
    [':START_ID(Actor)', ':END_ID(Group)', 'role', 'since:int', ...PROVENANCE, 'validFrom:date', 'validTo:date'],
    dataset.actors.flatMap((a) =>
      a.memberships.map((m) => [
        a.id,
        m.group,
        m.role,
        m.since,
        m.source,
        m.recordedAt,
        m.confidence,
        m.validFrom,
        m.validTo,
      ]),
    ),
  );
  await csv(
    'relationships',
    'COLLABORATES_WITH',
    [':START_ID(Actor)', ':END_ID(Actor)', 'kind', 'since:int', ...PROVENANCE, 'validFrom:date', 'validTo:date'],
    dataset.collaborations.map((c) => [
      c.from,
      c.to,
      c.kind,
      c.since,
      c.source,
      c.recordedAt,
      c.confidence,
      c.validFrom,
      c.validTo,
    ]),
  );
}

/**
 * Activities with their country, themes and participants: what seed-activities.cypher writes into an empty store.
 * That statement MERGEs each link, so a theme named twice for one activity is one link here too; a new activity's
 * status is HELD once its day has come (by the load's UTC date, as Cypher's date()), PLANNED before; its version 1.
 * A participation keeps no validTo (the statement sets none).
 */
async function writeActivityFiles(csv: CsvSink, dataset: SeedDataset, now: string): Promise<void> {
  const today = new Date(now).toISOString().slice(0, 10);
  await csv(
    'nodes',
    'Activity',
    ['id:ID(Activity)', 'name', 'type', 'date:date', 'description', 'status', 'version:int'],
    dataset.activities.map((x) => [
      x.id,
      x.name,
      x.type,
      x.date,
      x.description,
      x.date > today ? 'PLANNED' : 'HELD',
      1,
    ]),
  );
  await csv(
    'relationships',
    'HELD_IN',
    [':START_ID(Activity)', ':END_ID(Country)'],
    dataset.activities.map((x) => [x.id, x.country]),
  );
  await csv(
    'relationships',
    'ADDRESSES',
    [':START_ID(Activity)', ':END_ID(Theme)'],
    dataset.activities.flatMap((x) => [...new Set(x.themes)].map((theme) => [x.id, theme])),
  );
  await csv(
    'relationships',
    'PARTICIPATED_IN',
    [':START_ID(Actor)', ':END_ID(Activity)', 'role', ...PROVENANCE, 'validFrom:date'],
    dataset.activities.flatMap((x) =>
      x.participants.map((p) => [p.actor, x.id, p.role, p.source, p.recordedAt, p.confidence, p.validFrom]),
    ),
  );
}

/**
 * What the CSV files cannot carry, once the imported store runs: the empty altNames lists (the importer stores no
 * empty list), the schema (every index built over the imported data, awaited) and the dataset's label.
 */
export async function finishBulkLoad(
  db: Database,
  dataset: SeedDataset,
  options: { kind: Kind; now?: string },
): Promise<void> {
  const now = options.now ?? new Date().toISOString();
  await db.write('bulk-load-finish');
  await db.applySchema();
  await db.write('dataset-meta-set', { label: dataset.label, kind: options.kind, now });
}
