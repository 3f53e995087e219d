/**
 * Embedded views against the real database: an embed shows what the public may see whoever asks, live or frozen;
 * frozen data loses what is marked sensitive later; only explorer views that name nothing hidden embed; only the
 * origins an administrator lists may frame one (the embed route's Content-Security-Policy).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { toSavedState } from '../../client/src/core/alignment/alignState';
import { neo4jConfigFromEnv } from '../src/config';
import type { Viewer } from '../src/domain/viewer';
import { CLIENT_DIST } from '../src/http/app';
import { startServer } from '../src/main';
import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const admin: Viewer = { role: 'admin', userId: 'u-adm', username: 'adm' };
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const anonymous: Viewer = { role: 'viewer', anonymous: true };

interface Embedded {
  name: string;
  mode: string;
  dataAt: string | null;
  total: number;
  graph: { nodes: Array<{ id: string; name: string }>; edges: Array<{ id: string; source: string; target: string }> };
}
const EMBED =
  'query($id: ID!) { embeddedView(id: $id) { name mode dataAt total graph { nodes { id name } edges { id source target } } } }';

async function saveView(name: string, query: string): Promise<string> {
  const saved = await suite.gql.ok<{ saveView: { id: string } }>(
    'mutation($n: String!, $s: String!) { saveView(input: { name: $n, state: $s }) { id } }',
    { n: name, s: toSavedState(query) },
    analyst,
  );
  return saved.saveView.id;
}

async function embed(id: string, mode: 'OFF' | 'LIVE' | 'FROZEN', who: Viewer = analyst) {
  return suite.gql.run<{ setViewEmbed: { embed: string; frozenAt: string | null } }>(
    'mutation($id: ID!, $m: EmbedMode!) { setViewEmbed(id: $id, mode: $m) { embed frozenAt } }',
    { id, m: mode },
    who,
  );
}

const shown = async (id: string, who: Viewer = anonymous) =>
  (await suite.gql.ok<{ embeddedView: Embedded }>(EMBED, { id }, who)).embeddedView;

const setSensitive = (id: string, sensitive: boolean) =>
  suite.db.runStatement('MATCH (a:Actor {id: $id}) SET a.sensitive = $sensitive', { id, sensitive });

test('a live embed shows the public view of its filter to everyone, an analyst included', async () => {
  const id = await saveView('Myanmar', 'country=MM');
  expect((await embed(id, 'LIVE')).data?.setViewEmbed).toEqual({ embed: 'LIVE', frozenAt: null });
  // The analyst's own map of Myanmar holds the sensitive Land Defenders Collective; the embed does not.
  const own = await suite.gql.ok<{ graph: { nodes: Array<{ id: string }> } }>(
    '{ graph(filter: { countries: ["MM"] }) { nodes { id } } }',
    {},
    analyst,
  );
  expect(own.graph.nodes.map((n) => n.id)).toContain('actor:mm-def');
  for (const who of [anonymous, viewer, analyst, admin]) {
    const view = await shown(id, who);
    expect(view.mode).toBe('LIVE');
    expect(view.graph.nodes.map((n) => n.id)).toContain('actor:mm-media');
    expect(JSON.stringify(view)).not.toMatch(/mm-def|Land Defenders/);
    expect(view.total).toBe(1);
  }
});

test('a frozen embed keeps the data as it was, and still loses what is marked sensitive later', async () => {
  const id = await saveView('Cambodia', 'country=KH');
  const frozen = await embed(id, 'FROZEN');
  expect(frozen.data?.setViewEmbed.embed).toBe('FROZEN');
  expect(frozen.data?.setViewEmbed.frozenAt).toMatch(/^\d{4}-\d\d-\d\d/);
  const live = await saveView('Cambodia live', 'country=KH');
  await embed(live, 'LIVE');
  const before = await shown(id);
  expect(before.graph.nodes.map((n) => n.id)).toContain('actor:kh-cso-b');
  const renamed = 'ក្រុមព្រៃឈើ Forest Friends (renamed)';
  const { name: oldName } = before.graph.nodes.find((n) => n.id === 'actor:kh-cso-b') ?? { name: '' };
  await suite.db.runStatement("MATCH (a:Actor {id: 'kh-cso-b'}) SET a.name = $name", { name: renamed });
  try {
    expect((await shown(id)).graph.nodes.find((n) => n.id === 'actor:kh-cso-b')?.name).toBe(oldName);
    expect((await shown(live)).graph.nodes.find((n) => n.id === 'actor:kh-cso-b')?.name).toBe(renamed);
    // Marked sensitive: gone from both, with its links, and counted out.
    await setSensitive('kh-cso-b', true);
    for (const view of [await shown(id), await shown(live)]) {
      expect(view.graph.nodes.map((n) => n.id)).not.toContain('actor:kh-cso-b');
      expect(view.graph.edges.filter((e) => e.source === 'actor:kh-cso-b' || e.target === 'actor:kh-cso-b')).toEqual(
        [],
      );
      expect(JSON.stringify(view)).not.toContain(renamed);
      expect(view.total).toBe(before.total - 1);
    }
  } finally {
    await setSensitive('kh-cso-b', false);
    await suite.db.runStatement("MATCH (a:Actor {id: 'kh-cso-b'}) SET a.name = $name", { name: oldName });
  }
});

test('a frozen embed loses a link marked sensitive later', async () => {
  const id = await saveView('Cambodia links', 'country=KH');
  await embed(id, 'FROZEN');
  const edge = (await shown(id)).graph.edges.find((e) => e.id.startsWith('MEMBER_OF:'));
  expect(edge).toBeDefined();
  const group = edge?.target.slice('group:'.length);
  const mark = (sensitive: boolean) =>
    suite.db.runStatement('MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Group {id: $g}) SET r.sensitive = $s', {
      a: edge?.source.slice('actor:'.length),
      g: group,
      s: sensitive,
    });
  await mark(true);
  try {
    expect((await shown(id)).graph.edges.map((e) => e.id)).not.toContain(edge?.id);
  } finally {
    await mark(false);
  }
  expect((await shown(id)).graph.edges.map((e) => e.id)).toContain(edge?.id);
});

test('an embed that is off, unknown, or names a hidden actor answers NOT_FOUND, word for word alike', async () => {
  const off = await saveView('Off', 'country=VN');
  await embed(off, 'LIVE');
  await embed(off, 'OFF');
  const answer = async (id: string) =>
    JSON.stringify(await suite.gql.run(EMBED, { id }, anonymous)).replaceAll(id, 'X');
  const unknown = await answer('no-such-view');
  expect(unknown).toContain('NOT_FOUND');
  expect(await answer(off)).toBe(unknown);
  // Embeddable while its actor was public; once the actor is sensitive the view itself is gone from embeds.
  const selecting = await saveView('Selecting', 'sel=actor%3Akh-cso-c');
  await embed(selecting, 'LIVE');
  expect((await shown(selecting)).name).toBe('Selecting');
  await setSensitive('kh-cso-c', true);
  try {
    expect(await answer(selecting)).toBe(unknown);
  } finally {
    await setSensitive('kh-cso-c', false);
  }
});

test('only explorer views that name nothing hidden embed, and only editors choose', async () => {
  const hidden = await saveView('Defenders', 'sel=actor%3Amm-def');
  const refused = await embed(hidden, 'LIVE');
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.message).toBe(
    'This view refers to actors only analysts may see, so it cannot be shown to the public',
  );
  const matrix = await saveView('Matrix', 'page=matrix&rows=sector');
  expect((await embed(matrix, 'LIVE')).errors?.[0]?.message).toBe(
    'Only explorer views can be embedded, not alignment pages',
  );
  const fine = await saveView('Vietnam', 'country=VN');
  expect((await embed(fine, 'LIVE', viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await embed(fine, 'LIVE', anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await embed(fine, 'SOMETIMES' as never)).errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT/);
  expect((await embed('no-such-view', 'LIVE')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // Nothing was made embeddable by the refusals.
  const views = await suite.gql.ok<{ savedViews: Array<{ id: string; embed: string }> }>(
    '{ savedViews { id embed } }',
    {},
    analyst,
  );
  for (const v of views.savedViews.filter((x) => [hidden, matrix, fine].includes(x.id))) expect(v.embed).toBe('OFF');
});

test('administrators list the origins that may frame embeds; bad ones are refused and nothing is saved', async () => {
  const set = (origins: string[], who: Viewer = admin) =>
    suite.gql.run<{ setEmbedOrigins: string[] }>(
      'mutation($o: [String!]!) { setEmbedOrigins(origins: $o) }',
      { o: origins },
      who,
    );
  expect(
    (await set(['https://Reports.Example.org', 'http://localhost:8080/', 'https://reports.example.org'])).data,
  ).toEqual({ setEmbedOrigins: ['https://reports.example.org', 'http://localhost:8080'] });
  for (const bad of ['https://example.org/path', '*', 'javascript:alert(1)', 'ftp://example.org', '', "' OR 1=1 //"]) {
    const answer = await set(['https://ok.example.org', bad]);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
  expect(
    (await set(Array.from({ length: 21 }, (_, i) => `https://s${i}.example.org`))).errors?.[0]?.extensions?.code,
  ).toBe('BAD_USER_INPUT');
  expect((await set([], analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await suite.gql.run('{ embedOrigins }', {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await suite.gql.ok<{ embedOrigins: string[] }>('{ embedOrigins }', {}, admin)).embedOrigins).toEqual([
    'https://reports.example.org',
    'http://localhost:8080',
  ]);
});

test('the embed route lets only the listed origins frame it, and is open when anonymous reading is off', async () => {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) throw new Error('Build the client first (npm run build)');
  const id = await saveView('Lao PDR', 'country=LA');
  await embed(id, 'LIVE');
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: false },
  });
  try {
    const policy = async () => {
      const response = await fetch(`${server.url}embed/${id}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(await response.text()).toContain('<div id="root">');
      return response.headers.get('content-security-policy') ?? '';
    };
    await suite.gql.ok('mutation { setEmbedOrigins(origins: []) }', {}, admin);
    expect(await policy()).toContain("frame-ancestors 'none'");
    await suite.gql.ok('mutation { setEmbedOrigins(origins: ["https://reports.example.org"]) }', {}, admin);
    expect(await policy()).toContain('frame-ancestors https://reports.example.org');
    // Every other page keeps refusing frames from other sites.
    const home = await fetch(server.url);
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(home.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Anonymous reading off: the embed answers, the rest of the API asks to sign in.
    const ask = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { embeddedView?: Embedded };
            errors?: Array<{ extensions?: { code?: string } }>;
          }>,
      );
    expect((await ask(EMBED, { id })).data?.embeddedView?.name).toBe('Lao PDR');
    expect((await ask('{ graph { nodes { id } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    await server.close();
  }
});
