/**
 * Import integrity: CSV read as spreadsheets read it, formulas flagged on import and neutralised on export,
 * the page's own words accepted, and re-imports of known actors that keep what a sheet leaves blank, move the
 * version and leave a history.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CONFIDENCE_LABELS,
  COUNTRY_CODES,
  COUNTRY_NAMES,
  GROUP_KIND_LABELS,
  LEVEL_LABELS,
  LEVELS,
  POSITION_LABELS,
  SECTOR_LABELS,
  SECTORS,
} from '@reform-atlas/vocabulary';
import ExcelJS from 'exceljs';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { exportGraph } from '../src/export/exportGraph';
import { importFiles, type ImportReport } from '../src/import/importer';
import { readTables } from '../src/import/readers';
import { TEMPLATE_SHEETS, templateCsv, writeTemplateWorkbook } from '../src/import/template';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { fingerprint, freshDatabase } from './testDatabase';

const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };
const FORMULA_START = /^[=+\-@\t\r]/;

let db: Database;
let gql: GraphqlHarness;
let dir: string;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  gql = await GraphqlHarness.create(db);
  dir = await mkdtemp(join(tmpdir(), 'ra-integrity-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await gql.stop();
  await db.close();
});

async function file(name: string, content: string | Buffer): Promise<{ path: string; name: string }> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, content);
  return { path, name };
}

/** Imports one file, dry run or commit; a dry run must never change the store. */
async function run(f: { path: string; name: string }, commit = false): Promise<ImportReport> {
  const before = await fingerprint(db);
  const report = await importFiles(db, ANALYST, [f], { dryRun: !commit });
  if (!report.committed) expect(await fingerprint(db)).toEqual(before);
  return report;
}

const where = (report: ImportReport): Array<[number | null, string | undefined]> =>
  report.issues.map((i) => [i.line, i.column]);

describe('CSV rows as a spreadsheet shows them', () => {
  test('an unquoted HYPERLINK formula no longer swallows the seven rows after it: every fault is reported at its row', async () => {
    const csv = [
      'name,country,sector,level,influence',
      '=HYPERLINK("http://evil.example","click"),KH,MEDIA,LOCAL,3',
      'Row Three,XX,MEDIA,LOCAL,3',
      'Row Four,KH,FARMERS,LOCAL,3',
      'Row Five,KH,MEDIA,GLOBAL,3',
      'Row Six,KH,MEDIA,LOCAL,9',
      ',KH,MEDIA,LOCAL,3',
      'Row Eight,KH,MEDIA,LOCAL,3"',
      'Row Nine,KH,MEDIA,LOCAL,-1',
    ].join('\r\n');
    const report = await run(await file('actors.csv', csv), true);
    expect(report.committed).toBe(false);
    const lines = new Set(report.issues.map((i) => i.line));
    for (let line = 2; line <= 9; line += 1)
      expect({ line, reported: lines.has(line) }).toEqual({ line, reported: true });
    expect(report.issues.find((i) => i.line === 2)).toMatchObject({
      column: 'name',
      message: expect.stringContaining('looks like a spreadsheet formula'),
    });
    expect(report.issues.find((i) => i.line === 3)).toMatchObject({
      column: 'country',
      message: expect.stringContaining("unknown country 'XX'"),
    });
  });
});

describe('formulas', () => {
  test('a cell beginning with = + - @, a tab or a carriage return is flagged, checked before trimming', async () => {
    const payloads = [
      '=1+1',
      '+SUM(1;2)',
      '-2+3',
      '@SUM(A1)',
      '"\t=1+1"',
      '"\r=1+1"',
      ' =1+1',
      '"=cmd|\' /C calc\'!A0"',
      '"@SUM(1+1)*cmd|\' /C calc\'!A0"',
    ];
    const rows = payloads.map((p, i) => `${p},KH,MEDIA,LOCAL,Formula ${i}`);
    const report = await run(
      await file('actors.csv', `name,country,sector,level,description\n${rows.join('\n')}\n`),
      true,
    );
    expect(report.committed).toBe(false);
    expect(where(report)).toEqual(payloads.map((_, i) => [i + 2, 'name']));
    for (const column of [
      'acronym',
      'description',
      'website',
      'provenance',
      'altNames',
      'operatesIn',
      'influence',
      'recordedAt',
    ]) {
      const one = await run(
        await file('actors.csv', `name,country,sector,level,${column}\nColumn Test,KH,MEDIA,LOCAL,+1\n`),
      );
      expect({ column, issues: where(one) }).toEqual({ column, issues: [[2, column]] });
    }
  });

  test('a leading apostrophe keeps a formula-like cell as text and is removed on import', async () => {
    const report = await run(
      await file(
        'actors.csv',
        "id,name,country,sector,level,acronym,description\nquoted-1,Apostrophe Test,KH,MEDIA,LOCAL,'@AT,'-2+3\n",
      ),
      true,
    );
    expect(report.issues).toEqual([]);
    const [row] = await db.runStatement(
      "MATCH (a:Actor {id: 'quoted-1'}) RETURN a.acronym AS acronym, a.description AS description",
    );
    expect(row).toEqual({ acronym: '@AT', description: '-2+3' });
  });

  test('XLSX: formula cells and formula-like text are flagged; numbers typed as numbers are not', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('actors');
    ws.addRow(['name', 'country', 'sector', 'level', 'influence', 'acronym']);
    ws.addRow([{ formula: 'HYPERLINK("http://evil.example","x")', result: 'x' }, 'KH', 'MEDIA', 'LOCAL', 3, 'A']);
    ws.addRow(['Formula Influence', 'KH', 'MEDIA', 'LOCAL', { formula: '1+1', result: 2 }, 'B']);
    ws.addRow(['Text Formula', 'KH', 'MEDIA', 'LOCAL', 2, '@SUM(A1)']);
    ws.addRow(['Negative Number', 'KH', 'MEDIA', 'LOCAL', -3, 'D']);
    ws.addRow(['Plain Number', 'KH', 'MEDIA', 'LOCAL', 5, 'E']);
    const path = join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(path);
    const report = await run({ path, name: 'formulas.xlsx' });
    expect(where(report)).toEqual([
      [2, 'name'],
      [3, 'influence'],
      [4, 'acronym'],
      [5, 'influence'],
    ]);
    expect(report.issues[3]?.message).toBe("influence: must be a whole number from 1 to 5 (got '-3')");
  });

  test('a CSV export round trip is exact for values that start like formulas, or with an apostrophe', async () => {
    const values = {
      acronym: '@FVC',
      description: "'=1+1",
      website: null,
      altNames: ['-minus', "''+plus", '=SUM(1)', "'text"],
    };
    await db.runStatement(
      "MATCH (a:Actor {id: 'kh-cso-c'}) SET a.acronym = $acronym, a.description = $description, a.altNames = $altNames",
      values,
    );
    const zip = join(dir, 'view.zip');
    const out = createWriteStream(zip);
    await exportGraph(db, ANALYST, { format: 'csv', actorIds: ['kh-cso-c'] }, out);
    await finished(out).catch(() => undefined);
    const nodes = execFileSync('unzip', ['-p', zip, 'nodes.csv']).toString('utf8');
    for (const cell of await csvCells(nodes))
      expect({ cell, neutralised: !FORMULA_START.test(cell) }).toEqual({ cell, neutralised: true });

    await db.runStatement(
      "MATCH (a:Actor {id: 'kh-cso-c'}) SET a.acronym = 'changed', a.description = 'changed', a.altNames = []",
    );
    const report = await run(await file('nodes.csv', nodes), true);
    expect(report.issues).toEqual([]);
    const [row] = await db.runStatement(
      "MATCH (a:Actor {id: 'kh-cso-c'}) RETURN a.acronym AS acronym, a.description AS description, a.altNames AS altNames",
    );
    expect(row).toEqual({ acronym: values.acronym, description: values.description, altNames: values.altNames });
  });

  test('the import template (CSV and XLSX) has no cell a spreadsheet would run', async () => {
    for (const kind of TEMPLATE_SHEETS) {
      for (const cell of await csvCells(templateCsv(kind)))
        expect({ kind, cell, neutralised: !FORMULA_START.test(cell) }).toEqual({ kind, cell, neutralised: true });
    }
    const path = join(dir, 'template.xlsx');
    await writeTemplateWorkbook(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type === ExcelJS.ValueType.Formula).toBe(false);
          if (typeof cell.value === 'string')
            expect({ sheet: ws.name, value: cell.value, neutralised: !FORMULA_START.test(cell.value) }).toMatchObject({
              neutralised: true,
            });
        }),
      ),
    );
  });
});

/** Every node and relationship with its properties, the audit trail aside. */
async function dataState(): Promise<unknown> {
  const [row] = await db.runStatement(`
    CALL () { MATCH (n) WHERE NOT n:Change WITH n ORDER BY labels(n)[0], n.id RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
    RETURN nodes, rels`);
  return row;
}

/** Every cell of a CSV text, as the importer reads it. */
async function csvCells(text: string): Promise<string[]> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, text);
  const cells: string[] = [];
  await readTables(
    path,
    () => ({ row: (_line, row) => cells.push(...row), end: () => undefined }),
    () => undefined,
  );
  return cells;
}

describe('graph files', () => {
  test('a Cytoscape JSON export of actors without links imports (no edges table is no problem)', async () => {
    const doc = {
      elements: {
        nodes: [
          {
            data: {
              id: 'cy-solo',
              label: 'Cytoscape Solo',
              kind: 'ACTOR',
              sector: 'MEDIA',
              level: 'LOCAL',
              basedIn: 'KH',
            },
          },
        ],
        edges: [],
      },
    };
    const report = await run(await file('view.cyjs', JSON.stringify(doc)), true);
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
  });
});

describe('dates, numbers and lengths the database and the domain accept', () => {
  test('an impossible date is reported by the dry run, and the commit answers with issues instead of failing in Neo4j', async () => {
    const csv =
      'name,country,sector,level,recordedAt\nBad Date Actor,KH,MEDIA,LOCAL,2026-13-45\nLeap Actor,KH,MEDIA,LOCAL,2015-02-29\n';
    const dry = await run(await file('actors.csv', csv));
    expect(dry.issues).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'recordedAt',
        message: "recordedAt: must be a real date YYYY-MM-DD (got '2026-13-45')",
      }),
      expect.objectContaining({
        line: 3,
        column: 'recordedAt',
        message: "recordedAt: must be a real date YYYY-MM-DD (got '2015-02-29')",
      }),
    ]);
    const committed = await run(await file('actors.csv', csv), true);
    expect(committed.committed).toBe(false);
    expect(committed.issues).toEqual(dry.issues);
  });
});

describe("the page's own words", () => {
  const cases = (label: string): string[] => [label, label.toUpperCase(), label.toLowerCase()];

  test('sectors, levels, countries and confidence as the page shows them, in any case, as well as the codes', async () => {
    const rows: string[] = [];
    const expected = new Map<string, { sector: string; level: string; country: string; confidence: string }>();
    let n = 0;
    const add = (
      sector: string,
      level: string,
      country: string,
      confidence: string,
      codes: { sector: string; level: string; country: string; confidence: string },
    ): void => {
      n += 1;
      const id = `words-${n}`;
      rows.push(`${id},Words Test ${n},"${country}","${sector}","${level}","${confidence}"`);
      expected.set(id, codes);
    };
    for (const code of SECTORS)
      for (const text of [...cases(SECTOR_LABELS[code]), code, code.toLowerCase()])
        add(text, 'LOCAL', 'KH', 'LOW', { sector: code, level: 'LOCAL', country: 'KH', confidence: 'LOW' });
    for (const code of LEVELS)
      for (const text of cases(LEVEL_LABELS[code]))
        add('MEDIA', text, 'KH', 'LOW', { sector: 'MEDIA', level: code, country: 'KH', confidence: 'LOW' });
    for (const code of COUNTRY_CODES) {
      const country = smallGraph.countries.find((c) => c.code === code)?.name;
      for (const text of [...cases(COUNTRY_NAMES[code]), ...(country ? cases(country) : []), code.toLowerCase()])
        add('MEDIA', 'LOCAL', text, 'LOW', { sector: 'MEDIA', level: 'LOCAL', country: code, confidence: 'LOW' });
    }
    for (const [code, label] of Object.entries(CONFIDENCE_LABELS))
      for (const text of cases(label))
        add('MEDIA', 'LOCAL', 'KH', text, { sector: 'MEDIA', level: 'LOCAL', country: 'KH', confidence: code });
    const csv = `id,name,country,sector,level,confidence\n${rows.join('\n')}\n`;
    expect((await run(await file('actors.csv', csv))).issues).toEqual([]);
    const report = await run(await file('actors.csv', csv), true);
    expect(report.committed).toBe(true);
    const stored = await db.runStatement(
      "MATCH (a:Actor)-[r:BASED_IN]->(c:Country) WHERE a.id STARTS WITH 'words-' RETURN a.id AS id, a.sector AS sector, a.level AS level, c.id AS country, r.confidence AS confidence",
    );
    expect(
      new Map(
        stored.map((r) => [
          String(r.id),
          { sector: r.sector, level: r.level, country: r.country, confidence: r.confidence },
        ]),
      ),
    ).toEqual(expected);
  });

  test('group kinds, positions and activity types as the page shows them', async () => {
    const groups = Object.values(GROUP_KIND_LABELS).map(
      (label, i) => `words-group-${i},"${label.toLowerCase()}",Words Group ${i}`,
    );
    expect((await run(await file('groups.csv', `id,kind,name\n${groups.join('\n')}\n`), true)).issues).toEqual([]);
    const interests = Object.values(POSITION_LABELS).map(
      (label, i) => `kh-cso-b,${smallGraph.themes[i]?.id ?? ''},"${label.toUpperCase()}"`,
    );
    expect(
      (await run(await file('interests.csv', `actor,theme,position\n${interests.join('\n')}\n`), true)).issues,
    ).toEqual([]);
    const activities = ACTIVITY_TYPES.map(
      (code, i) =>
        `words-act-${i},Words Activity ${i},ACTIVITY,"${ACTIVITY_TYPE_LABELS[code]}",2015-03-0${i + 1},Lao PDR`,
    );
    expect(
      (
        await run(
          await file('nodes.csv', `id,label,kind,activityType,activityDate,heldIn\n${activities.join('\n')}\n`),
          true,
        )
      ).issues,
    ).toEqual([]);
    const kinds = await db.runStatement(
      "MATCH (g:Group) WHERE g.id STARTS WITH 'words-group-' RETURN g.id AS id, g:Network AS network, g:Coalition AS coalition ORDER BY id",
    );
    expect(kinds).toEqual(
      Object.keys(GROUP_KIND_LABELS).map((code, i) => ({
        id: `words-group-${i}`,
        network: code === 'NETWORK',
        coalition: code === 'COALITION',
      })),
    );
    const types = await db.runStatement(
      "MATCH (x:Activity)-[:HELD_IN]->(c) WHERE x.id STARTS WITH 'words-act-' RETURN x.type AS type, c.id AS country ORDER BY x.id",
    );
    expect(types).toEqual(ACTIVITY_TYPES.map((type) => ({ type, country: 'LA' })));
  });

  test('an unknown value is refused with the codes and the labels the page shows', async () => {
    const report = await run(
      await file('actors.csv', 'name,country,sector,level\nUnknown Words,Laos!,Farmers,Global\n'),
    );
    expect(report.issues.map((i) => i.message)).toEqual([
      "country: unknown country 'Laos!' (use KH, LA, MM, VN, TH, REGIONAL, or Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional)",
      `sector: unknown sector 'Farmers' (use ${SECTORS.join(', ')}, or ${SECTORS.map((s) => SECTOR_LABELS[s]).join(', ')})`,
      `level: unknown level 'Global' (use ${LEVELS.join(', ')})`,
    ]);
  });
});

describe('re-importing a known actor', () => {
  interface ActorView {
    name: string;
    acronym: string | null;
    altNames: string[];
    description: string | null;
    website: string | null;
    influence: number;
    level: string;
    sector: string;
    version: number;
    basedIn: { id: string } | null;
  }
  const read = async (id: string): Promise<ActorView> =>
    (
      await gql.ok<{ actor: ActorView }>(
        'query ($id: ID!) { actor(id: $id) { name acronym altNames description website influence level sector version basedIn { id } } }',
        { id },
        ANALYST,
      )
    ).actor;
  const history = async (
    id: string,
  ): Promise<Array<{ id: string; action: string; entityKind: string; before: string | null; after: string | null }>> =>
    (
      await gql.ok<{
        changes: Array<{ id: string; action: string; entityKind: string; before: string | null; after: string | null }>;
      }>('query ($id: ID!) { changes(entityId: $id) { id action entityKind before after } }', { id }, ANALYST)
    ).changes;

  const HEADER = 'id,name,country,operatesIn,acronym,altNames,sector,level,influence,sensitive,description,website';

  test('blank cells keep stored values, the name keeps its case, the version moves, the change is in its history and the dry run lists it', async () => {
    await db.runStatement(
      "MATCH (a:Actor {id: 'kh-cso-a'}) SET a.website = 'https://fvc.example.org', a.altNames = ['សំឡេងព្រៃឈើ']",
    );
    const before = await read('kh-cso-a');
    expect(before).toMatchObject({ name: 'Forest Voices Cambodia', acronym: 'FVC', level: 'NATIONAL', influence: 4 });
    const sheet = await file(
      'actors.csv',
      `${HEADER}\nkh-cso-a,FOREST VOICES CAMBODIA,KH,,,,CIVIL_SOCIETY,LOCAL,,,,\n`,
    );

    const dry = await run(sheet);
    expect(dry.issues).toEqual([]);
    expect(dry.updates).toEqual([
      {
        file: 'actors.csv',
        sheet: null,
        line: 2,
        actorId: 'kh-cso-a',
        name: 'Forest Voices Cambodia',
        fields: ['level'],
      },
    ]);
    expect(dry.updateCount).toBe(1);
    expect(dry.counts).toMatchObject({ actors: 1, newActors: 0 });

    const done = await run(sheet, true);
    expect(done.committed).toBe(true);
    expect(done.updates).toEqual(dry.updates);
    const after = await read('kh-cso-a');
    expect(after).toEqual({ ...before, level: 'LOCAL', version: before.version + 1 });

    const stale = await gql.run(
      'mutation ($v: Int!) { updateActor(id: "kh-cso-a", version: $v, patch: { description: "stale" }) { version } }',
      { v: before.version },
      ANALYST,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const [latest] = await history('kh-cso-a');
    expect(latest).toMatchObject({ action: 'import', entityKind: 'actor' });
    const snapshot = (json: string | null): { actor: { level: string; version: number } } =>
      JSON.parse(json ?? 'null') as { actor: { level: string; version: number } };
    expect(snapshot(latest?.before ?? null).actor).toMatchObject({ level: 'NATIONAL', version: before.version });
    expect(snapshot(latest?.after ?? null).actor).toMatchObject({ level: 'LOCAL', version: before.version + 1 });

    // The same sheet again changes nothing: no update listed, no version, no history.
    const again = await run(sheet, true);
    expect(again.updates).toEqual([]);
    expect(await read('kh-cso-a')).toEqual(after);
    expect((await history('kh-cso-a')).filter((c) => c.action === 'import')).toHaveLength(1);

    // An administrator can undo it like any other change to an actor.
    await gql.ok(
      'mutation ($id: ID!) { undoChange(id: $id) { id } }',
      { id: latest?.id },
      { role: 'admin', userId: 'u-admin', username: 'admin' },
    );
    expect((await read('kh-cso-a')).level).toBe('NATIONAL');
  });

  test('a row whose id names an existing actor may leave even the required cells blank', async () => {
    const before = await read('kh-cso-b');
    const report = await run(
      await file('actors.csv', `${HEADER}\nkh-cso-b,,,,,,,,,,Watches land deals and concessions.,\n`),
      true,
    );
    expect(report.issues).toEqual([]);
    expect(report.updates).toEqual([expect.objectContaining({ actorId: 'kh-cso-b', fields: ['description'] })]);
    expect(await read('kh-cso-b')).toEqual({
      ...before,
      description: 'Watches land deals and concessions.',
      version: before.version + 1,
    });
    // A new actor still needs them.
    const missing = await run(await file('actors.csv', `${HEADER}\nbrand-new,,,,,,,,,,,\n`));
    expect(where(missing)).toEqual([
      [2, 'name'],
      [2, 'country'],
      [2, 'sector'],
      [2, 'level'],
    ]);
  });

  test('a new base country replaces the old one; countries of operation are added; an export re-imported changes nothing', async () => {
    const before = await read('kh-gov');
    const report = await run(
      await file('actors.csv', `${HEADER}\nkh-gov,Provincial Land Office,LA,TH,,,,,,,,\n`),
      true,
    );
    expect(report.updates).toEqual([expect.objectContaining({ actorId: 'kh-gov', fields: ['country', 'operatesIn'] })]);
    const [links] = await db.runStatement(
      "MATCH (a:Actor {id: 'kh-gov'}) RETURN [(a)-[:BASED_IN]->(c) | c.id] AS basedIn, [(a)-[:OPERATES_IN]->(c) | c.id] AS operatesIn",
    );
    expect(links).toEqual({ basedIn: ['LA'], operatesIn: ['TH'] });
    expect((await read('kh-gov')).version).toBe(before.version + 1);

    const zip = join(dir, 'all.zip');
    const out = createWriteStream(zip);
    await exportGraph(db, ANALYST, { format: 'csv' }, out);
    await finished(out).catch(() => undefined);
    const stored = await dataState();
    for (const name of ['nodes.csv', 'edges.csv']) {
      const text = execFileSync('unzip', ['-p', zip, name]).toString('utf8');
      const again = await run(await file(name, text), true);
      expect({ name, issues: again.issues, updates: again.updates, committed: again.committed }).toEqual({
        name,
        issues: [],
        updates: [],
        committed: true,
      });
    }
    // Only the two imports' own records were added.
    expect(await dataState()).toEqual(stored);
  });
});
