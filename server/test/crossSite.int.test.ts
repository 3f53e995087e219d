import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { createUser } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { fingerprint, freshDatabase } from './testDatabase';

/**
 * Another site's page, in the same browser as a signed-in analyst, sends requests to Reform Atlas: the browser
 * adds the analyst's cookie (SameSite=Lax does not stop another port on the same host: same site). Nothing it
 * sends may change anything. The page itself, and scripts, still work.
 */
let db: Database;
let server: RunningServer;
let analyst: HttpUser;
const PARTNER = 'https://partner.example.org';
const EVIL = 'http://127.0.0.1:6666';
const SHEET = 'id,name,description\ncsrf-theme,Planted by another site,\n';

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  await createUser(db, 'system', { username: 'csrf-analyst', role: 'analyst', password: 'correct horse battery' });
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { corsOrigins: [PARTNER] },
  });
  analyst = new HttpUser(server.url);
  await analyst.gql('mutation { login(username: "csrf-analyst", password: "correct horse battery") { id } }');
});

afterAll(async () => {
  await server.close();
  await db.close();
});

async function importAs(headers: Record<string, string>, body = SHEET): Promise<number> {
  const response = await fetch(`${server.url}api/import?filename=themes.csv&commit=true`, {
    method: 'POST',
    headers: { cookie: analyst.cookie, ...headers },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

describe('POST /api/import', () => {
  test.each([
    ['text/plain from a foreign origin', { 'content-type': 'text/plain', origin: EVIL }, 403],
    ['text/plain with no origin', { 'content-type': 'text/plain' }, 400],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL }, 403],
    ['a form post with no origin', { 'content-type': 'application/x-www-form-urlencoded' }, 400],
    ['multipart with no origin', { 'content-type': 'multipart/form-data; boundary=x' }, 400],
    ['no content type', {}, 400],
    ['octet-stream from a foreign origin', { 'content-type': 'application/octet-stream', origin: EVIL }, 403],
    [
      'the preflight header from a foreign origin',
      { 'content-type': 'text/plain', 'apollo-require-preflight': 'true', origin: EVIL },
      403,
    ],
    ['a header that is empty', { 'content-type': 'text/plain', 'apollo-require-preflight': '' }, 400],
  ])('%s is refused and writes nothing', async (_name, headers, status) => {
    const before = await fingerprint(db);
    expect(await importAs(headers)).toBe(status);
    expect(await fingerprint(db)).toEqual(before);
  });

  test("the page's own upload (same origin, its API headers) commits", async () => {
    const status = await importAs({
      'content-type': 'application/octet-stream',
      origin: server.url.replace(/\/$/, ''),
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'apollo-require-preflight': 'true',
    });
    expect(status).toBe(200);
    const [row] = await db.runStatement("MATCH (t:Theme {id: 'csrf-theme'}) RETURN count(t) AS n");
    expect(row?.n).toBe(1);
  });

  test('an allowed partner origin and a script (no origin) may post a real content type', async () => {
    expect(
      await importAs(
        { 'content-type': 'application/octet-stream', origin: PARTNER },
        'id,name\ncsrf-partner,From a partner\n',
      ),
    ).toBe(200);
    expect(await importAs({ 'content-type': 'text/csv' }, 'id,name\ncsrf-script,From a script\n')).toBe(200);
  });
});

describe('POST /graphql', () => {
  const mutation = JSON.stringify({ query: 'mutation { createTheme(input: { name: "Planted theme" }) { id } }' });

  test.each([
    ['JSON from a foreign origin', { 'content-type': 'application/json', origin: EVIL }, 403],
    ['text/plain with no origin', { 'content-type': 'text/plain' }, 400],
  ])('%s is refused and writes nothing', async (_name, headers, status) => {
    const before = await fingerprint(db);
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { cookie: analyst.cookie, ...headers },
      body: mutation,
    });
    expect(response.status).toBe(status);
    expect(await fingerprint(db)).toEqual(before);
  });
});
