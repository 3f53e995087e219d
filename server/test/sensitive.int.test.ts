import { toSavedState } from '../../client/src/core/alignment/alignState';
import { encodeViewState } from '../../client/src/core/url/urlState';
import { INITIAL_VIEW } from '../../client/src/core/view/viewState';
import type { Database } from '../src/db/database';
import { actorSearchKey } from '../src/domain/searchText';
import type { Viewer } from '../src/domain/viewer';
import { buildSchema } from '../src/graphql/schema';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

/**
 * Field by field, a viewer gets nothing sensitive: not the sensitive actor (mm-def, "Land Defenders
 * Collective"), not a sensitive link (kh-biz's observer membership of coal-land, marked below).
 * Every Query field needs a probe here: a new field without one fails the first test.
 */
let db: Database;
let gql: GraphqlHarness;
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const SECRET_MARKERS = ['mm-def', 'Land Defenders', 'KII-SECRET-01', 'LDC', 'ကာကွယ်ရေး', 'Bảo vệ Đất'];
/** The sensitive actor's other names, set below: an acronym, a Burmese and a Vietnamese name. */
const DEFENDERS = { acronym: 'LDC', altNames: ['မြေယာ ကာကွယ်ရေး အဖွဲ့', 'Nhóm Bảo vệ Đất'] };

/**
 * Saved views that name the sensitive actor, in every form the page or the API can hold it. Each must be hidden
 * from viewers and anonymous callers, listed or opened.
 */
const SECRET_VIEWS: Array<{ form: string; name: string; description?: string; state: string }> = [
  { form: 'selected, as JSON', name: 'Selection', state: JSON.stringify({ selected: ['actor:mm-def'] }) },
  {
    form: "the explorer's expansion (expand=actor:<id>~2)",
    name: 'Expanded',
    state: toSavedState(encodeViewState({ ...INITIAL_VIEW, expanded: [{ id: 'actor:mm-def', depth: 2 }] })),
  },
  {
    form: 'focus and path',
    name: 'Focus',
    state: toSavedState(
      encodeViewState({ ...INITIAL_VIEW, focus: 'actor:mm-def', path: { from: 'vn-farm', to: 'mm-def' } }),
    ),
  },
  {
    form: "the partner finder's shortlist, URL-encoded",
    name: 'Shortlist',
    state: JSON.stringify({ query: '?page=partners&short=actor%3Akh-biz%2Cactor%3Amm-def&layout=fcose' }),
  },
  { form: 'the partner anchor', name: 'Anchor', state: toSavedState('page=partners&actor=mm-def') },
  {
    form: 'an id as a JSON key',
    name: 'Positions',
    state: JSON.stringify({ positions: { 'mm-def': { x: 1, y: 2 } } }),
  },
  {
    form: 'a search for its name',
    name: 'Search',
    state: toSavedState(
      encodeViewState({ ...INITIAL_VIEW, filters: { ...INITIAL_VIEW.filters, text: 'Land Defenders Collective' } }),
    ),
  },
  {
    form: 'a search that finds it by part of its name',
    name: 'Partial search',
    state: toSavedState('q=defenders+coll'),
  },
  { form: 'a search for its acronym', name: 'Acronym search', state: toSavedState('q=LDC') },
  {
    form: 'a search for its Burmese name',
    name: 'Burmese search',
    state: toSavedState(`q=${encodeURIComponent('ကာကွယ်ရေး')}`),
  },
  { form: 'its name in the view name', name: 'Meeting with the Land Defenders Collective', state: '{}' },
  {
    form: 'its Vietnamese name, unaccented, in the description',
    name: 'Notes',
    description: 'Call nhom bao ve dat next week',
    state: '{}',
  },
  { form: 'its acronym in the description', name: 'Notes 2', description: 'LDC: follow up.', state: '{}' },
  { form: 'its id in the name', name: 'Visit mm-def', state: '{}' },
];
const secretViewIds = new Map<string, string>();

const ACTOR_FIELDS =
  'id name acronym altNames memberships { group { id } provenance { source } } interests { theme { id } } collaborators { actor { id name } } countries { country { id } } sources';
const ELEMENTS =
  'nodes { id entityId name acronym altNames } edges { id source target provenance { source } } truncated';

const PROBES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  dataset: { query: '{ dataset { label actors } }' },
  actors: { query: `{ actors(first: 100) { totalCount nodes { ${ACTOR_FIELDS} } } }` },
  actor: { query: `{ actor(id: "kh-biz") { ${ACTOR_FIELDS} } }` },
  networks: { query: '{ networks { id memberCount } }' },
  coalitions: { query: '{ coalitions { id memberCount } }' },
  groups: { query: '{ groups { id name memberCount } }' },
  countries: { query: '{ countries { id actorCount } }' },
  themes: { query: '{ themes { id actorCount supports opposes mixed } }' },
  activities: {
    query: `{ a: activities { id participants { actor { id name } provenance { source } } sources }
      b: activities(filter: { roles: [KEY_INFORMANT, FACILITATOR] }) { id participants { actor { id name } } } }`,
  },
  activity: {
    query: '{ activity(id: "act-visit") { participants { actor { id name } role provenance { source } } sources } }',
  },
  activityRoles: {
    query: `{ a: activityRoles(role: KEY_INFORMANT) { actor { id name acronym } activities { id } }
      b: activityRoles(role: FACILITATOR, filter: { countries: ["KH"] }) { actor { id name } } }`,
  },
  suggestParticipants: {
    query: '{ suggestParticipants(activityId: "act-visit", limit: 50) { actor { id name } via reasons explanation } }',
  },
  reach: {
    query: `{ reach { actorCount firstTime { actor { id name } firstActivity { id } } invitedNeverCame { actor { id name } }
      byCountry { country { id } actors } } }`,
  },
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
  themeLandscape: {
    query:
      '{ themeLandscape(themeId: "community-forestry") { counts { total supports } actors { actor { id name } provenance { source } } } }',
  },
  suggestPartners: { query: '{ suggestPartners(actorId: "vn-farm", limit: 50) { actor { id name } explanation } }' },
  coalitionGaps: { query: '{ coalitionGaps(coalitionId: "coal-land") { candidates { actor { id name } } } }' },
  embeddedView: { query: `query($id: ID!) { embeddedView(id: $id) { name total graph { ${ELEMENTS} } } }` },
  embedOrigins: { query: '{ embedOrigins }' },
  captures: {
    query: `{ a: captures { id summary sensitive actorId diff { label before after } provenance { source } }
      b: captures(status: ACCEPTED) { id summary actorId } }`,
  },
  suggest: {
    query: '{ a: suggest(text: "land", limit: 50) { id label matched } b: suggest(text: "LDC") { id label matched } }',
  },
  actorFacets: {
    query:
      '{ actorFacets(filter: { countries: ["MM"] }) { total countries { value count } coalitions { value count } } }',
  },
  metrics: {
    query: `{ a: metrics(relationTypes: [COLLABORATES_WITH, MEMBER_OF, PARTICIPATED_IN]) { actorCount nodeCount tieCount
        actors { id name degree betweenness } communities { label hubId hubName } brokers { id name sentence connects { id name } } }
      b: metrics(filter: { countries: ["MM"] }, minConfidence: LOW) { actors { id name } } }`,
  },
  metricsProgress: { query: '{ metricsProgress { running ready phase done total } }' },
  allianceHealth: {
    query: '{ allianceHealth { id name members ties density activeMembers agreement themes { name members } } }',
  },
  // Everything since long before the fixture's records to long after: every dated or undated change is inside.
  changesBetween: {
    query: `{ changesBetween(from: "2000-01-01", to: "2030-12-31") {
      newTies { edgeId source { id name } target { id name } label provenance { source } } newTieCount
      endedTies { edgeId } endedTieCount newActors { actor { id name } } newActorCount
      positionShifts { actor { id name } theme { id } before after provenance { source } } positionShiftCount
      firstEngagements { actor { id name } activity { id name } role provenance { source } } firstEngagementCount } }`,
  },
  phases: { query: '{ phases { id name start end description } }' },
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
  await db.runStatement(
    "MATCH (a:Actor {id: 'mm-def'}) SET a.acronym = $acronym, a.altNames = $altNames, a.searchKey = $searchKey",
    {
      ...DEFENDERS,
      searchKey: actorSearchKey({ name: 'Land Defenders Collective', ...DEFENDERS }),
    },
  );
  for (const view of SECRET_VIEWS) {
    const saved = await gql.ok<{ saveView: { id: string } }>(
      'mutation($n: String!, $d: String, $s: String!) { saveView(input: { name: $n, description: $d, state: $s }) { id } }',
      { n: view.name, d: view.description ?? null, s: view.state },
      analyst,
    );
    secretViewIds.set(view.form, saved.saveView.id);
  }
  sensitiveViewId = secretViewIds.get('selected, as JSON') ?? '';
  // An embed of Myanmar, the sensitive actor's country (the embed shows the public whoever asks: the analyst too).
  const myanmar = await gql.ok<{ saveView: { id: string } }>(
    'mutation($s: String!) { saveView(input: { name: "Myanmar", state: $s }) { id } }',
    { s: toSavedState('country=MM') },
    analyst,
  );
  await gql.ok(
    'mutation($id: ID!) { setViewEmbed(id: $id, mode: LIVE) { embed } }',
    { id: myanmar.saveView.id },
    analyst,
  );
  // The sensitive actor a key informant of the learning visit, and a sensitive facilitation by kh-biz.
  await gql.ok(
    `mutation {
      a: addParticipant(input: { activityId: "act-visit", actorId: "mm-def", role: KEY_INFORMANT,
        provenance: { source: "KII-SECRET-01" } }) { id }
      b: addParticipant(input: { activityId: "act-visit", actorId: "kh-biz", role: FACILITATOR,
        provenance: { source: "KII-SECRET-01" }, sensitive: true }) { id } }`,
    {},
    analyst,
  );
  // Workshop entries about the sensitive actor, one pending and one accepted: analysts' reading, never a viewer's.
  const captured = await gql.ok<{ a: { id: string }; b: { id: string } }>(
    `mutation {
      a: capture(input: { session: { id: "kii-session", provenance: { source: "KII-SECRET-01" } },
        collaboration: { actorId: "mm-def", partnerId: "mm-media", kind: "Land Defenders meeting" } }) { id }
      b: capture(input: { session: { id: "kii-session", provenance: { source: "KII-SECRET-01" } },
        position: { actorId: "mm-def", themeId: "grievance-mechanisms", position: SUPPORTS } }) { id } }`,
    {},
    analyst,
  );
  await gql.ok('mutation($id: ID!) { acceptCapture(id: $id) { id } }', { id: captured.b.id }, analyst);
  PROBES.embeddedView = { ...PROBES.embeddedView!, variables: { id: myanmar.saveView.id } };
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
  const actor = await gql.ok<{ actor: { memberships: unknown[] } }>(
    '{ actor(id: "kh-biz") { memberships { group { id } } } }',
    {},
    viewer,
  );
  expect(actor.actor.memberships).toEqual([]);
  const groups = await gql.ok<{ coalitions: Array<{ memberCount: number }> }>(
    '{ coalitions { memberCount } }',
    {},
    viewer,
  );
  expect(groups.coalitions[0]?.memberCount).toBe(1);
});

test.each([
  ['actor', '{ actor(id: "%s") { id } }'],
  ['neighbourhood', '{ neighbourhood(id: "%s") { truncated } }'],
  ['suggestPartners', '{ suggestPartners(actorId: "%s") { score } }'],
  ['path', '{ path(from: "%s", to: "la-res") { connected } }'],
  ['changes', '{ changes(entityId: "%s") { id } }'],
  ['activities', '{ activities(filter: { participants: ["%s"] }) { id } }'],
  ['activityRoles', '{ activityRoles(role: KEY_INFORMANT, filter: { participants: ["%s"] }) { actor { id } } }'],
])('%s: a sensitive id answers exactly like an unknown one', async (_field, template) => {
  const hidden = await gql.run(template.replace('%s', 'mm-def'), {}, viewer);
  const unknown = await gql.run(template.replace('%s', 'zz-zzz'), {}, viewer);
  expect(JSON.stringify(hidden).replaceAll('mm-def', 'X')).toBe(JSON.stringify(unknown).replaceAll('zz-zzz', 'X'));
});

describe.each(SECRET_VIEWS.map((v) => [v.form] as const))('a saved view naming the sensitive actor by %s', (form) => {
  test.each([
    ['a viewer', viewer],
    ['an anonymous caller', { role: 'viewer', anonymous: true } as Viewer],
  ])('is neither listed nor opened for %s, exactly as an unknown view', async (_who, who) => {
    const id = secretViewIds.get(form) ?? '';
    const list = await gql.ok<{ savedViews: Array<{ id: string }> }>('{ savedViews { id } }', {}, who);
    expect(list.savedViews.map((v) => v.id)).not.toContain(id);
    const open = await gql.run('query($id: ID!) { savedView(id: $id) { id name state } }', { id }, who);
    const unknown = await gql.run(
      'query($id: ID!) { savedView(id: $id) { id name state } }',
      { id: 'no-such-view' },
      who,
    );
    expect(JSON.stringify(open).replaceAll(id, 'X')).toBe(JSON.stringify(unknown).replaceAll('no-such-view', 'X'));
  });

  test('is listed and opened for an analyst', async () => {
    const id = secretViewIds.get(form) ?? '';
    expect(
      (await gql.ok<{ savedViews: Array<{ id: string }> }>('{ savedViews { id } }', {}, analyst)).savedViews.map(
        (v) => v.id,
      ),
    ).toContain(id);
    expect((await gql.run('query($id: ID!) { savedView(id: $id) { id } }', { id }, analyst)).errors).toBeUndefined();
  });
});

describe('visibility is decided when a view is read', () => {
  const save = async (name: string, state: string, description: string | null = null): Promise<string> =>
    (
      await gql.ok<{ saveView: { id: string } }>(
        'mutation($n: String!, $d: String, $s: String!) { saveView(input: { name: $n, description: $d, state: $s }) { id } }',
        { n: name, d: description, s: state },
        analyst,
      )
    ).saveView.id;
  const viewerSees = async (id: string): Promise<boolean> =>
    !(await gql.run('query($id: ID!) { savedView(id: $id) { id } }', { id }, viewer)).errors;
  const setSensitive = (id: string, sensitive: boolean) =>
    db.runStatement('MATCH (a:Actor {id: $id}) SET a.sensitive = $sensitive', { id, sensitive });

  test('a view saved before its actor was marked sensitive is hidden once it is, and shown again when it no longer is', async () => {
    const byId = await save(
      'Cambodian CSO',
      toSavedState(encodeViewState({ ...INITIAL_VIEW, selected: 'actor:kh-cso-b' })),
    );
    const byName = await save('About Forest Friends', '{}', 'kh-cso-b is Forest Friends');
    expect([await viewerSees(byId), await viewerSees(byName)]).toEqual([true, true]);
    await setSensitive('kh-cso-b', true);
    try {
      expect([await viewerSees(byId), await viewerSees(byName)]).toEqual([false, false]);
    } finally {
      await setSensitive('kh-cso-b', false);
    }
    expect([await viewerSees(byId), await viewerSees(byName)]).toEqual([true, true]);
  });

  test('a view stored before references were recorded is read from its state', async () => {
    await db.runStatement(
      "CREATE (:SavedView {id: 'legacy-view', name: 'Old view', state: $state, createdAt: datetime(), sensitive: false})",
      { state: JSON.stringify({ query: 'expand=actor%3Amm-def~2' }) },
    );
    expect(await viewerSees('legacy-view')).toBe(false);
  });

  test('views that do not name a hidden actor stay visible: near words, other actors, short searches', async () => {
    const ids = [
      await save('Land rights in Myanmar', toSavedState('country=MM&q=land')),
      await save('Defenders of forests', '{}', 'Collective action on land'),
      await save(
        'Media',
        toSavedState(encodeViewState({ ...INITIAL_VIEW, selected: 'actor:mm-media' })),
        'LDCs are least developed countries',
      ),
    ];
    expect(await Promise.all(ids.map(viewerSees))).toEqual([true, true, true]);
  });
});
