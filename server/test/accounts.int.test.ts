/**
 * Account rules that must not leak who has an account: sign-in failures (words, timing, lockout), forwarded
 * addresses, the change-password limit, bearer tokens and stale cookies, and the forced change of a one-time
 * password. Each server here has its own per-address limiter, so failures in one test never block another.
 */
import { performance } from 'node:perf_hooks';

import { neo4jConfigFromEnv, securityConfigFromEnv, type ServerConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { createUser, ensureFirstAdmin } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { freshDatabase } from './testDatabase';

jest.setTimeout(180_000);

let db: Database;
let server: RunningServer;
const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a much longer passphrase of mine';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username role } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
let firstAdmin: { username: string; password: string } | null;

function config(security: ServerConfig['security'] = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: true, ...security },
    responseCache: { maxMegabytes: 16 },
  };
}

const ACCOUNTS = [
  'ana',
  'root',
  'gone',
  'locked1',
  'chpw1',
  'chpw2',
  'resetme',
  'time1',
  'time2',
  'time3',
  'time4',
  'time5',
];

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  firstAdmin = await ensureFirstAdmin(db);
  for (const username of ACCOUNTS) {
    await createUser(db, 'system', { username, role: username === 'root' ? 'admin' : 'analyst', password: PASSWORD });
  }
  await db.runStatement("MATCH (u:User {username: 'gone'}) SET u.disabled = true");
  server = await startServer(config());
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function signedIn(username: string, password = PASSWORD, url = server.url): Promise<HttpUser> {
  const user = new HttpUser(url);
  const result = await user.gql(LOGIN, { u: username, p: password });
  expect(result.errors).toBeUndefined();
  return user;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

describe('sign-in failures say nothing about which usernames exist', () => {
  test('wrong password, unknown name, locked account and disabled account get the same words', async () => {
    for (let i = 0; i < 5; i += 1)
      await new HttpUser(server.url).gql(LOGIN, { u: 'locked1', p: `wrong ${i} password` });
    const answers = await Promise.all(
      [
        { u: 'ana', p: 'nope nope nope' },
        { u: 'nobody-at-all', p: 'nope nope nope' },
        { u: 'locked1', p: PASSWORD },
        { u: 'gone', p: PASSWORD },
      ].map(async (v) => (await new HttpUser(server.url).gql(LOGIN, v)).errors?.[0]),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answers[0]?.message).toMatch(/^Wrong username or password/);
  });

  test('lockout looks the same for an unknown name as for a real one', async () => {
    const proxied = await startServer(config({ trustedProxies: ['loopback'] }));
    try {
      // Through a trusted proxy, each name from its own address, so only the per-name count is seen.
      const known = new HttpUser(proxied.url);
      known.headers['x-forwarded-for'] = '198.51.100.1';
      const unknown = new HttpUser(proxied.url);
      unknown.headers['x-forwarded-for'] = '198.51.100.2';
      const run = async (user: HttpUser, username: string) => {
        const messages: string[] = [];
        for (let i = 0; i < 7; i += 1)
          messages.push(
            (await user.gql(LOGIN, { u: username, p: `guess ${i} password` })).errors?.[0]?.message ?? 'signed in',
          );
        return messages;
      };
      expect(await run(unknown, 'time5-but-unknown')).toEqual(await run(known, 'time5'));
    } finally {
      await proxied.close();
    }
  });

  test('an unknown name costs as much time as a real one (medians of interleaved attempts)', async () => {
    // Behind a trusted proxy each attempt comes from its own address, so the per-address limit never answers first.
    const proxied = await startServer(config({ trustedProxies: ['loopback'] }));
    try {
      let address = 0;
      const attempt = async (username: string): Promise<number> => {
        const user = new HttpUser(proxied.url);
        address += 1;
        user.headers['x-forwarded-for'] = `192.0.2.${address % 250}`;
        const started = performance.now();
        const result = await user.gql(LOGIN, { u: username, p: 'not the password at all' });
        const elapsed = performance.now() - started;
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        return elapsed;
      };
      // Warm up both paths (connections, the query plans).
      await attempt('time1');
      await attempt('warm-up-unknown');
      const real: number[] = [];
      const unknown: number[] = [];
      const locked: number[] = [];
      // Four failures per real account keep them below the lockout; 'locked1' is locked by the test above.
      const realNames = ['time2', 'time3', 'time4'];
      for (let i = 0; i < 12; i += 1) {
        const series: Array<() => Promise<void>> = [
          async () => void real.push(await attempt(realNames[i % 3] as string)),
          async () => void unknown.push(await attempt(`unknown-${i}`)),
          async () => void locked.push(await attempt('locked1')),
        ];
        // Rotate the order so no series always runs first (or last) in a round.
        for (let k = 0; k < 3; k += 1) await (series[(i + k) % 3] as () => Promise<void>)();
      }
      const medians = { real: median(real), unknown: median(unknown), locked: median(locked) };
      console.log(
        `sign-in failure medians over 12 attempts each (ms): ${JSON.stringify(Object.fromEntries(Object.entries(medians).map(([k, v]) => [k, Math.round(v)])))}`,
      );
      expect(medians.unknown / medians.real).toBeGreaterThan(2 / 3);
      expect(medians.unknown / medians.real).toBeLessThan(3 / 2);
      expect(medians.locked / medians.real).toBeGreaterThan(2 / 3);
      expect(medians.locked / medians.real).toBeLessThan(3 / 2);
    } finally {
      await proxied.close();
    }
  });
});

describe('forwarded addresses', () => {
  const failFrom = async (url: string, forwardedFor: string, username: string) => {
    const user = new HttpUser(url);
    user.headers['x-forwarded-for'] = forwardedFor;
    return user.gql(LOGIN, { u: username, p: 'not the password at all' });
  };

  test('by default X-Forwarded-For is ignored: forged values do not spread failures over many addresses', async () => {
    const own = await startServer(config());
    try {
      for (let i = 0; i < 20; i += 1) await failFrom(own.url, `203.0.113.${i + 1}`, `spray-${i}`);
      const user = new HttpUser(own.url);
      user.headers['x-forwarded-for'] = '203.0.113.99';
      const blocked = await user.gql(LOGIN, { u: 'ana', p: PASSWORD });
      expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(blocked.errors?.[0]?.message).toMatch(/from this address/);
    } finally {
      await own.close();
    }
    expect(securityConfigFromEnv(false).trustedProxies).toEqual([]);
  });

  test('with the proxy named in the setting, failures count per forwarded address', async () => {
    const proxied = await startServer(config({ trustedProxies: ['loopback'] }));
    try {
      for (let i = 0; i < 20; i += 1) await failFrom(proxied.url, '203.0.113.7', `spray-${i}`);
      const again = await failFrom(proxied.url, '203.0.113.7', 'ana');
      expect(again.errors?.[0]?.message).toMatch(/from this address/);
      const other = new HttpUser(proxied.url);
      other.headers['x-forwarded-for'] = '203.0.113.8';
      expect((await other.gql(LOGIN, { u: 'ana', p: PASSWORD })).errors).toBeUndefined();
    } finally {
      await proxied.close();
    }
    const previous = process.env.RA_TRUSTED_PROXIES;
    process.env.RA_TRUSTED_PROXIES = ' loopback , 10.0.0.0/8 ';
    try {
      expect(securityConfigFromEnv(false).trustedProxies).toEqual(['loopback', '10.0.0.0/8']);
    } finally {
      if (previous === undefined) delete process.env.RA_TRUSTED_PROXIES;
      else process.env.RA_TRUSTED_PROXIES = previous;
    }
  });
});

describe('changePassword', () => {
  test('wrong current passwords count toward the same lockout as sign-in failures', async () => {
    const user = await signedIn('chpw1');
    for (let i = 0; i < 5; i += 1) {
      const wrong = await user.gql(CHANGE, { c: `wrong ${i} password`, n: NEW_PASSWORD });
      expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    }
    const refused = await user.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    expect(refused.errors?.[0]?.message).toMatch(/too many/i);
    // The account is locked for signing in too.
    const login = await new HttpUser(server.url).gql(LOGIN, { u: 'chpw1', p: PASSWORD });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a right current password changes it: the new one works, the old one no longer does, other sessions end', async () => {
    const user = await signedIn('chpw2');
    const elsewhere = await signedIn('chpw2');
    const same = await user.gql(CHANGE, { c: PASSWORD, n: PASSWORD });
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    expect((await user.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD })).data).toEqual({ changePassword: true });
    expect((await user.gql('{ me { username } }')).data).toEqual({ me: { username: 'chpw2' } });
    expect((await elsewhere.gql('{ me { username } }')).data).toEqual({ me: null });
    expect((await new HttpUser(server.url).gql(LOGIN, { u: 'chpw2', p: PASSWORD })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await signedIn('chpw2', NEW_PASSWORD);
  });
});

describe('bearer tokens and session cookies', () => {
  const WELL_FORMED_UNKNOWN = `rat_${'A'.repeat(43)}`;

  test('an unknown, malformed or revoked bearer token answers 401 UNAUTHENTICATED on /graphql', async () => {
    const admin = await signedIn('root');
    const created = await admin.gql<{ createApiToken: { token: { id: string }; secret: string } }>(
      'mutation { createApiToken(input: { name: "to revoke" }) { token { id } secret } }',
    );
    const secret = created.data?.createApiToken.secret ?? '';
    expect((await new HttpUser(server.url, secret).gql('{ me { username } }')).data).toEqual({
      me: { username: 'root' },
    });
    await admin.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
      id: created.data?.createApiToken.token.id,
    });

    for (const authorization of [
      `Bearer ${WELL_FORMED_UNKNOWN}`,
      'Bearer not-a-token',
      'Bearer ',
      'Basic cm9vdDpwYXNzd29yZA==',
      `Bearer ${secret}`,
    ]) {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      expect({
        authorization,
        status: response.status,
        code: body.errors?.[0]?.extensions?.code,
        data: body.data ?? null,
      }).toEqual({
        authorization,
        status: 401,
        code: 'UNAUTHENTICATED',
        data: null,
      });
    }
  });

  test('… and on /api/export and /api/import', async () => {
    for (const authorization of [`Bearer ${WELL_FORMED_UNKNOWN}`, 'Bearer not-a-token']) {
      const exported = await fetch(`${server.url}api/export?format=cyjs`, { headers: { authorization } });
      expect({ status: exported.status, body: await exported.json() }).toMatchObject({
        status: 401,
        body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
      });
      const imported = await fetch(`${server.url}api/import?filename=themes.csv`, {
        method: 'POST',
        // As the page sends it (a form's content type is refused before the caller is looked at).
        headers: { authorization, 'content-type': 'application/octet-stream' },
        body: 'id,name\nx,X\n',
      });
      expect({ status: imported.status, body: await imported.json() }).toMatchObject({
        status: 401,
        body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
      });
    }
  });

  test('an expired session cookie is anonymous and is cleared, so the page keeps working', async () => {
    const user = await signedIn('ana');
    const cookie = user.cookie;
    await db.runStatement(
      "MATCH (s:Session), (u:User {username: 'ana'}) WHERE s.userId = u.id SET s.expiresAt = datetime() - duration('PT1M')",
    );
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { username } actors { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: null, actors: { totalCount: 8 } } });
    expect(response.headers.get('set-cookie')).toMatch(/^ra_session=;.*Expires=Thu, 01 Jan 1970/);
    // An export with the stale cookie is anonymous too.
    const exported = await fetch(`${server.url}api/export?format=cyjs`, { headers: { cookie } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('set-cookie')).toMatch(/^ra_session=;/);
    await exported.arrayBuffer();
  });
});

describe('a one-time password must be changed first', () => {
  const ALLOWED_AFTER = '{ actors { totalCount } }';

  test('the first administrator from ensureFirstAdmin must change the printed password', async () => {
    expect(firstAdmin?.username).toBe('admin');
    const admin = await signedIn('admin', firstAdmin?.password);
    expect((await admin.gql('{ me { username mustChangePassword } }')).data).toEqual({
      me: { username: 'admin', mustChangePassword: true },
    });
    const refused = await admin.gql('{ users { username } }');
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.errors?.[0]?.message).toMatch(/change your password/i);
    expect((await admin.gql(CHANGE, { c: firstAdmin?.password ?? '', n: NEW_PASSWORD })).data).toEqual({
      changePassword: true,
    });
    expect((await admin.gql('{ me { mustChangePassword } users { username } }')).data?.me).toEqual({
      mustChangePassword: false,
    });
  });

  test('an account created without a password: only me, login, logout and changePassword until it is changed', async () => {
    const root = await signedIn('root');
    const created = await root.gql<{ createUser: { oneTimePassword: string; user: { mustChangePassword: boolean } } }>(
      'mutation { createUser(input: { username: "fresh", role: admin }) { user { mustChangePassword } oneTimePassword } }',
    );
    expect(created.data?.createUser.user.mustChangePassword).toBe(true);
    const oneTime = created.data?.createUser.oneTimePassword ?? '';
    const fresh = new HttpUser(server.url);
    expect(
      (
        await fresh.gql(
          'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }',
          { u: 'fresh', p: oneTime },
        )
      ).data,
    ).toEqual({
      login: { mustChangePassword: true },
    });
    // An administrator's answer is cached just before: it must not reach an administrator who has a password to change.
    expect((await root.gql(ALLOWED_AFTER)).errors).toBeUndefined();
    for (const operation of [
      ALLOWED_AFTER,
      '{ me { username } actors { totalCount } }',
      'mutation { createTheme(input: { name: "Sneaky theme" }) { id } }',
      '{ ... on Query { actors { totalCount } } }',
    ]) {
      const answer = await fresh.gql(operation);
      expect({
        operation,
        status: answer.status,
        code: answer.errors?.[0]?.extensions?.code,
        cached: answer.headers.get('x-response-cache'),
      }).toEqual({
        operation,
        status: 403,
        code: 'FORBIDDEN',
        cached: null,
      });
    }
    const exported = await fetch(`${server.url}api/export?format=cyjs`, { headers: { cookie: fresh.cookie } });
    expect({ status: exported.status, body: await exported.json() }).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] },
    });
    const imported = await fetch(`${server.url}api/import?filename=themes.csv`, {
      method: 'POST',
      headers: { cookie: fresh.cookie, 'content-type': 'application/octet-stream' },
      body: 'id,name\nx,X\n',
    });
    expect(imported.status).toBe(403);
    expect((await fresh.gql('{ me { username mustChangePassword } __typename }')).data).toEqual({
      me: { username: 'fresh', mustChangePassword: true },
      __typename: 'Query',
    });
    expect((await root.gql('{ users { username mustChangePassword } }')).data?.users).toContainEqual({
      username: 'fresh',
      mustChangePassword: true,
    });

    expect((await fresh.gql(CHANGE, { c: oneTime, n: NEW_PASSWORD })).data).toEqual({ changePassword: true });
    expect((await fresh.gql('{ me { mustChangePassword } }')).data).toEqual({ me: { mustChangePassword: false } });
    expect((await fresh.gql<{ actors: { totalCount: number } }>(ALLOWED_AFTER)).data?.actors.totalCount).toBe(9);
    expect((await fresh.gql('mutation { logout }')).data).toEqual({ logout: true });
  });

  test('an administrator resetting a password sets the flag, ends the sessions and unlocks the name', async () => {
    const root = await signedIn('root');
    const victim = await signedIn('resetme');
    for (let i = 0; i < 5; i += 1)
      await new HttpUser(server.url).gql(LOGIN, { u: 'resetme', p: `wrong ${i} password` });
    const users = await root.gql<{ users: Array<{ id: string; username: string }> }>('{ users { id username } }');
    const id = users.data?.users.find((u) => u.username === 'resetme')?.id;
    const reset = await root.gql<{
      resetUserPassword: { user: { mustChangePassword: boolean }; oneTimePassword: string };
    }>('mutation($id: ID!) { resetUserPassword(id: $id) { user { mustChangePassword } oneTimePassword } }', { id });
    expect(reset.data?.resetUserPassword.user.mustChangePassword).toBe(true);
    expect((await victim.gql('{ me { username } }')).data).toEqual({ me: null });
    const again = await signedIn('resetme', reset.data?.resetUserPassword.oneTimePassword);
    expect((await again.gql('{ me { mustChangePassword } }')).data).toEqual({ me: { mustChangePassword: true } });
    const rootId = users.data?.users.find((u) => u.username === 'root')?.id;
    const own = await root.gql('mutation($id: ID!) { resetUserPassword(id: $id) { oneTimePassword } }', { id: rootId });
    expect(own.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await (
          await signedIn('ana')
        ).gql('mutation($id: ID!) { resetUserPassword(id: $id) { oneTimePassword } }', { id })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
