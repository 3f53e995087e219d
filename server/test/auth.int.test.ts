import { neo4jConfigFromEnv, type ServerConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { createUser, SIGN_IN_FAILED } from '../src/domain/auth/accounts';
import { startServer, type RunningServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { HttpUser } from './httpClient';
import { freshDatabase } from './testDatabase';

let db: Database;
let server: RunningServer;
const PASSWORD = 'correct horse battery staple';

function config(security: ServerConfig['security'] = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: true, ...security },
  };
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  for (const [username, role] of [
    ['ana', 'analyst'],
    ['vic', 'viewer'],
    ['root', 'admin'],
    ['lock', 'analyst'],
  ] as const) {
    await createUser(db, 'system', { username, role, password: PASSWORD });
  }
  server = await startServer(config());
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { username role } }';

async function signedIn(username: string): Promise<HttpUser> {
  const user = new HttpUser(server.url);
  const result = await user.gql(LOGIN, { u: username, p: PASSWORD });
  expect(result.errors).toBeUndefined();
  return user;
}

describe('sign-in and sessions', () => {
  test('a good login sets an HttpOnly SameSite session cookie; me returns the account', async () => {
    const user = new HttpUser(server.url);
    const result = await user.gql(LOGIN, { u: 'ana', p: PASSWORD });
    expect(result.data).toEqual({ login: { username: 'ana', role: 'analyst' } });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ra_session=ras_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await user.gql('{ me { username role } }')).data).toEqual({ me: { username: 'ana', role: 'analyst' } });
    await user.gql('mutation { logout }');
    expect((await user.gql('{ me { username } }')).data).toEqual({ me: null });
  });

  test('wrong password and unknown user get the same answer', async () => {
    const wrong = await new HttpUser(server.url).gql(LOGIN, { u: 'ana', p: 'nope nope nope' });
    const unknown = await new HttpUser(server.url).gql(LOGIN, { u: 'nobody', p: 'nope nope nope' });
    expect(wrong.errors?.[0]).toMatchObject({ message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  test('five failures in a row lock the account, even for the right password (with the same words as any failure)', async () => {
    for (let i = 0; i < 5; i += 1) await new HttpUser(server.url).gql(LOGIN, { u: 'lock', p: `wrong ${i} password` });
    const result = await new HttpUser(server.url).gql(LOGIN, { u: 'lock', p: PASSWORD });
    expect(result.errors?.[0]).toMatchObject({ message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED' } });
  });

  test('a session works on any server instance (verified in Neo4j)', async () => {
    const user = await signedIn('ana');
    const second = await startServer(config());
    try {
      const other = new HttpUser(second.url);
      other.cookie = user.cookie;
      expect((await other.gql('{ me { username } }')).data).toEqual({ me: { username: 'ana' } });
    } finally {
      await second.close();
    }
  });
});

describe('roles', () => {
  test('anonymous and viewer read non-sensitive data only; analysts see everything', async () => {
    const count = async (user: HttpUser) =>
      (await user.gql<{ actors: { totalCount: number } }>('{ actors { totalCount } }')).data?.actors.totalCount;
    expect(await count(new HttpUser(server.url))).toBe(8);
    expect(await count(await signedIn('vic'))).toBe(8);
    expect(await count(await signedIn('ana'))).toBe(9);
  });

  test('anonymous may not edit (UNAUTHENTICATED); a viewer may not edit (FORBIDDEN)', async () => {
    const mutation = 'mutation { createTheme(input: { name: "Water governance" }) { id } }';
    expect((await new HttpUser(server.url).gql(mutation)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await (await signedIn('vic')).gql(mutation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await signedIn('ana')).gql(mutation)).errors).toBeUndefined();
  });

  test('admins manage users and roles; others may not', async () => {
    const admin = await signedIn('root');
    const created = await admin.gql<{ createUser: { user: { id: string; role: string }; oneTimePassword: string } }>(
      'mutation { createUser(input: { username: "newbie", role: viewer }) { user { id role } oneTimePassword } }',
    );
    expect(created.data?.createUser.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const id = created.data?.createUser.user.id;
    const promoted = await admin.gql('mutation($id: ID!) { setUserRole(id: $id, role: analyst) { role } }', { id });
    expect(promoted.data).toEqual({ setUserRole: { role: 'analyst' } });
    const newbie = new HttpUser(server.url);
    await newbie.gql(LOGIN, { u: 'newbie', p: created.data?.createUser.oneTimePassword });
    expect((await newbie.gql('{ me { role } }')).data).toEqual({ me: { role: 'analyst' } });
    expect(
      (await admin.gql('mutation { createUser(input: { username: "newbie", role: viewer }) { user { id } } }'))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect((await (await signedIn('ana')).gql('{ users { username } }')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  test('API tokens act as their user until revoked; then they are refused (401)', async () => {
    const admin = await signedIn('root');
    const created = await admin.gql<{ createApiToken: { token: { id: string }; secret: string } }>(
      'mutation { createApiToken(input: { name: "nightly export" }) { token { id } secret } }',
    );
    const secret = created.data?.createApiToken.secret ?? '';
    expect(secret).toMatch(/^rat_/);
    const script = new HttpUser(server.url, secret);
    expect((await script.gql('{ me { username role } }')).data).toEqual({ me: { username: 'root', role: 'admin' } });
    await admin.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
      id: created.data?.createApiToken.token.id,
    });
    const revoked = await script.gql('{ me { username } }');
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('anonymous read access off', () => {
  test('everything but signing in needs a session', async () => {
    const closed = await startServer(config({ anonymousRead: false }));
    try {
      const anonymous = new HttpUser(closed.url);
      const denied = await anonymous.gql('{ actors { totalCount } }');
      expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await anonymous.gql('{ me { username } }')).data).toEqual({ me: null });
      await anonymous.gql(LOGIN, { u: 'vic', p: PASSWORD });
      expect(
        (await anonymous.gql<{ actors: { totalCount: number } }>('{ actors { totalCount } }')).data?.actors.totalCount,
      ).toBe(8);
    } finally {
      await closed.close();
    }
  });
});
