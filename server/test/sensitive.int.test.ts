import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { buildSchema } from '../src/graphql/schema';
import { freshDatabase } from './testDatabase';
import { GraphqlHarness } from './graphqlHarness';
import { smallGraph } from './fixtures/smallGraph';

/**
 * Field by field, a viewer gets nothing sensitive: not the sensitive actor (mm-def, "Land Defenders
 * Collective"), not a sensitive link (kh-biz's observer membership of coal-land, marked below).
 * Every Query field needs a probe here: a new field without one fails the first test.
 */
let db: Database;
let gql: GraphqlHarness;
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const SECRET_MARKERS = ['mm-def', 'Land Defenders', 'KII-SECRET-01'];

const ACTOR_FIELDS = 'id name memberships { group { id } provenance { source } } interests { theme { id } } collaborators { actor { id name } } countries { country { id } } sources';
const ELEMENTS = 'nodes { id entityId name } edges { id source target provenance { source } } truncated';

const PROBES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  dataset: { query: '{ dataset { label actors } }' },
  actors: { query: `{ actors(first: 100) { totalCount nodes { ${ACTOR_FIELDS} } } }` },
  actor: { query: `{ actor(id: "kh-biz") { ${ACTOR_FIELDS} } }` },
  networks: { query: '{ networks { id memberCount } }' },
  coalitions: { query: '{ coalitions { id memberCount } }' },
  groups: { query: '{ groups { id name memberCount } }' },
  countries: { query: '{ countries { id actorCount } }' },
  themes: { query: '{ themes { id actorCount supports opposes mixed } }' },
  activities: { query: '{ activities { id participants { actor { id name } provenance { source } } } }' },
  graph: { query: `{ graph(include: { activities: true }) { ${ELEMENTS} } }` },
  neighbourhood: { query: `{ neighbourhood(id: "group:coal-land", depth: 3, limit: 500) { ${ELEMENTS} } }` },
  path: { query: '{ path(from: "vn-farm", to: "la-res") { connected nodes { id name } edges { id } } }' },
  savedViews: { query: '{ savedViews { id name state } }' },
  savedView: { query: 'query($id: ID!) { savedView(id: $id) { id state } }' },
  me: { query: '{ me { username role } }' },
  users: { query: '{ users { username } }' },
  apiTokens: { query: '{ apiTokens { name } }' },
  changes: { query: '{ changes(entityId: "mm-def") { id before after } }' },
  alignment: {
    query: `{ alignment(filter: { countries: ["MM", "VN", "LA"] }) { actors { id name } themes { positions { actor { id name } } }
      pairs { a { id } b { id } } } }`,
  },
  overlaps: { query: '{ overlaps(minShared: 1) { nodes { id name } edges { source target } } }' },
  themeLandscape: { query: '{ themeLandscape(themeId: "community-forestry") { counts { total supports } actors { actor { id name } provenance { source } } } }' },
  suggestPartners: { query: '{ suggestPartners(actorId: "vn-farm", limit: 50) { actor { id name } explanation } }' },
  coalitionGaps: { query: '{ coalitionGaps(coalitionId: "coal-land") { candidates { actor { id name } } } }' },
};

let sensitiveViewId = '';

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  gql = await GraphqlHarness.create(db);
  await gql.ok(
    `mutation { addMembership(input: { actorId: "kh-biz", groupId: "coal-land", role: "informal ally",
       provenance: { source: "KII-SECRET-01" }, sensitive: true }) { id } }`,
    {},
    analyst,
  );
  const saved = await gql.ok<{ saveView: { id: string } }>(
    'mutation($s: String!) { saveView(input: { name: "Defenders", state: $s }) { id } }',
    { s: JSON.stringify({ selected: ['actor:mm-def'] }) },
    analyst,
  );
  sensitiveViewId = saved.saveView.id;
  // The explorer stores its URL query string: ids arrive URL-encoded inside it.
  await gql.ok('mutation($s: String!) { saveView(input: { name: "Shortlist", state: $s }) { id } }', {
    s: JSON.stringify({ query: '?page=partners&short=actor%3Akh-biz%2Cactor%3Amm-def&layout=fcose' }),
  }, analyst);
  PROBES.savedView = { ...PROBES.savedView!, variables: { id: sensitiveViewId } };
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

test('every Query field has a leak probe', () => {
  const fields = Object.keys(buildSchema().getQueryType()?.getFields() ?? {});
  expect(fields.filter((f) => !(f in PROBES))).toEqual([]);
});

describe.each(Object.keys(PROBES))('%s', (field) => {
  test('shows a viewer nothing sensitive', async () => {
    const probe = PROBES[field]!;
    const result = await gql.run(probe.query, probe.variables ?? {}, viewer);
    const text = JSON.stringify(result);
    for (const marker of SECRET_MARKERS) expect(text).not.toContain(marker);
  });
});

test('the probes can see the secrets at all: an analyst does', async () => {
  const seen = new Set<string>();
  for (const field of ['actors', 'actor', 'graph', 'neighbourhood', 'savedView', 'themeLandscape']) {
    const probe = PROBES[field]!;
    const text = JSON.stringify(await gql.run(probe.query, probe.variables ?? {}, analyst));
    for (const marker of SECRET_MARKERS) if (text.includes(marker)) seen.add(marker);
  }
  expect([...seen].sort()).toEqual([...SECRET_MARKERS].sort());
});

test('a sensitive link is hidden from viewers, and counts agree', async () => {
  const actor = await gql.ok<{ actor: { memberships: unknown[] } }>('{ actor(id: "kh-biz") { memberships { group { id } } } }', {}, viewer);
  expect(actor.actor.memberships).toEqual([]);
  const groups = await gql.ok<{ coalitions: Array<{ memberCount: number }> }>('{ coalitions { memberCount } }', {}, viewer);
  expect(groups.coalitions[0]?.memberCount).toBe(1);
});

test.each([
  ['actor', '{ actor(id: "%s") { id } }'],
  ['neighbourhood', '{ neighbourhood(id: "%s") { truncated } }'],
  ['suggestPartners', '{ suggestPartners(actorId: "%s") { score } }'],
  ['path', '{ path(from: "%s", to: "la-res") { connected } }'],
  ['changes', '{ changes(entityId: "%s") { id } }'],
])('%s: a sensitive id answers exactly like an unknown one', async (_field, template) => {
  const hidden = await gql.run(template.replace('%s', 'mm-def'), {}, viewer);
  const unknown = await gql.run(template.replace('%s', 'zz-zzz'), {}, viewer);
  expect(JSON.stringify(hidden).replaceAll('mm-def', 'X')).toBe(JSON.stringify(unknown).replaceAll('zz-zzz', 'X'));
});

test('a saved view naming a sensitive actor is not listed or opened for viewers', async () => {
  const list = await gql.ok<{ savedViews: unknown[] }>('{ savedViews { id } }', {}, viewer);
  expect(list.savedViews).toEqual([]);
  const open = await gql.run('query($id: ID!) { savedView(id: $id) { id } }', { id: sensitiveViewId }, viewer);
  expect(open.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
