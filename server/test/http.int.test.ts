import { neo4jConfigFromEnv, type ServerConfig } from '../src/config';
import { createUser } from '../src/domain/auth/accounts';
import type { Database } from '../src/db/database';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { TcpProxy } from './tcpProxy';
import { freshDatabase } from './testDatabase';

let seeded: Database;

beforeAll(async () => {
  seeded = await freshDatabase(smallGraph);
});

afterAll(async () => {
  await seeded.close();
});

function configFor(uri?: string): ServerConfig {
  const neo4j = neo4jConfigFromEnv('test');
  return { port: 0, host: '127.0.0.1', production: false, neo4j: uri ? { ...neo4j, uri } : neo4j };
}

async function post(server: RunningServer, query: string): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('HTTP server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(configFor());
  });
  afterAll(async () => {
    await server.close();
  });

  test('/healthz reports Neo4j up', async () => {
    const response = await fetch(`${server.url}healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  test('/graphql answers over HTTP with numbers and ISO dates', async () => {
    const { status, body } = await post(server, '{ actor(id: "kh-cso-a") { influence version createdAt interests { priority provenance { recordedAt } } } }');
    expect(status).toBe(200);
    const actor = (body.data as { actor: { influence: unknown; version: unknown; createdAt: string; interests: Array<{ priority: unknown; provenance: { recordedAt: string } }> } }).actor;
    expect(typeof actor.influence).toBe('number');
    expect(typeof actor.version).toBe('number');
    expect(actor.interests[0]?.provenance.recordedAt).toBe('2014-10-20');
    expect(new Date(actor.createdAt).toISOString()).toBe(actor.createdAt);
  });

  test('malformed requests get a 400 with a clear message, never a stack trace', async () => {
    const response = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ actors { nodes { id }' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('when Neo4j goes away', () => {
  test('requests fail fast with DATABASE_UNAVAILABLE, /healthz says so, and the server recovers by itself', async () => {
    const local = neo4jConfigFromEnv('test');
    const targetPort = Number(new URL(local.uri.replace('bolt://', 'http://')).port);
    const proxy = new TcpProxy(targetPort);
    const port = await proxy.start();
    const server = await startServer(configFor(`bolt://127.0.0.1:${port}`));
    try {
      expect((await post(server, '{ countries { id } }')).body.data).toBeTruthy();

      await proxy.cut();
      const started = Date.now();
      // Not the request above: the response cache may repeat that answer until it next checks the data version.
      const down = await post(server, '{ themes { id } }');
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(down.body.errors?.[0]?.message).not.toMatch(/MATCH|bolt:|Neo\./);
      const health = await fetch(`${server.url}healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'degraded', neo4j: 'down' });
      // Past the cache's check interval (1 s by default) a cached answer is not served without its database.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await post(server, '{ countries { id } }')).body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

      await proxy.start(port);
      const back = await post(server, '{ countries { id } }');
      expect(back.body.errors).toBeUndefined();
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await proxy.cut();
    }
  }, 60_000);
});

describe('Neo4j lost in the middle of a write load', () => {
  test('no request hangs, every acknowledged write survives, and the server recovers', async () => {
    await createUser(seeded, 'system', { username: 'loader', role: 'analyst', password: 'correct horse battery' });
    const local = neo4jConfigFromEnv('test');
    const proxy = new TcpProxy(Number(new URL(local.uri.replace('bolt://', 'http://')).port));
    const port = await proxy.start();
    const server = await startServer(configFor(`bolt://127.0.0.1:${port}`));
    const user = new HttpUser(server.url);
    await user.gql('mutation { login(username: "loader", password: "correct horse battery") { id } }');
    const acknowledged: string[] = [];
    const failures: string[] = [];
    try {
      const writer = async (worker: number): Promise<void> => {
        for (let i = 0; i < 15; i += 1) {
          const id = `load-${worker}-${i}`;
          const started = Date.now();
          const result = await user.gql(`mutation { createActor(input: { id: "${id}", name: "Load ${worker} ${i}", sector: MEDIA, level: LOCAL }) { id } }`);
          expect(Date.now() - started).toBeLessThan(25_000);
          if (result.errors) failures.push(String(result.errors[0]?.extensions?.code));
          else acknowledged.push(id);
        }
      };
      const load = Promise.all([0, 1, 2, 3].map(writer));
      await new Promise((r) => setTimeout(r, 300));
      await proxy.cut();
      await new Promise((r) => setTimeout(r, 1_500));
      await proxy.start(port);
      await load;
    } finally {
      await server.close();
      await proxy.cut();
    }
    expect(failures.every((code) => code === 'DATABASE_UNAVAILABLE')).toBe(true);
    const rows = await seeded.runStatement("MATCH (a:Actor) WHERE a.id STARTS WITH 'load-' RETURN collect(a.id) AS ids");
    const stored = new Set((rows[0]?.ids as string[]) ?? []);
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 120_000);
});
