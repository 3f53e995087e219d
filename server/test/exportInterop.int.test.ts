import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { addressFailureWindow, createUser, login } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { ensureNetworkx } from './pythonTools';
import { freshDatabase } from './testDatabase';

/**
 * The GraphML and GEXF exports open in the field's tools as they are: networkx's own read_graphml and
 * read_gexf (not our importer) read the files the HTTP API serves, and find the nodes and edges the GraphQL
 * API gives the same caller.
 */
const READER = join(__dirname, 'interop', 'read_graph.py');
const PASSWORD = 'correct horse battery staple 42';

interface NetworkxView {
  networkx: string;
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  nodeIds: string[];
  /** [source, target, relation, mutual] */
  edgeList: EdgeTuple[];
}

type EdgeTuple = [string, string, string, boolean];

/** One order for both sides, element by element (Python and JavaScript sort strings differently). */
function sortEdges(edges: EdgeTuple[]): EdgeTuple[] {
  const text = (e: EdgeTuple): string[] => [e[0], e[1], e[2], String(e[3])];
  return [...edges].sort((a, b) => {
    const [x, y] = [text(a), text(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
  });
}

interface ApiView {
  nodeIds: string[];
  edgeList: EdgeTuple[];
}

let db: Database;
let server: RunningServer;
let python: string;
let dir: string;
let analystToken: string;

beforeAll(async () => {
  python = ensureNetworkx();
  db = await freshDatabase(smallGraph);
  // Role-dependent links beyond the fixture's sensitive actor: a sensitive actor takes part in an activity,
  // and a visible actor has a sensitive membership and a sensitive participation.
  await db.runStatement(
    "MATCH (d:Actor {id: 'mm-def'}), (x:Activity {id: 'act-visit'}) MERGE (d)-[r:PARTICIPATED_IN]->(x) SET r.role = 'participant', r.source = 'Fixture', r.recordedAt = date('2014-10-21'), r.confidence = 'LOW'",
  );
  await db.runStatement("MATCH (:Actor {id: 'kh-cso-b'})-[r:PARTICIPATED_IN|MEMBER_OF]->() SET r.sensitive = true");
  await createUser(db, 'system', { username: 'interop-analyst', role: 'analyst', password: PASSWORD });
  analystToken = (
    await login(db, { username: 'interop-analyst', password: PASSWORD, address: 'test' }, addressFailureWindow())
  ).sessionSecret;
  server = await startServer({ port: 0, host: '127.0.0.1', production: false, neo4j: neo4jConfigFromEnv('test') });
  dir = await mkdtemp(join(tmpdir(), 'ra-interop-'));
});

afterAll(async () => {
  await server?.close();
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const headers = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

async function download(format: 'graphml' | 'gexf', token?: string): Promise<string> {
  const response = await fetch(`${server.url}api/export?format=${format}`, { headers: headers(token) });
  expect(response.status).toBe(200);
  const path = join(dir, `${token ? 'analyst' : 'anonymous'}.${format}`);
  await writeFile(path, await response.text());
  return path;
}

function readWithNetworkx(path: string): NetworkxView {
  return JSON.parse(execFileSync(python, [READER, path], { encoding: 'utf8' })) as NetworkxView;
}

/**
 * What the GraphQL API gives the same caller. Nodes: every actor it may see (`actors`) and the whole
 * catalogue (`groups`, `themes`, `activities`), as the export is of the whole database. Edges: the
 * `graph` elements with activities and without countries (the export writes countries as node attributes,
 * not nodes), over every actor: memberships, interests, collaborations (once per pair) and participations.
 */
async function apiView(token?: string): Promise<ApiView> {
  const query = `{
    actors(first: 500) { totalCount nodes { id } }
    groups { id } themes { id } activities { id }
    graph(include: { countries: false, activities: true }, limit: 20000) {
      truncated nodes { id entityId } edges { kind source target }
    }
  }`;
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers(token) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    errors?: unknown;
    data: {
      actors: { totalCount: number; nodes: Array<{ id: string }> };
      groups: Array<{ id: string }>;
      themes: Array<{ id: string }>;
      activities: Array<{ id: string }>;
      graph: {
        truncated: boolean;
        nodes: Array<{ id: string; entityId: string }>;
        edges: Array<{ kind: string; source: string; target: string }>;
      };
    };
  };
  expect(body.errors).toBeUndefined();
  const { actors, groups, themes, activities, graph } = body.data;
  expect(actors.nodes).toHaveLength(actors.totalCount);
  expect(graph.truncated).toBe(false);
  const entity = new Map(graph.nodes.map((n) => [n.id, n.entityId]));
  const nodeIds = [...actors.nodes, ...groups, ...themes, ...activities].map((n) => n.id).sort();
  // Every node the graph shows is among them.
  expect(nodeIds).toEqual(expect.arrayContaining([...entity.values()]));
  const edgeList = graph.edges.map((e): EdgeTuple => [
    entity.get(e.source) ?? e.source,
    entity.get(e.target) ?? e.target,
    e.kind,
    e.kind === 'COLLABORATES_WITH',
  ]);
  return { nodeIds, edgeList: sortEdges(edgeList) };
}

describe('GraphML and GEXF exports open in networkx with the API’s nodes and edges', () => {
  test.each([
    ['an anonymous caller', undefined, false],
    ['an analyst', 'analyst', true],
  ] as const)('for %s', async (_who, role, seesSensitive) => {
    const token = role ? analystToken : undefined;
    const api = await apiView(token);
    // The role makes a difference here: the sensitive actor and links are in the analyst's answer only.
    expect(api.nodeIds.includes('mm-def')).toBe(seesSensitive);
    expect(api.edgeList.some(([s, t]) => s === 'kh-cso-b' && t === 'net-forest')).toBe(seesSensitive);
    for (const format of ['graphml', 'gexf'] as const) {
      const nx = readWithNetworkx(await download(format, token));
      expect({ format, directed: nx.directed, multigraph: nx.multigraph }).toEqual({
        format,
        directed: true,
        multigraph: false,
      });
      expect({ format, nodes: nx.nodes, edges: nx.edges }).toEqual({
        format,
        nodes: api.nodeIds.length,
        edges: api.edgeList.length,
      });
      expect([...nx.nodeIds].sort()).toEqual(api.nodeIds);
      // Each collaboration once, in its stored direction, marked mutual; every other link directed and not.
      expect(sortEdges(nx.edgeList)).toEqual(api.edgeList);
    }
  });
});
