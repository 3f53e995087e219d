import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { createUser } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { HOSTILE_REQUESTS, UNUSUAL_NAMES } from './fixtures/hostile/graphql';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { fingerprint, freshDatabase } from './testDatabase';

/**
 * The hostile corpus against /graphql, as a signed-in analyst (so only the request itself can be wrong) and as an
 * anonymous caller: every answer is a 2xx or 4xx with a JSON body and never an internal error, and the store is
 * exactly as it was. Unusual but valid values (local scripts in both Unicode forms, Cypher-looking text) are
 * accepted and come back as sent, in NFC.
 */
let db: Database;
let server: RunningServer;
let analyst: HttpUser;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  await createUser(db, 'system', { username: 'hostile-analyst', role: 'analyst', password: 'correct horse battery' });
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    production: true,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: true, secureCookies: false },
  });
  analyst = new HttpUser(server.url);
  await analyst.gql('mutation { login(username: "hostile-analyst", password: "correct horse battery") { id } }');
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

async function send(
  entry: (typeof HOSTILE_REQUESTS)[number],
  cookie: string,
): Promise<{ status: number; text: string }> {
  if (entry.name === 'mutation over GET') {
    const url = `${server.url}graphql?query=${encodeURIComponent('mutation { createTheme(input: { name: "Over GET" }) { id } }')}`;
    const response = await fetch(url, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    return { status: response.status, text: await response.text() };
  }
  const headers: Record<string, string> = { cookie };
  if (entry.contentType !== '') headers['content-type'] = entry.contentType ?? 'application/json';
  const response = await fetch(`${server.url}graphql`, { method: 'POST', headers, body: entry.body });
  return { status: response.status, text: await response.text() };
}

type ErrorBody = { errors?: Array<{ extensions?: { code?: string } }> };

function parseJson(text: string): ErrorBody | null {
  try {
    return JSON.parse(text) as ErrorBody;
  } catch {
    return null;
  }
}

describe.each([
  ['a signed-in analyst', () => analyst.cookie],
  ['an anonymous caller', () => ''],
])('as %s', (_who, cookie) => {
  test('every hostile request gets a 2xx or 4xx JSON answer, never an internal error, and writes nothing', async () => {
    const before = await fingerprint(db);
    const bad: string[] = [];
    for (const entry of HOSTILE_REQUESTS) {
      const { status, text } = await send(entry, cookie());
      const body = parseJson(text);
      const codes = (body?.errors ?? []).map((e) => e.extensions?.code);
      if (status >= 500 || status < 200 || !body || codes.includes('INTERNAL_SERVER_ERROR'))
        bad.push(`${entry.name}: ${status} ${text.slice(0, 160)}`);
    }
    expect(bad).toEqual([]);
    expect(await fingerprint(db)).toEqual(before);
  }, 120_000);
});

describe('unusual but valid names', () => {
  test.each(UNUSUAL_NAMES.map((name) => [JSON.stringify(name).slice(0, 40), name] as const))(
    '%s is kept exactly (NFC)',
    async (_label, name) => {
      const created = await analyst.gql<{ createActor: { id: string; name: string } }>(
        'mutation($n: String!) { createActor(input: { name: $n, sector: MEDIA, level: LOCAL }) { id name } }',
        { n: name },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createActor.name).toBe(name.normalize('NFC').trim());
      const read = await analyst.gql<{ actor: { name: string } }>('query($id: ID!) { actor(id: $id) { name } }', {
        id: created.data?.createActor.id,
      });
      expect(read.data?.actor.name).toBe(name.normalize('NFC').trim());
      const found = await analyst.gql<{ actors: { nodes: Array<{ id: string }> } }>(
        'query($t: String!) { actors(filter: { text: $t }) { nodes { id } } }',
        { t: name },
      );
      expect(found.data?.actors.nodes.map((n) => n.id)).toContain(created.data?.createActor.id);
    },
  );
});
