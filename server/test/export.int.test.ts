import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import { wipe } from '../src/domain/seeding';
import type { Viewer } from '../src/domain/viewer';
import { exportGraph } from '../src/export/exportGraph';
import type { ExportFormat } from '../src/export/formats';
import { importFiles } from '../src/import/importer';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

const ADMIN: Viewer = { role: 'admin', userId: 'u-admin', username: 'admin' };
const VIEWER: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'viewer' };
const SCHEMA = join(__dirname, 'fixtures', 'import', 'graphml', 'graphml.xsd');

let db: Database;
let dir: string;

async function exportTo(format: ExportFormat, viewer: Viewer, file: string, actorIds?: string[]): Promise<string> {
  const path = join(dir, file);
  await exportGraph(db, viewer, { format, actorIds }, createWriteStream(path));
  return path;
}

type Element = { data: Record<string, unknown> & { id: string } };

/** The graph as an order-independent description, via the Cytoscape JSON export. */
async function snapshot(
  name: string,
  viewer: Viewer = ADMIN,
  actorIds?: string[],
): Promise<{ nodes: Element[]; edges: Element[] }> {
  const json = JSON.parse(await readFile(await exportTo('cyjs', viewer, `${name}.cyjs`, actorIds), 'utf8')) as {
    elements: { nodes: Element[]; edges: Element[] };
  };
  const byId = (a: Element, b: Element): number => a.data.id.localeCompare(b.data.id);
  return { nodes: json.elements.nodes.sort(byId), edges: json.elements.edges.sort(byId) };
}

async function emptyDatabase(): Promise<void> {
  await wipe(db);
  await db.applySchema();
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-export-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('data export', () => {
  test('GraphML is valid against the GraphML schema (xmllint --schema) and typed', async () => {
    const path = await exportTo('graphml', ADMIN, 'all.graphml');
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, path], { stdio: 'pipe' });
    const xml = await readFile(path, 'utf8');
    expect(xml).toContain('<key id="n_influence" for="node" attr.name="influence" attr.type="int"/>');
    expect(xml).toContain('<key id="n_sensitive" for="node" attr.name="sensitive" attr.type="boolean"/>');
    expect((xml.match(/<node /g) ?? []).length).toBe(
      smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length + smallGraph.activities.length,
    );
  });

  test('the GEXF export is well-formed XML with every node', async () => {
    const path = await exportTo('gexf', ADMIN, 'all.gexf');
    execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
    expect((await readFile(path, 'utf8')).match(/<node /g)?.length).toBe(
      smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length + smallGraph.activities.length,
    );
  });

  test('sensitive actors and their links reach only callers allowed to see them', async () => {
    const sensitive = smallGraph.actors.filter((a) => a.sensitive).map((a) => a.id);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const format of ['graphml', 'cyjs'] as const) {
      const asViewer = await readFile(await exportTo(format, VIEWER, `viewer.${format}`), 'utf8');
      const asAdmin = await readFile(await exportTo(format, ADMIN, `admin.${format}`), 'utf8');
      for (const id of sensitive) {
        expect(asViewer).not.toContain(id);
        expect(asAdmin).toContain(id);
      }
    }
  });

  test('a view export holds only the listed actors and what they link to', async () => {
    const json = JSON.parse(await readFile(await exportTo('cyjs', ADMIN, 'view.cyjs', ['kh-cso-a']), 'utf8')) as {
      elements: { nodes: Array<{ data: { id: string; kind: string } }>; edges: Array<{ data: { source: string } }> };
    };
    expect(json.elements.nodes.filter((n) => n.data.kind === 'ACTOR').map((n) => n.data.id)).toEqual(['kh-cso-a']);
    expect(json.elements.edges.every((e) => e.data.source === 'kh-cso-a')).toBe(true);
  });

  test('learning activities and who took part are exported; sensitive participants and links only to analysts and admins', async () => {
    // A sensitive actor takes part, another participation and a membership are sensitive links.
    await db.runStatement(
      "MATCH (d:Actor {id: 'mm-def'}), (x:Activity {id: 'act-visit'}) MERGE (d)-[r:PARTICIPATED_IN]->(x) SET r.role = 'participant', r.source = 'Fixture', r.recordedAt = date('2014-10-21'), r.confidence = 'LOW'",
    );
    await db.runStatement("MATCH (:Actor {id: 'kh-cso-b'})-[r:PARTICIPATED_IN|MEMBER_OF]->() SET r.sensitive = true");
    const admin = await snapshot('activities-admin');
    expect(admin.nodes.find((n) => n.data.id === 'act-visit')?.data).toMatchObject({
      kind: 'ACTIVITY',
      label: 'Learning visit on community forestry',
      activityType: 'LEARNING_VISIT',
      activityDate: '2015-03-10',
      heldIn: 'KH',
      themes: ['community-forestry'],
      description: 'Visit to community forests.',
    });
    const participants = (s: { edges: Element[] }): Array<[unknown, unknown]> =>
      s.edges.filter((e) => e.data.relation === 'PARTICIPATED_IN').map((e) => [e.data.source, e.data.role]);
    expect(participants(admin)).toEqual([
      ['kh-cso-a', 'host'],
      ['kh-cso-b', 'participant'],
      ['mm-def', 'participant'],
    ]);
    expect(admin.edges.find((e) => e.data.id === 'MEMBER_OF:kh-cso-b:net-forest')?.data.sensitive).toBe(true);

    const viewer = await snapshot('activities-viewer', VIEWER);
    expect(viewer.nodes.some((n) => n.data.id === 'act-visit')).toBe(true);
    expect(participants(viewer)).toEqual([['kh-cso-a', 'host']]);
    expect(viewer.edges.some((e) => e.data.source === 'kh-cso-b' && e.data.relation !== 'INTERESTED_IN')).toBe(false);
    // A view export takes the activities its visible actors took part in through a link the caller may see.
    expect((await snapshot('activities-view', VIEWER, ['kh-cso-b'])).nodes.map((n) => n.data.id)).toEqual([
      'community-forestry',
      'kh-cso-b',
    ]);
    expect((await snapshot('activities-view', ADMIN, ['kh-cso-b'])).nodes.map((n) => n.data.id)).toEqual([
      'act-visit',
      'community-forestry',
      'kh-cso-b',
      'net-forest',
    ]);
  });

  test('round trip: CSV (zipped nodes and edges) into an empty database gives the same graph', async () => {
    const before = await snapshot('before-csv');
    const zip = await exportTo('csv', ADMIN, 'all.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'csv')]);
    const nodesCsv = await readFile(join(dir, 'csv', 'nodes.csv'), 'utf8');
    expect(nodesCsv.startsWith('\uFEFFId,Label,kind')).toBe(true);
    await emptyDatabase();
    const report = await importFiles(
      db,
      ADMIN,
      [{ path: join(dir, 'csv', 'nodes.csv') }, { path: join(dir, 'csv', 'edges.csv') }],
      { dryRun: false },
    );
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
    expect(await snapshot('after-csv')).toEqual(before);
  });

  test.each([
    ['Cytoscape JSON', 'cyjs'],
    ['GraphML', 'graphml'],
    ['GEXF', 'gexf'],
  ] as const)('round trip: %s into an empty database gives the same graph', async (_name, format) => {
    const before = await snapshot(`before-${format}`);
    expect(before.nodes.some((n) => n.data.kind === 'ACTIVITY')).toBe(true);
    const path = await exportTo(format, ADMIN, `round.${format}`);
    await emptyDatabase();
    const report = await importFiles(db, ADMIN, [{ path }], { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.counts).toMatchObject({ activities: 1, participations: 3 });
    expect(await snapshot(`after-${format}`)).toEqual(before);
    // Importing the same file again changes nothing.
    expect((await importFiles(db, ADMIN, [{ path }], { dryRun: false })).counts.newActors).toBe(0);
    expect(await snapshot(`again-${format}`)).toEqual(before);
  });

  test('a .graphml that is not XML, or XML that is not GraphML, is refused with a clear message and nothing is written', async () => {
    const zip = await exportTo('csv', ADMIN, 'refused.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'refused')]);
    const csvText = join(dir, 'nodes-as.graphml');
    await copyFile(join(dir, 'refused', 'nodes.csv'), csvText);
    const gexf = await exportTo('gexf', ADMIN, 'gexf-as.graphml.tmp');
    await copyFile(gexf, join(dir, 'gexf-as.graphml'));
    const before = await fingerprint(db);
    const cases: Array<[string, string]> = [
      ['nodes-as.graphml', 'nodes-as.graphml: is not a GraphML file: it is not XML (text data outside of root node)'],
      [
        'gexf-as.graphml',
        'gexf-as.graphml: is XML but not GraphML: its root element is <gexf>, where a GraphML file has <graphml>',
      ],
    ];
    for (const [file, message] of cases) {
      const report = await importFiles(db, ADMIN, [{ path: join(dir, file) }], { dryRun: false });
      expect(report).toMatchObject({
        committed: false,
        issueCount: 1,
        issues: [{ file, sheet: null, line: null, message }],
      });
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  test('a bad row in GraphML or GEXF is reported at the line of its element', async () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const path = await exportTo(format, ADMIN, `bad-row.${format}`);
      const lines = (await readFile(path, 'utf8')).split('\n');
      const at = lines.findIndex((l) => l.startsWith('<node id="kh-cso-c"'));
      lines[at] = (lines[at] ?? '').replace(/KH(?=<\/data>|")/, 'XX');
      await writeFile(path, lines.join('\n'));
      const report = await importFiles(db, ADMIN, [{ path }], { dryRun: true });
      expect(report.issues).toEqual([
        {
          file: `bad-row.${format}`,
          sheet: 'nodes',
          line: at + 1,
          column: 'basedIn',
          message:
            "basedIn: unknown country 'XX' (use KH, LA, MM, VN, TH, REGIONAL, or Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional)",
        },
      ]);
    }
  });
});
