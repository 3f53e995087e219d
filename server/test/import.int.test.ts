import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { addressFailureWindow, createUser, login } from '../src/domain/auth/accounts';
import type { Viewer } from '../src/domain/viewer';
import { importFiles, type ImportReport } from '../src/import/importer';
import { TEMPLATE_SHEETS, templateCsv, writeTemplateWorkbook } from '../src/import/template';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };
const FIXTURES = join(__dirname, 'fixtures', 'import');
const valid = (name: string): { path: string } => ({ path: join(FIXTURES, 'valid', name) });

let db: Database;
let dir: string;

/** Everything in the database, counted: the proof that a rejected import wrote nothing. */
async function fingerprint(): Promise<string> {
  const rows = await db.runStatement(
    'MATCH (n) WHERE NOT n:Change WITH count(n) AS nodes, collect(n.id) AS ids MATCH (x)-[r]->() WHERE NOT x:Change RETURN nodes, count(r) AS rels, ids',
  );
  const row = rows[0] ?? {};
  return JSON.stringify({ nodes: row.nodes, rels: row.rels, ids: [...((row.ids as string[]) ?? [])].sort() });
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-import-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('spreadsheet import', () => {
  const expected = async (): Promise<Record<string, string[]>> =>
    JSON.parse(await readFile(join(FIXTURES, 'invalid', 'expected.json'), 'utf8')) as Record<string, string[]>;

  test('every invalid fixture is rejected with its row-level message and nothing is written', async () => {
    const cases = await expected();
    const before = await fingerprint();
    for (const [file, messages] of Object.entries(cases)) {
      const report = await importFiles(db, ANALYST, [{ path: join(FIXTURES, 'invalid', file) }], { dryRun: false });
      const text = report.issues.map((i) => i.message).join('\n');
      for (const message of messages) expect({ file, text }).toEqual({ file, text: expect.stringContaining(message) });
      expect(report.committed).toBe(false);
    }
    expect(await fingerprint()).toBe(before);
  });

  test('a bad row anywhere rejects the whole import, good files included', async () => {
    const before = await fingerprint();
    const report = await importFiles(
      db,
      ANALYST,
      [valid('actors.csv'), { path: join(FIXTURES, 'invalid', 'missing-actor-memberships.csv') }],
      { dryRun: false },
    );
    expect(report.issueCount).toBe(1);
    expect(report.issues[0]).toMatchObject({ file: 'missing-actor-memberships.csv', line: 2, column: 'actor' });
    expect(await fingerprint()).toBe(before);
  });

  test('dry run reports counts and writes nothing; commit writes; re-import changes nothing', async () => {
    const files = ['actors.csv', 'memberships.csv', 'interests.csv', 'collaborations.csv'].map(valid);
    const before = await fingerprint();
    const dry = await importFiles(db, ANALYST, files, { dryRun: true });
    expect(dry.issues).toEqual([]);
    expect(dry.counts).toEqual({
      actors: 2,
      newActors: 2,
      groups: 0,
      themes: 0,
      memberships: 1,
      interests: 1,
      collaborations: 1,
      activities: 0,
      participations: 0,
    });
    expect(await fingerprint()).toBe(before);

    const done = await importFiles(db, ANALYST, files, { dryRun: false });
    expect(done.committed).toBe(true);
    const after = await fingerprint();
    expect(after).not.toBe(before);
    const [actor] = await db.runStatement(
      "MATCH (a:Actor {id: 'kh-new-1'}) RETURN a.name AS name, a.sensitive AS sensitive, a.sector AS sector",
    );
    expect(actor).toEqual({ name: 'សហគមន៍ព្រៃឈើ', sensitive: true, sector: 'COMMUNITY' });
    const [lao] = await db.runStatement(
      "MATCH (a:Actor {name: 'Land Information Working Group'})-[:MEMBER_OF]->(g) RETURN a.description AS d, a.altNames AS alt, g.id AS g",
    );
    expect(lao).toEqual({ d: 'Network of NGOs, "land" issues,\nmultiline', alt: ['ກຸ່ມເຮັດວຽກຂໍ້ມູນທີ່ດິນ'], g: 'net-forest' });

    // Without ids, actors match by normalised name and country: the second run is an update of the same rows.
    const again = await importFiles(db, ANALYST, files, { dryRun: false });
    expect(again.issues).toEqual([]);
    expect(again.counts.newActors).toBe(0);
    expect(await fingerprint()).toBe(after);
    const [changes] = await db.runStatement("MATCH (c:Change {action: 'import'}) RETURN count(c) AS n");
    expect(changes).toEqual({ n: 2 });
  });

  test('an existing actor under a new id is flagged as a likely duplicate', async () => {
    const path = join(dir, 'actors-dup.csv');
    const existing = smallGraph.actors[0];
    if (!existing) throw new Error('fixture has no actors');
    await writeFile(
      path,
      `id,name,country,sector,level\nsomething-new,${existing.name.toUpperCase()},${existing.basedIn},MEDIA,LOCAL\n`,
    );
    const report = await importFiles(db, ANALYST, [{ path }], { dryRun: true });
    expect(report.issues[0]?.message).toBe(
      `name: likely duplicate of existing actor '${existing.id}' (same name and country); use id '${existing.id}' to update it, or change the name`,
    );
  });

  test('the generated template (XLSX and CSV) imports cleanly, and its XLSX is read as a stream', async () => {
    const xlsx = join(dir, 'template.xlsx');
    await writeTemplateWorkbook(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['README', ...TEMPLATE_SHEETS]);
    const progress: number[] = [];
    const report = await importFiles(db, ANALYST, [{ path: xlsx }], {
      dryRun: true,
      onProgress: (p) => 'bytes' in p && progress.push(p.bytes),
    });
    expect(report.issues).toEqual([]);
    expect(report.counts).toMatchObject({
      actors: 2,
      groups: 1,
      themes: 1,
      memberships: 1,
      interests: 1,
      collaborations: 1,
      activities: 1,
      participations: 2,
    });
    expect(progress.length).toBeGreaterThan(0);
    for (const kind of TEMPLATE_SHEETS) await writeFile(join(dir, `${kind}.csv`), templateCsv(kind));
    const csv = await importFiles(
      db,
      ANALYST,
      TEMPLATE_SHEETS.map((k) => ({ path: join(dir, `${k}.csv`) })),
      { dryRun: true },
    );
    expect(csv.issues).toEqual([]);
  });
});

describe('importing over sensitive actors and links', () => {
  const VIEWER: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'viewer' };
  const DEFENDERS = 'mm-def,Land Defenders Collective,MM,COMMUNITY,LOCAL';
  let gql: GraphqlHarness;
  beforeAll(async () => {
    gql = await GraphqlHarness.create(db);
  });
  afterAll(async () => {
    await gql.stop();
  });

  /** Writes a CSV, imports it for real and expects a clean commit. */
  const commitCsv = async (name: string, text: string): Promise<void> => {
    const path = join(dir, name);
    await writeFile(path, text);
    const report = await importFiles(db, ANALYST, [{ path }], { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
  };
  const flag = async (id: string): Promise<unknown> =>
    (await db.runStatement('MATCH (a:Actor {id: $id}) RETURN a.sensitive AS s', { id }))[0]?.s;
  const membershipFlag = async (): Promise<unknown> =>
    (
      await db.runStatement(
        "MATCH (:Actor {id: 'kh-cso-a'})-[r:MEMBER_OF]->(:Group {id: 'net-forest'}) RETURN r.sensitive AS s",
      )
    )[0]?.s;
  /** What a viewer gets for the actor: in the list, by text search, and by id. */
  const viewerSees = async (): Promise<{ listed: boolean; found: boolean; byId: string }> => {
    const list = await gql.ok<{ all: { nodes: Array<{ id: string }> }; found: { totalCount: number } }>(
      '{ all: actors(first: 500) { nodes { id } } found: actors(filter: { text: "land defenders" }) { totalCount } }',
      {},
      VIEWER,
    );
    const one = await gql.run<{ actor: { id: string } }>('{ actor(id: "mm-def") { id } }', {}, VIEWER);
    return {
      listed: list.all.nodes.some((n) => n.id === 'mm-def'),
      found: list.found.totalCount > 0,
      byId: one.errors?.[0]?.extensions?.code ?? one.data?.actor.id ?? '',
    };
  };
  const HIDDEN = { listed: false, found: false, byId: 'NOT_FOUND' };

  test('viewers cannot import at all, so they cannot touch sensitive actors', async () => {
    await expect(importFiles(db, VIEWER, [valid('actors.csv')], { dryRun: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  test('a sheet without the sensitive column, or with a blank cell, keeps an actor sensitive; an explicit no un-flags it', async () => {
    expect(await flag('mm-def')).toBe(true);
    expect(await viewerSees()).toEqual(HIDDEN);

    await commitCsv(
      'actors-no-sensitive-column.csv',
      `id,name,country,sector,level,description\n${DEFENDERS},Updated without the column\n`,
    );
    const [row] = await db.runStatement("MATCH (a:Actor {id: 'mm-def'}) RETURN a.description AS d, a.sensitive AS s");
    expect(row).toEqual({ d: 'Updated without the column', s: true }); // the row was applied, the flag kept
    expect(await viewerSees()).toEqual(HIDDEN);

    // A blank cell keeps the flag of an existing actor; a new actor with a blank cell is not sensitive.
    await commitCsv(
      'actors-blank-sensitive.csv',
      `id,name,country,sector,level,sensitive\n${DEFENDERS},\nmm-blank-new,Blank Cell Newcomers,MM,MEDIA,LOCAL,\n`,
    );
    expect(await flag('mm-def')).toBe(true);
    expect(await flag('mm-blank-new')).toBe(false);
    expect(await viewerSees()).toEqual(HIDDEN);
    expect((await gql.ok<{ actor: { id: string } }>('{ actor(id: "mm-blank-new") { id } }', {}, VIEWER)).actor.id).toBe(
      'mm-blank-new',
    );

    await commitCsv('actors-explicit-no.csv', `id,name,country,sector,level,sensitive\n${DEFENDERS},no\n`);
    expect(await flag('mm-def')).toBe(false);
    expect(await viewerSees()).toEqual({ listed: true, found: true, byId: 'mm-def' });

    await commitCsv('actors-explicit-yes.csv', `id,name,country,sector,level,sensitive\n${DEFENDERS},yes\n`);
    expect(await flag('mm-def')).toBe(true);
    expect(await viewerSees()).toEqual(HIDDEN);
  });

  test('a membership sheet (no sensitive column) or an edges file with a blank cell keeps a link sensitive; an explicit no un-flags it', async () => {
    const viewerMemberships = async (): Promise<string[]> =>
      (
        await gql.ok<{ actor: { memberships: Array<{ group: { id: string } }> } }>(
          '{ actor(id: "kh-cso-a") { memberships { group { id } } } }',
          {},
          VIEWER,
        )
      ).actor.memberships.map((m) => m.group.id);
    await db.runStatement(
      "MATCH (:Actor {id: 'kh-cso-a'})-[r:MEMBER_OF]->(:Group {id: 'net-forest'}) SET r.sensitive = true",
    );
    expect(await viewerMemberships()).toEqual([]);

    await commitCsv('memberships-update.csv', 'actor,group,role,since\nkh-cso-a,net-forest,secretariat,2011\n');
    expect(await membershipFlag()).toBe(true);
    await commitCsv(
      'edges-blank-sensitive.csv',
      'source,target,relation,role,sensitive\nkh-cso-a,net-forest,MEMBER_OF,secretariat,\n',
    );
    expect(await membershipFlag()).toBe(true);
    expect(await viewerMemberships()).toEqual([]);

    await commitCsv(
      'edges-explicit-no.csv',
      'source,target,relation,role,sensitive\nkh-cso-a,net-forest,MEMBER_OF,secretariat,no\n',
    );
    expect(await membershipFlag()).toBe(false);
    expect(await viewerMemberships()).toEqual(['net-forest']);
  });
});

describe('POST /api/import and GET /api/export', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', production: false, neo4j: neo4jConfigFromEnv('test') });
  });
  afterAll(async () => {
    await server.close();
  });

  test('anonymous callers get 401 on import; export works per the anonymous-read setting', async () => {
    const body = await readFile(join(FIXTURES, 'valid', 'actors.csv'));
    const response = await fetch(`${server.url}api/import?filename=actors.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });
    expect(response.status).toBe(401);
    const exported = await fetch(`${server.url}api/export?format=graphml`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?reform-atlas-all-\d{4}-\d{2}-\d{2}\.graphml"?$/,
    );
    const text = await exported.text();
    for (const a of smallGraph.actors.filter((x) => x.sensitive)) expect(text).not.toContain(a.id);
    const bad = await fetch(`${server.url}api/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(
      /^format: must be one of graphml, gexf, cyjs, csv/,
    );
  });

  test('CSV export neutralises formula payloads', async () => {
    await db.runStatement(
      "MATCH (a:Actor {id: 'kh-cso-a'}) SET a.description = '=HYPERLINK(\"http://evil\")', a.acronym = '@SUM(1)'",
    );
    const zip = await fetch(`${server.url}api/export?format=csv`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const path = join(dir, 'export.zip');
    await writeFile(path, Buffer.from(await zip.arrayBuffer()));
    const nodes = execFileSync('unzip', ['-p', path, 'nodes.csv']).toString('utf8');
    expect(nodes).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(nodes).toContain("'@SUM(1)");
    expect(nodes).not.toMatch(/,=HYPERLINK/);
  });

  test('the page upload shares the CLI code path: viewers 403, analysts get a dry run, 422 with row reasons, then a commit', async () => {
    const PASSWORD = 'correct horse battery staple 42';
    await createUser(db, 'system', { username: 'up-viewer', role: 'viewer', password: PASSWORD });
    await createUser(db, 'system', { username: 'up-analyst', role: 'analyst', password: PASSWORD });
    const viewer = await login(
      db,
      { username: 'up-viewer', password: PASSWORD, address: 'test' },
      addressFailureWindow(),
    );
    const analyst = await login(
      db,
      { username: 'up-analyst', password: PASSWORD, address: 'test' },
      addressFailureWindow(),
    );
    expect(
      (await uploadAs(server, 'actors.csv', join(FIXTURES, 'valid', 'actors.csv'), viewer.sessionSecret)).status,
    ).toBe(403);

    const before = await fingerprint();
    const rejected = await uploadAs(
      server,
      'memberships-missing-actor.csv',
      join(FIXTURES, 'invalid', 'missing-actor-memberships.csv'),
      analyst.sessionSecret,
      true,
    );
    expect(rejected.status).toBe(422);
    expect(rejected.body?.issues[0]).toMatchObject({
      line: 2,
      column: 'actor',
      message: "actor: actor 'no-such-actor' does not exist in this import or the database",
    });
    expect(await fingerprint()).toBe(before);

    const path = join(dir, 'themes-upload.csv');
    await writeFile(path, 'id,name,description\nland-titling,Land titling,Formal titles\n');
    const dry = await uploadAs(server, 'themes.csv', path, analyst.sessionSecret);
    expect(dry).toMatchObject({ status: 200, body: { dryRun: true, committed: false, counts: { themes: 1 } } });
    expect(await fingerprint()).toBe(before);
    const committed = await uploadAs(server, 'themes.csv', path, analyst.sessionSecret, true);
    expect(committed).toMatchObject({ status: 200, body: { committed: true } });
    expect(await fingerprint()).not.toBe(before);
  });
});

async function uploadAs(
  server: RunningServer,
  filename: string,
  path: string,
  secret?: string,
  commit = false,
): Promise<{ status: number; body?: ImportReport }> {
  const response = await fetch(
    `${server.url}api/import?filename=${encodeURIComponent(filename)}${commit ? '&commit=true' : ''}`,
    {
      method: 'POST',
      // As the page sends it: a content type no browser sends cross-site without a preflight, and no Origin.
      headers: { 'content-type': 'application/octet-stream', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: await readFile(path),
    },
  );
  const json = (await response.json()) as ImportReport | { errors: unknown[] };
  return { status: response.status, body: 'issues' in json ? json : undefined };
}
