/**
 * Network analytics through the API over the real Neo4j (the small fixture, worked out by hand): what a viewer's
 * measures are computed over, confidence and dates, the kinds of link, the cache, round trips, alliance health.
 */
import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };

const METRICS = `query($filter: ActorFilter, $min: Confidence, $types: [RelationType!], $asOf: String) {
  metrics(filter: $filter, minConfidence: $min, relationTypes: $types, asOf: $asOf) {
    asOf actorCount nodeCount tieCount approximate sampledSources modularity
    actors { id name sector country degree weightedDegree betweenness closeness pagerank community
      brokerage { coordinator itinerant gatekeeper liaison } }
    communities { id size actorCount label themes sectors hubId hubName colour }
    brokers { id name score role sectorsConnected countriesConnected connects { id name } sentence }
  } }`;
const HEALTH = `query($ids: [ID!], $min: Confidence, $asOf: String) {
  allianceHealth(ids: $ids, minConfidence: $min, asOf: $asOf) {
    id name kind members density ties crossSectorShare crossBorderShare activeMembers agreement
    themes { themeId name members supports opposes mixed agreement } } }`;

interface ActorRow {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  community: number;
}
interface Metrics {
  asOf: string;
  actorCount: number;
  nodeCount: number;
  tieCount: number;
  approximate: boolean;
  modularity: number;
  actors: ActorRow[];
  communities: Array<{ id: number; size: number; label: string; colour: string }>;
  brokers: Array<{ id: string; sentence: string }>;
}
interface Health {
  id: string;
  members: number;
  density: number;
  ties: number;
  crossSectorShare: number;
  crossBorderShare: number;
  activeMembers: number;
  agreement: number | null;
  themes: Array<{ themeId: string; members: number; supports: number; mixed: number; agreement: number }>;
}

let db: Database;
let gql: GraphqlHarness;

async function metrics(variables: Record<string, unknown> = {}, who: Viewer = viewer): Promise<Metrics> {
  return (await gql.ok<{ metrics: Metrics }>(METRICS, variables, who)).metrics;
}
const byId = (m: Metrics) => new Map(m.actors.map((a) => [a.id, a]));

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  gql = await GraphqlHarness.create(db);
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

test('a viewer measures the map without the sensitive actor: the ties through it are not there', async () => {
  const seen = await metrics();
  const ids = seen.actors.map((a) => a.id);
  expect(ids).not.toContain('mm-def');
  expect(seen.actorCount).toBe(8);
  const actors = byId(seen);
  // vn-farm and la-res are tied only through mm-def.
  expect(actors.get('vn-farm')?.degree).toBe(0);
  expect(actors.get('la-res')?.degree).toBe(0);
  // kh-cso-a – kh-cso-c – kh-gov – kh-biz is a path: c and gov each carry two of its pairs.
  // Normalised over (n-1)(n-2)/2 = 21 pairs of the 8 actors.
  expect(actors.get('kh-cso-c')?.betweenness).toBeCloseTo(2 / 21, 10);
  expect(actors.get('kh-gov')?.betweenness).toBeCloseTo(2 / 21, 10);
  expect(actors.get('kh-cso-a')?.betweenness).toBe(0);
  // HIGH 3 + MEDIUM 2 for kh-cso-c.
  expect(actors.get('kh-cso-c')?.weightedDegree).toBe(5);
  expect(seen.asOf).toBe(new Date().toISOString().slice(0, 10));
  const analystView = byId(await metrics({}, analyst));
  expect(analystView.get('mm-def')?.betweenness).toBeGreaterThan(0);
  expect(analystView.get('vn-farm')?.degree).toBe(1);
});

test('minConfidence leaves out weaker links', async () => {
  const medium = byId(await metrics({ min: 'MEDIUM' }));
  expect(medium.get('kh-biz')?.degree).toBe(0);
  expect(medium.get('kh-gov')?.degree).toBe(1);
  const low = byId(await metrics({ min: 'LOW' }));
  expect(low.get('kh-gov')?.degree).toBe(2);
  expect(low.get('kh-gov')?.weightedDegree).toBe(3);
  // The filter's own minConfidence is the default.
  const viaFilter = byId(await metrics({ filter: { minConfidence: 'MEDIUM' } }));
  expect(viaFilter.get('kh-biz')?.degree).toBe(0);
});

test('the filter chooses the actors: ties to actors outside it are left out', async () => {
  const kh = await metrics({ filter: { countries: ['KH'] } });
  expect(kh.actors.map((a) => a.id).sort()).toEqual(['kh-biz', 'kh-cso-a', 'kh-cso-b', 'kh-cso-c', 'kh-gov']);
  const civil = byId(await metrics({ filter: { sectors: ['CIVIL_SOCIETY'] } }));
  expect(civil.get('kh-cso-c')?.degree).toBe(1);
});

test('memberships and participations make groups and activities nodes between actors', async () => {
  const groups = await metrics({ types: ['MEMBER_OF'] });
  const actors = byId(groups);
  // net-forest: kh-cso-a and kh-cso-b; coal-land: vn-farm only (mm-def is hidden).
  expect(groups.nodeCount).toBe(8 + 2);
  expect(actors.get('kh-cso-a')?.degree).toBe(1);
  expect(actors.get('kh-cso-a')?.closeness).toBeGreaterThan(0);
  const both = byId(await metrics({ types: ['COLLABORATES_WITH', 'PARTICIPATED_IN'] }));
  // kh-cso-a: kh-cso-c and the learning visit.
  expect(both.get('kh-cso-a')?.degree).toBe(2);
  const refused = await gql.run(METRICS, { types: ['BASED_IN'] }, viewer);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.message).toMatch(/relationTypes/);
});

test('asOf: a tie counts only on the days it held; a malformed date is refused', async () => {
  await db.runStatement(
    `MATCH (:Actor {id: 'kh-cso-a'})-[r:COLLABORATES_WITH]-(:Actor {id: 'kh-cso-c'})
     SET r.validFrom = date('2016-01-01'), r.validTo = date('2020-12-31')`,
  );
  expect(byId(await metrics()).get('kh-cso-a')?.degree).toBe(0);
  expect(byId(await metrics({ asOf: '2019-06-01' })).get('kh-cso-a')?.degree).toBe(1);
  expect(byId(await metrics({ asOf: '2020-12-31' })).get('kh-cso-a')?.degree).toBe(1);
  expect(byId(await metrics({ asOf: '2015-12-31' })).get('kh-cso-a')?.degree).toBe(0);
  for (const asOf of ['2019-13-01', '2019-02-30', 'yesterday', '2019-6-1']) {
    const result = await gql.run(METRICS, { asOf }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('asOf');
  }
  await db.runStatement(
    `MATCH (:Actor {id: 'kh-cso-a'})-[r:COLLABORATES_WITH]-(:Actor {id: 'kh-cso-c'}) REMOVE r.validFrom, r.validTo`,
  );
  await db.runStatement(`MATCH (a:Actor {id: 'la-res'}) SET a.validTo = date('2020-01-01')`);
  expect((await metrics()).actors.map((a) => a.id)).not.toContain('la-res');
  expect((await metrics({ asOf: '2019-01-01' })).actors.map((a) => a.id)).toContain('la-res');
  await db.runStatement(`MATCH (a:Actor {id: 'la-res'}) REMOVE a.validTo`);
});

test('kept per data version: a repeat is one count-store read, a write is seen at once', async () => {
  const first = await metrics({ min: 'HIGH' });
  const before = db.roundTrips;
  const again = await metrics({ min: 'HIGH' });
  expect(db.roundTrips - before).toBeLessThanOrEqual(1);
  expect(again).toEqual(first);
  await gql.ok(
    `mutation { addCollaboration(input: { fromId: "kh-cso-b", toId: "la-res", kind: "joint research",
      provenance: { source: "Fixture workshop", confidence: HIGH } }) { id } }`,
    {},
    analyst,
  );
  const after = byId(await metrics({ min: 'HIGH' }));
  expect(after.get('la-res')?.degree).toBe(1);
  await gql.ok('mutation { removeCollaboration(fromId: "kh-cso-b", toId: "la-res") { id } }', {}, analyst);
});

test('a computation is one read of the network (and the data version): no query per actor', async () => {
  const before = db.roundTrips;
  await metrics({ types: ['COLLABORATES_WITH', 'MEMBER_OF', 'PARTICIPATED_IN'], min: 'MEDIUM' });
  expect(db.roundTrips - before).toBeLessThanOrEqual(2);
});

test('communities: every actor in one, labelled, with a colour; brokers carry a sentence', async () => {
  const seen = await metrics();
  const total = seen.communities.reduce((sum, c) => sum + c.size, 0);
  expect(total).toBe(seen.nodeCount);
  for (const actor of seen.actors) expect(seen.communities[actor.community]).toBeDefined();
  for (const c of seen.communities) {
    expect(c.label.length).toBeGreaterThan(0);
    expect(c.colour).toMatch(/^#[0-9A-F]{6}$/i);
  }
  // kh-cso-c links kh-cso-a (civil society) and kh-gov (government), who have no tie of their own.
  const broker = seen.brokers.find((b) => b.id === 'kh-cso-c');
  expect(broker?.sentence).toContain('Forest Voices Cambodia');
  expect(broker?.sentence).toContain('Provincial Land Office');
});

test('metricsProgress: ready once computed, not running', async () => {
  await metrics({ min: 'LOW' });
  const progress = await gql.ok<{ metricsProgress: { running: boolean; ready: boolean } }>(
    '{ metricsProgress(minConfidence: LOW) { running ready phase done total elapsedMs } }',
    {},
    viewer,
  );
  expect(progress.metricsProgress).toMatchObject({ running: false, ready: true });
});

test('alliance health of a network: members, ties, activity and agreement on its themes', async () => {
  const [forest] = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, { ids: ['net-forest'] }, viewer)).allianceHealth;
  // kh-cso-a (SUPPORTS community forestry, HIGH) and kh-cso-b (MIXED, LOW); no tie between them.
  expect(forest).toMatchObject({ id: 'net-forest', members: 2, ties: 0, density: 0, agreement: 0.5 });
  expect(forest?.activeMembers).toBe(0);
  expect(forest?.themes).toEqual([
    expect.objectContaining({ themeId: 'community-forestry', members: 2, supports: 1, mixed: 1, agreement: 0.5 }),
  ]);
  // The learning visit (2015-03-10) makes both active in the 12 months up to mid-2015.
  const [then] = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, { ids: ['net-forest'], asOf: '2015-06-01' }))
    .allianceHealth;
  expect(then?.activeMembers).toBe(2);
  // Without the LOW interest, the members who hold a position agree.
  const [firm] = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, { ids: ['net-forest'], min: 'MEDIUM' }))
    .allianceHealth;
  expect(firm?.agreement).toBe(1);
  await gql.ok(
    `mutation { addCollaboration(input: { fromId: "kh-cso-a", toId: "kh-cso-b", kind: "joint advocacy",
      provenance: { source: "Fixture workshop", confidence: HIGH } }) { id } }`,
    {},
    analyst,
  );
  const [tied] = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, { ids: ['net-forest'] })).allianceHealth;
  expect(tied).toMatchObject({ members: 2, ties: 1, density: 1, crossSectorShare: 0, crossBorderShare: 0 });
  await gql.ok('mutation { removeCollaboration(fromId: "kh-cso-a", toId: "kh-cso-b") { id } }', {}, analyst);
});

test('alliance health: a viewer never counts the sensitive member; every group when no ids', async () => {
  const forViewer = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, {}, viewer)).allianceHealth;
  expect(forViewer.map((h) => h.id).sort()).toEqual(['coal-land', 'net-forest']);
  const coalition = forViewer.find((h) => h.id === 'coal-land');
  const forAnalyst = (await gql.ok<{ allianceHealth: Health[] }>(HEALTH, { ids: ['coal-land'] }, analyst))
    .allianceHealth[0];
  // vn-farm alone for the viewer; with mm-def (and their collaboration, VN–MM, community–civil society) for analysts.
  expect(coalition).toMatchObject({ members: 1, ties: 0, density: 0 });
  expect(forAnalyst).toMatchObject({ members: 2, ties: 1, density: 1, crossBorderShare: 1 });
  const tooMany = await gql.run(HEALTH, { ids: Array.from({ length: 501 }, (_, i) => `g${i}`) }, viewer);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('adding sensitive actors and links changes nothing a viewer gets', async () => {
  const variableSets: Array<Record<string, unknown>> = [
    {},
    { types: ['COLLABORATES_WITH', 'MEMBER_OF', 'PARTICIPATED_IN'] },
    { min: 'LOW', filter: { countries: ['KH', 'MM', 'VN'] } },
  ];
  const before = [];
  for (const variables of variableSets) before.push(await metrics(variables));
  const healthBefore = await gql.ok(HEALTH, {}, viewer);
  const analystBefore = await metrics({}, analyst);
  // A sensitive hub tied to everyone, a sensitive collaboration, membership and participation between visible actors.
  await db.runStatement(
    `CREATE (s:Actor {id: 'secret-hub', name: 'Secret Hub', sector: 'CIVIL_SOCIETY', level: 'LOCAL', influence: 5,
       sensitive: true, searchKey: 'secret hub', altNames: []})
     WITH s MATCH (c:Country {id: 'KH'}) CREATE (s)-[:BASED_IN {source: 'x', confidence: 'HIGH'}]->(c)
     WITH s MATCH (a:Actor) WHERE a.id <> 'secret-hub'
     CREATE (s)-[:COLLABORATES_WITH {kind: 'secret', source: 'KII-SECRET', confidence: 'HIGH'}]->(a)
     WITH DISTINCT s MATCH (g:Group) CREATE (s)-[:MEMBER_OF {role: 'member', source: 'KII-SECRET', confidence: 'HIGH'}]->(g)`,
  );
  await db.runStatement(
    `MATCH (a:Actor {id: 'kh-cso-b'}), (b:Actor {id: 'kh-biz'}), (g:Group {id: 'coal-land'}), (x:Activity {id: 'act-visit'}),
           (t:Theme {id: 'smallholder-investment'})
     CREATE (a)-[:COLLABORATES_WITH {kind: 'secret', source: 'KII-SECRET', confidence: 'HIGH', sensitive: true}]->(b)
     CREATE (b)-[:MEMBER_OF {role: 'ally', source: 'KII-SECRET', confidence: 'HIGH', sensitive: true}]->(g)
     CREATE (b)-[:PARTICIPATED_IN {role: 'participant', source: 'KII-SECRET', confidence: 'HIGH', sensitive: true}]->(x)
     CREATE (a)-[:INTERESTED_IN {position: 'OPPOSES', priority: 1, source: 'KII-SECRET', confidence: 'HIGH', sensitive: true}]->(t)`,
  );
  for (const [i, variables] of variableSets.entries()) expect(await metrics(variables)).toEqual(before[i]);
  expect(await gql.ok(HEALTH, {}, viewer)).toEqual(healthBefore);
  // The secrets are there to be seen: an analyst's measures change.
  const analystAfter = await metrics({}, analyst);
  expect(analystAfter).not.toEqual(analystBefore);
  expect(analystAfter.actors.map((a) => a.id)).toContain('secret-hub');
  await db.runStatement("MATCH (s:Actor {id: 'secret-hub'}) DETACH DELETE s");
  await db.runStatement("MATCH ()-[r]->() WHERE r.source = 'KII-SECRET' DELETE r");
});
