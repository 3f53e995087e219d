import { serverAudits } from 'graphql-http';

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
  dev = await startServer({ ...base, production: false, security: { anonymousRead: true, corsOrigins: ['https://partner.example.org'] } });
  prod = await startServer({ ...base, production: true, security: { anonymousRead: true, secureCookies: false } });
}, 60_000);

afterAll(async () => {
  await dev.close();
  await prod.close();
  await db.close();
});

describe('GraphQL over HTTP', () => {
  test('passes every MUST audit of the graphql-http suite', async () => {
    const audits = serverAudits({ url: `${dev.url}graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok' && audit.name.startsWith('MUST')) failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
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
    const allowed = await fetch(`${dev.url}graphql`, { method: 'OPTIONS', headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    const other = await fetch(`${dev.url}graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production mode', () => {
  test('introspection is off and field suggestions are not given', async () => {
    const result = await new HttpUser(prod.url).gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await new HttpUser(prod.url).gql('{ actorz { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  test('errors are masked: no stack, no Cypher, no internals', async () => {
    const result = await new HttpUser(prod.url).gql('{ actor(id: "nobody") { id } }');
    expect(result.errors?.[0]).toEqual({ message: "Actor 'nobody' was not found", locations: expect.any(Array), path: ['actor'], extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|MATCH|Neo4j/i);
  });
});
