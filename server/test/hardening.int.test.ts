import { serverAudits } from 'graphql-http';

import { API_HEADERS } from '../../client/src/data/apiHeaders';
import { neo4jConfigFromEnv } from '../src/config';
import type { Database } from '../src/db/database';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { freshDatabase } from './testDatabase';

let db: Database;
let dev: RunningServer;
let prod: RunningServer;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  const base = { port: 0, host: '127.0.0.1', neo4j: neo4jConfigFromEnv('test') };
  dev = await startServer({
    ...base,
    production: false,
    security: { anonymousRead: true, corsOrigins: ['https://partner.example.org'] },
  });
  prod = await startServer({ ...base, production: true, security: { anonymousRead: true, secureCookies: false } });
}, 60_000);

afterAll(async () => {
  await dev.close();
  await prod.close();
  await db.close();
});

/**
 * The audits' requests, with the headers the page adds to its own. Accept is left to each audit: what it
 * tests is how the server answers each Accept, a missing one included.
 */
function withPageHeaders(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(API_HEADERS))
    if (name !== 'accept' && !headers.has(name)) headers.set(name, value);
  return fetch(input, { ...init, headers });
}

describe.each([
  ['development', () => dev],
  ['production', () => prod],
])('GraphQL over HTTP (%s)', (_mode, server) => {
  test("passes every audit of the graphql-http suite, MUST and SHOULD alike, with the page's headers", async () => {
    const audits = serverAudits({ url: `${server().url}graphql`, fetchFn: withPageHeaders });
    expect(audits.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error' || result.status === 'warn')
        problems.push(`${result.status} ${audit.name}: ${result.reason}`);
    }
    expect(problems).toEqual([]);
  });
});

/** A raw POST to /graphql; accept as given (none by default, as curl or a script sends). */
async function postRaw(
  server: RunningServer,
  body: string,
  accept?: string,
): Promise<{ status: number; code: string | undefined; message: string }> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body,
  });
  const json = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return {
    status: response.status,
    code: json.errors?.[0]?.extensions?.code,
    message: json.errors?.[0]?.message ?? '',
  };
}

const aliases = (n: number, field: string): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('client errors are 4xx with a code, never 500', () => {
  test.each([
    ['an unbalanced quote', '{ actors(filter: { text: "abc }) { totalCount } }', 'GRAPHQL_PARSE_FAILED'],
    ['an unclosed brace', '{ actors { nodes { id }', 'GRAPHQL_PARSE_FAILED'],
    ['2,000 aliases (the token limit)', aliases(2_000, '__typename'), 'GRAPHQL_PARSE_FAILED'],
    ['500 directives', `{ countries ${'@include(if: true) '.repeat(500)}{ id } }`, 'GRAPHQL_PARSE_FAILED'],
    ['600 __typename aliases (the alias limit)', aliases(600, '__typename'), 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown field', '{ actorz { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s', async (_name, query, code) => {
    const body = JSON.stringify({ query });
    for (const accept of [undefined, '*/*', 'application/graphql-response+json']) {
      expect(await postRaw(dev, body, accept)).toMatchObject({ status: 400, code });
    }
    // A client that asks for legacy JSON by name reads errors from the body: the spec answers it 200.
    expect(await postRaw(dev, body, 'application/json')).toMatchObject({ status: 200, code });
  });

  test('__typename aliases count toward the alias limit', async () => {
    expect(await postRaw(dev, JSON.stringify({ query: aliases(15, '__typename') }))).toMatchObject({
      status: 200,
      code: undefined,
    });
    expect((await postRaw(dev, JSON.stringify({ query: aliases(16, '__typename') }))).message).toMatch(
      /Aliases limit of 15/,
    );
  });

  test('a misspelt enum value in variables is a 400 BAD_USER_INPUT', async () => {
    const body = JSON.stringify({
      query: 'query($s: [Sector!]) { actors(filter: { sectors: $s }) { totalCount } }',
      variables: { s: ['CIVIL_SOCIETI'] },
    });
    expect(await postRaw(dev, body)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });
});

describe('limits', () => {
  const user = () => new HttpUser(dev.url);

  test('deep queries are refused', async () => {
    const deep = `{ actors { nodes { ${'collaborators { actor { '.repeat(7)}id${' } }'.repeat(7)} } } }`;
    const result = await user().gql(deep);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  test('alias floods are refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: countries { id }`).join(' ');
    const result = await user().gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  test('batched requests are refused', async () => {
    const response = await fetch(`${dev.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ countries { id } }' }, { query: '{ themes { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  test('bodies over 1 MB are refused with 413', async () => {
    const response = await fetch(`${dev.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ countries { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/node_modules|at .*\.js/);
  });
});

describe('browser protections', () => {
  test('CSRF: a GET without a preflight-forcing header is refused', async () => {
    const response = await fetch(`${dev.url}graphql?query=${encodeURIComponent('{ countries { id } }')}`);
    expect(response.status).toBe(400);
  });

  test('security headers on the page and the API', async () => {
    const response = await fetch(dev.url);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('CORS only for configured origins', async () => {
    const allowed = await fetch(`${dev.url}graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    const other = await fetch(`${dev.url}graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production mode', () => {
  test('whole-schema introspection is off; a single type may be looked up (the GraphQL-over-HTTP audits do)', async () => {
    const result = await new HttpUser(prod.url).gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await new HttpUser(prod.url).gql('{ __type(name: "Actor") { name } }')).data).toEqual({
      __type: { name: 'Actor' },
    });
    expect((await new HttpUser(dev.url).gql('{ __schema { queryType { name } } }')).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  test.each([
    ['a misspelt field', '{ actorz { totalCount } }', {}, '"actors"'],
    ['a misspelt argument', '{ actors(filtr: {}) { totalCount } }', {}, '"filter"'],
    [
      'a misspelt enum value, inline',
      '{ actors(filter: { sectors: [CIVIL_SOCIETI] }) { totalCount } }',
      {},
      'CIVIL_SOCIETY',
    ],
    [
      'a misspelt enum value, in variables',
      'query($s: [Sector!]) { actors(filter: { sectors: $s }) { totalCount } }',
      { s: ['CIVIL_SOCIETI'] },
      'CIVIL_SOCIETY',
    ],
    [
      'a misspelt input field, in variables',
      'query($f: ActorFilter) { actors(filter: $f) { totalCount } }',
      { f: { sector: ['GOVERNMENT'] } },
      '"sectors"',
    ],
    ['a misspelt type', 'query($f: ActorFiltr) { actors(filter: $f) { totalCount } }', {}, 'ActorFilter'],
  ])('%s: no suggestion in production (there is one in development)', async (_name, query, variables, suggested) => {
    const inProduction = await new HttpUser(prod.url).gql(query, variables);
    expect(inProduction.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(inProduction.errors)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(inProduction.errors).replaceAll('\\"', '"')).not.toContain(suggested);
    const inDevelopment = await new HttpUser(dev.url).gql(query, variables);
    expect(JSON.stringify(inDevelopment.errors)).toMatch(/Did you mean/);
  });

  test('errors are masked: no stack, no Cypher, no internals', async () => {
    const result = await new HttpUser(prod.url).gql('{ actor(id: "nobody") { id } }');
    expect(result.errors?.[0]).toEqual({
      message: "Actor 'nobody' was not found",
      locations: expect.any(Array),
      path: ['actor'],
      extensions: { code: 'NOT_FOUND' },
    });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|MATCH|Neo4j/i);
  });
});
