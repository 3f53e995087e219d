/**
 * Network measures in the data export (`measures=true`): each actor's degree, weighted degree, betweenness,
 * closeness, PageRank and community as typed attributes in CSV, GraphML (valid against the schema) and GEXF, equal
 * to what the metrics API gives the same caller; networkx reads them back as numbers; a viewer's file holds nothing
 * computed over the sensitive actor, and an export without the flag is unchanged.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import { networkMetrics } from '../src/domain/metrics/service';
import type { Viewer } from '../src/domain/viewer';
import { exportGraph } from '../src/export/exportGraph';
import type { ExportFormat } from '../src/export/formats';
import { smallGraph } from './fixtures/smallGraph';
import { ensureNetworkx } from './pythonTools';
import { freshDatabase } from './testDatabase';

const VIEWER: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'viewer' };
const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };
const SCHEMA = join(__dirname, 'fixtures', 'import', 'graphml', 'graphml.xsd');
const READ_MEASURES = `
import json, sys, networkx as nx
path = sys.argv[1]
g = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
print(json.dumps({n: [d.get('betweenness'), d.get('degree'), d.get('community')] for n, d in g.nodes(data=True) if d.get('kind') == 'ACTOR'}))
`;

let db: Database;
let dir: string;

async function exportTo(format: ExportFormat, viewer: Viewer, file: string, measures = true): Promise<string> {
  const path = join(dir, file);
  await exportGraph(db, viewer, { format, measures }, createWriteStream(path));
  return path;
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-metrics-export-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

test('GraphML: typed measure keys, valid against the schema, values as the API gives them; networkx reads numbers', async () => {
  const path = await exportTo('graphml', VIEWER, 'viewer.graphml');
  execFileSync('xmllint', ['--noout', '--schema', SCHEMA, path], { stdio: 'pipe' });
  const xml = await readFile(path, 'utf8');
  expect(xml).toContain('<key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
  expect(xml).toContain('<key id="n_degree" for="node" attr.name="degree" attr.type="int"/>');
  expect(xml).not.toContain('mm-def');
  const api = await networkMetrics(db, VIEWER, {});
  const python = ensureNetworkx(() => undefined);
  const script = join(dir, 'read_measures.py');
  await writeFile(script, READ_MEASURES);
  const read = JSON.parse(execFileSync(python, [script, path], { encoding: 'utf8' })) as Record<
    string,
    [number, number, number]
  >;
  expect(Object.keys(read).sort()).toEqual(api.actors.map((a) => a.id).sort());
  for (const actor of api.actors) {
    const [betweenness, degree, community] = read[actor.id] ?? [];
    expect(typeof betweenness).toBe('number');
    expect(betweenness).toBeCloseTo(actor.betweenness, 12);
    expect(degree).toBe(actor.degree);
    expect(community).toBe(actor.community + 1);
  }
});

test('GEXF: double and integer attributes networkx reads back', async () => {
  const path = await exportTo('gexf', ANALYST, 'analyst.gexf');
  execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
  const xml = await readFile(path, 'utf8');
  expect(xml).toContain('<attribute id="betweenness" title="betweenness" type="double"/>');
  const api = await networkMetrics(db, ANALYST, {});
  const script = join(dir, 'read_measures.py');
  await writeFile(script, READ_MEASURES);
  const read = JSON.parse(
    execFileSync(
      ensureNetworkx(() => undefined),
      [script, path],
      { encoding: 'utf8' },
    ),
  ) as Record<string, [number, number, number]>;
  // The analyst's measures count the sensitive actor: mm-def is the bridge between vn-farm and la-res.
  expect(read['mm-def']?.[0]).toBeCloseTo(api.actors.find((a) => a.id === 'mm-def')?.betweenness ?? -1, 12);
  expect(read['mm-def']?.[0]).toBeGreaterThan(0);
});

test('CSV: the measure columns after the node columns, empty for groups and themes', async () => {
  const path = await exportTo('csv', VIEWER, 'viewer.zip');
  const list = execFileSync('unzip', ['-p', path, 'nodes.csv'], { encoding: 'utf8' }).replace(/^\uFEFF/, '');
  const [header, ...rows] = list.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  expect(columns.slice(-6)).toEqual(['degree', 'weightedDegree', 'betweenness', 'closeness', 'pagerank', 'community']);
  const api = new Map((await networkMetrics(db, VIEWER, {})).actors.map((a) => [a.id, a]));
  // The measures are the last six cells (numbers, never quoted); earlier cells may hold quoted commas.
  const cso = rows
    .find((r) => r.startsWith('kh-cso-c,'))
    ?.split(',')
    .slice(-6);
  expect(Number(cso?.[0])).toBe(api.get('kh-cso-c')?.degree);
  expect(Number(cso?.[2])).toBeCloseTo(api.get('kh-cso-c')?.betweenness ?? -1, 12);
  expect(Number(cso?.[2])).toBeGreaterThan(0);
  const group = rows.find((r) => r.startsWith('net-forest,'))?.split(',');
  expect(group?.slice(-6)).toEqual(['', '', '', '', '', '']);
});

test('without measures=true the export is as before', async () => {
  const xml = await readFile(await exportTo('graphml', VIEWER, 'plain.graphml', false), 'utf8');
  expect(xml).not.toContain('betweenness');
});
