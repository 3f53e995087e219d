import neo4j from 'neo4j-driver';

import { neo4jConfigFromEnv, type ServerConfig } from '../src/config';
import { Database } from '../src/db/database';
import { createUser } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { freshDatabase } from './testDatabase';

let db: Database;
let server: RunningServer;
const PASSWORD = 'correct horse battery staple';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username } }';
const CHECK_MS = 100;

function config(security: ServerConfig['security'] = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: true, ...security },
    responseCache: { maxMegabytes: 16, checkIntervalMs: CHECK_MS },
  };
}

const cached = (answer: { headers: Headers }): boolean => answer.headers.get('x-response-cache') === 'hit';
const ACTOR = 'query($id: ID!) { actor(id: $id) { id name version } }';
const SEARCH = '{ actors(filter: { countries: ["MM"] }, first: 50) { totalCount nodes { id name } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signedIn(username: string): Promise<HttpUser> {
  const user = new HttpUser(server.url);
  const answer = await user.gql(LOGIN, { u: username, p: PASSWORD });
  expect(answer.errors).toBeUndefined();
  return user;
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  for (const [username, role] of [
    ['ana', 'analyst'],
    ['vic', 'viewer'],
  ] as const) {
    await createUser(db, 'system', { username, role, password: PASSWORD });
  }
  server = await startServer(config());
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

describe('response cache', () => {
  it('is not emptied by signing in, failing to, or signing out: accounts are not the data', async () => {
    const reader = new HttpUser(server.url);
    const themes = '{ themes { id name actorCount } }';
    expect(cached(await reader.gql(themes))).toBe(false);
    expect(cached(await reader.gql(themes))).toBe(true);
    const other = await signedIn('ana');
    await new HttpUser(server.url).gql(LOGIN, { u: 'ana', p: 'not the password at all' });
    await new HttpUser(server.url).gql(LOGIN, { u: 'nobody-here', p: 'not the password at all' });
    await other.gql('mutation { logout }');
    // Past the interval the count store is read again: it must not have moved either.
    await sleep(CHECK_MS * 2);
    expect(cached(await reader.gql(themes))).toBe(true);
  });

  it('answers a repeated read from memory with the same bytes', async () => {
    const user = new HttpUser(server.url);
    const first = await user.gql(SEARCH);
    const second = await user.gql(SEARCH);
    expect(first.errors).toBeUndefined();
    expect(cached(first)).toBe(false);
    expect(cached(second)).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    // The security headers still apply to a cached answer.
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never gives one role the answer cached for another (sensitive actors stay hidden)', async () => {
    const analyst = await signedIn('ana');
    const viewer = await signedIn('vic');
    const anonymous = new HttpUser(server.url);
    const names = (a: { data?: { actors: { nodes: Array<{ id: string }> } } }) =>
      a.data?.actors.nodes.map((n) => n.id) ?? [];
    const byAnalyst = await analyst.gql<{ actors: { nodes: Array<{ id: string }> } }>(SEARCH);
    await analyst.gql(SEARCH);
    expect(names(byAnalyst)).toContain('mm-def');
    for (const other of [viewer, anonymous]) {
      const answer = await other.gql<{ actors: { nodes: Array<{ id: string }> } }>(SEARCH);
      expect(names(answer)).not.toContain('mm-def');
      expect(names(answer).length).toBeGreaterThan(0);
    }
    const sensitive = await anonymous.gql(ACTOR, { id: 'mm-def' });
    expect(sensitive.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await analyst.gql(ACTOR, { id: 'mm-def' })).data).toMatchObject({ actor: { id: 'mm-def' } });
    expect(cached(await analyst.gql(ACTOR, { id: 'mm-def' }))).toBe(true);
    const again = await anonymous.gql(ACTOR, { id: 'mm-def' });
    expect(cached(again)).toBe(false);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('does not keep errors, mutations or answers about the caller', async () => {
    const user = await signedIn('ana');
    await user.gql(ACTOR, { id: 'no-such-actor' });
    expect(cached(await user.gql(ACTOR, { id: 'no-such-actor' }))).toBe(false);
    await user.gql('{ me { username } savedViews { id } }');
    expect(cached(await user.gql('{ me { username } savedViews { id } }'))).toBe(false);
    await user.gql('{ me { username } actors(first: 1) { totalCount } }');
    expect(cached(await user.gql('{ me { username } actors(first: 1) { totalCount } }'))).toBe(false);
  });

  it('answers from the data after a write through the API, at once', async () => {
    const analyst = await signedIn('ana');
    const before = await analyst.gql<{ actor: { name: string; version: number } }>(ACTOR, { id: 'kh-cso-a' });
    expect(cached(await analyst.gql(ACTOR, { id: 'kh-cso-a' }))).toBe(true);
    const renamed = 'ក្រុមការងារដីធ្លី (renamed)';
    const update = await analyst.gql(
      'mutation($id: ID!, $v: Int!, $n: String!) { updateActor(id: $id, version: $v, patch: { name: $n }) { name } }',
      {
        id: 'kh-cso-a',
        v: before.data?.actor.version,
        n: renamed,
      },
    );
    expect(update.errors).toBeUndefined();
    const after = await analyst.gql<{ actor: { name: string } }>(ACTOR, { id: 'kh-cso-a' });
    expect(cached(after)).toBe(false);
    expect(after.data?.actor.name).toBe(renamed);
    expect(
      (await new HttpUser(server.url).gql<{ actor: { name: string } }>(ACTOR, { id: 'kh-cso-a' })).data?.actor.name,
    ).toBe(renamed);
  });

  it('counts a write made here once: an answer stored just after it is still a hit when the fingerprint is read again', async () => {
    // The fingerprint (counts) also moves with this process's own writes, which the write counter has already
    // counted: read before such a write and reused for the next answer, it used to change the key once more at
    // its next reading, so the first answer after a sign-in or an edit was stored under a key never asked again.
    const slow = await startServer({ ...config(), responseCache: { maxMegabytes: 16, checkIntervalMs: 1_000 } });
    try {
      const user = new HttpUser(slow.url);
      await user.gql(SEARCH);
      expect((await user.gql(LOGIN, { u: 'ana', p: PASSWORD })).errors).toBeUndefined();
      expect(cached(await user.gql(SEARCH))).toBe(false);
      await sleep(1_100);
      expect(cached(await user.gql(SEARCH))).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('sees a write made by another process within its check interval', async () => {
    const reader = new HttpUser(server.url);
    await reader.gql(ACTOR, { id: 'la-res' });
    expect(cached(await reader.gql(ACTOR, { id: 'la-res' }))).toBe(true);
    // Another instance: its own driver, not this process's Database; like every write it leaves a Change.
    const config = neo4jConfigFromEnv('test');
    const driver = neo4j.driver(
      config.uri,
      config.username ? neo4j.auth.basic(config.username, config.password) : undefined,
    );
    try {
      await driver.executeQuery(
        "MATCH (a:Actor {id: 'la-res'}) SET a.name = 'ສະຖາບັນຄົ້ນຄວ້າ (elsewhere)' CREATE (:Change {id: 'test-elsewhere', at: datetime()})",
        {},
        { database: config.database },
      );
    } finally {
      await driver.close();
    }
    await sleep(CHECK_MS * 2);
    const after = await reader.gql<{ actor: { name: string } }>(ACTOR, { id: 'la-res' });
    expect(cached(after)).toBe(false);
    expect(after.data?.actor.name).toBe('ສະຖາບັນຄົ້ນຄວ້າ (elsewhere)');
  });

  it('keeps the sign-in requirement when anonymous read is off', async () => {
    const closed = await startServer(config({ anonymousRead: false }));
    try {
      const viewer = new HttpUser(closed.url);
      expect((await viewer.gql(LOGIN, { u: 'vic', p: PASSWORD })).errors).toBeUndefined();
      await viewer.gql(SEARCH);
      expect(cached(await viewer.gql(SEARCH))).toBe(true);
      const anonymous = await new HttpUser(closed.url).gql(SEARCH);
      expect(cached(anonymous)).toBe(false);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});
