import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { exportGraph } from '../src/export/exportGraph';
import type { ExportFormat } from '../src/export/formats';
import { importFiles } from '../src/import/importer';
import { wipe } from '../src/domain/seeding';
import { smallGraph } from './fixtures/smallGraph';
import { freshDatabase } from './testDatabase';

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

/** The graph as an order-independent description, via the Cytoscape JSON export. */
async function snapshot(name: string): Promise<{ nodes: unknown[]; edges: unknown[] }> {
  const json = JSON.parse(await readFile(await exportTo('cyjs', ADMIN, `${name}.cyjs`), 'utf8')) as {
    elements: { nodes: Array<{ data: { id: string } }>; edges: Array<{ data: { id: string } }> };
  };
  const byId = (a: { data: { id: string } }, b: { data: { id: string } }): number => a.data.id.localeCompare(b.data.id);
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
    expect((xml.match(/<node /g) ?? []).length).toBe(smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length);
  });

  test('the GEXF export is well-formed XML with every node', async () => {
    const path = await exportTo('gexf', ADMIN, 'all.gexf');
    execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
    expect((await readFile(path, 'utf8')).match(/<node /g)?.length).toBe(smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length);
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

  test('round trip: CSV (zipped nodes and edges) into an empty database gives the same graph', async () => {
    const before = await snapshot('before-csv');
    const zip = await exportTo('csv', ADMIN, 'all.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'csv')]);
    const nodesCsv = await readFile(join(dir, 'csv', 'nodes.csv'), 'utf8');
    expect(nodesCsv.startsWith('\uFEFFId,Label,kind')).toBe(true);
    await emptyDatabase();
    const report = await importFiles(db, ADMIN, [{ path: join(dir, 'csv', 'nodes.csv') }, { path: join(dir, 'csv', 'edges.csv') }], { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
    expect(await snapshot('after-csv')).toEqual(before);
  });

  test('round trip: Cytoscape JSON into an empty database gives the same graph', async () => {
    const before = await snapshot('before-cyjs');
    const path = await exportTo('cyjs', ADMIN, 'round.cyjs');
    await emptyDatabase();
    const report = await importFiles(db, ADMIN, [{ path }], { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(await snapshot('after-cyjs')).toEqual(before);
  });
});
