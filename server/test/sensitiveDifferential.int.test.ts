import { isObjectType } from 'graphql';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { buildSchema } from '../src/graphql/schema';
import { smallGraph } from './fixtures/smallGraph';
import { fullSelection } from './fullSelection';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

/**
 * A viewer's answers must not depend on what the viewer may not see. Every Query field, with every field it can
 * return (counts, totals, scores and orders among them), is asked as a viewer twice: with the sensitive actor,
 * sensitive links and the links of the sensitive actor in the database, and after they have been deleted. Any
 * difference is a leak, however indirect (a count, a weight, a rank, a path length).
 */
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };

/** Argument sets for each root field (filters too: a filtered count can leak where the plain one does not). */
const ROOT_ARGS: Record<string, string[]> = {
  dataset: [''],
  actors: [
    '(first: 20)',
    '(first: 20, filter: { countries: ["MM"] })',
    '(first: 20, filter: { text: "land" })',
    '(first: 20, filter: { coalitions: ["coal-land"] })',
    '(first: 20, filter: { themes: ["community-forestry", "grievance-mechanisms"], sectors: [COMMUNITY, GOVERNMENT] })',
  ],
  actor: ['(id: "kh-biz")', '(id: "kh-gov")', '(id: "vn-farm")'],
  networks: [''],
  coalitions: [''],
  groups: ['', '(kind: COALITION)'],
  countries: [''],
  themes: [''],
  activities: ['', '(country: "KH")', '(filter: { participants: ["kh-cso-a", "mm-def"], roles: [PARTICIPANT, HOST] })'],
  activity: ['(id: "act-visit")'],
  activityRoles: ['(role: PARTICIPANT)', '(role: HOST, filter: { countries: ["KH"] })'],
  suggestParticipants: ['(activityId: "act-visit", limit: 50)'],
  reach: ['', '(scope: { from: "2015-01-01", countries: ["KH"], themes: ["community-forestry"] })'],
  graph: [
    '(include: { activities: true, countries: true, themes: true, groups: true })',
    '(filter: { countries: ["MM", "VN", "LA"] }, include: { activities: true })',
    '(filter: { themes: ["community-forestry"] })',
    '(asOf: "2016-06-01", include: { activities: true, countries: true, themes: true, groups: true })',
  ],
  neighbourhood: [
    '(id: "group:coal-land", depth: 3, limit: 500)',
    '(id: "actor:vn-farm", depth: 2)',
    '(id: "theme:community-forestry", depth: 2)',
    '(id: "group:coal-land", depth: 3, limit: 500, asOf: "2016-06-01")',
  ],
  path: [
    '(from: "vn-farm", to: "kh-cso-a")',
    '(from: "vn-farm", to: "la-res")',
    '(from: "kh-cso-c", to: "mm-media")',
    '(from: "kh-cso-c", to: "mm-media", asOf: "2016-06-01")',
  ],
  alignment: [
    '(filter: { countries: ["MM", "VN", "LA", "KH"] })',
    '(actorIds: ["vn-farm", "la-res", "kh-gov", "kh-biz"])',
    '(actorIds: ["vn-farm", "la-res", "kh-gov", "kh-biz"], asOf: "2016-06-01")',
  ],
  overlaps: [
    '(minShared: 1)',
    '(minShared: 1, filter: { countries: ["MM", "VN"] })',
    '(minShared: 1, asOf: "2016-06-01")',
  ],
  themeLandscape: ['(themeId: "community-forestry")', '(themeId: "grievance-mechanisms")'],
  suggestPartners: [
    '(actorId: "vn-farm", limit: 50)',
    '(actorId: "la-res", limit: 50)',
    '(actorId: "kh-gov", limit: 50)',
    '(actorId: "kh-gov", limit: 50, asOf: "2016-06-01")',
  ],
  coalitionGaps: ['(coalitionId: "coal-land")'],
  suggest: ['(text: "land", limit: 50)', '(text: "de")', '(text: "ma", limit: 50)'],
  actorFacets: ['', '(filter: { countries: ["MM", "KH"] })', '(filter: { text: "land", coalitions: ["coal-land"] })'],
  metrics: [
    '',
    '(relationTypes: [COLLABORATES_WITH, MEMBER_OF, PARTICIPATED_IN], minConfidence: LOW)',
    '(filter: { countries: ["MM", "KH", "VN"] })',
  ],
  metricsProgress: [''],
  allianceHealth: ['', '(ids: ["coal-land"], asOf: "2015-06-01")'],
  // The secrets below are dated in 2016: the first set lists them for an analyst.
  changesBetween: [
    '(from: "2016-01-01", to: "2017-01-01")',
    '(from: "2010-01-01", filter: { countries: ["MM", "KH"] })',
    '(from: "2016-01-01", to: "2016-12-31", filter: { text: "land" }, limit: 1)',
  ],
  phases: [''],
  // Saved views made embeddable below, live and frozen, over the countries the secrets are in.
  embeddedView: ['(id: "embed-live")', '(id: "embed-frozen")'],
};

/**
 * About the caller, the audit trail or the review queue of captured entries (refused to viewers), not the shared data:
 * covered by sensitive.int.test.ts, savedViews and capture.int.test.ts.
 */
const NOT_SHARED_DATA = new Set([
  'me',
  'users',
  'apiTokens',
  'changes',
  'savedViews',
  'savedView',
  'embedOrigins',
  'captures',
]);

const DEPTH = 4;

let db: Database;
let gql: GraphqlHarness;
const schema = buildSchema();
const rootFields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => !NOT_SHARED_DATA.has(f.name));

function probe(field: string, args = ROOT_ARGS[field]?.[0] ?? ''): string {
  const type = schema.getQueryType()?.getFields()[field]?.type;
  const named = type && 'ofType' in type ? (type.ofType as unknown) : type;
  let objectType = named;
  while (objectType && !isObjectType(objectType) && typeof objectType === 'object' && 'ofType' in objectType)
    objectType = objectType.ofType;
  if (!isObjectType(objectType)) throw new Error(`${field}: not an object type`);
  return `{ ${field}${args} { ${fullSelection(objectType, DEPTH)} } }`;
}

/** Every probe: a root field with one of its argument sets. */
const PROBES = Object.entries(ROOT_ARGS).flatMap(([field, sets]) =>
  sets.map((args) => ({ name: `${field}${args}`, field, args })),
);
const withSecrets = new Map<string, string>();
/** What an analyst got with the secrets there, to show the probes reach them at all. */
const analystWithSecrets = new Map<string, string>();
const POWER_FIELDS = [
  'dataset',
  'actors',
  'actor',
  'graph',
  'neighbourhood',
  'path',
  'activities',
  'activity',
  'activityRoles',
  'suggestParticipants',
  'reach',
  'countries',
  'themes',
  'groups',
  'alignment',
  'overlaps',
  'metrics',
  'allianceHealth',
  'changesBetween',
];

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  gql = await GraphqlHarness.create(db);
  // More sensitive facts than the fixture holds: a sensitive membership, interest, collaboration and participation.
  await gql.ok(
    `mutation {
      m: addMembership(input: { actorId: "kh-biz", groupId: "coal-land", role: "informal ally", provenance: { source: "KII-SECRET-01" }, sensitive: true, validFrom: "2016-02-01" }) { id }
      i: setInterest(input: { actorId: "kh-gov", themeId: "grievance-mechanisms", position: SUPPORTS, priority: 3, provenance: { source: "KII-SECRET-02" }, sensitive: true, positionFrom: "2016-03-01" }) { id }
      c: addCollaboration(input: { fromId: "kh-cso-c", toId: "mm-media", kind: "quiet exchange", provenance: { source: "KII-SECRET-03" }, sensitive: true, validFrom: "2016-04-01" }) { id }
    }`,
    {},
    analyst,
  );
  await db.runStatement(
    `MATCH (a:Actor {id: 'mm-def'}), (x:Activity {id: 'act-visit'})
     CREATE (a)-[:PARTICIPATED_IN {role: 'participant', source: 'KII-SECRET-04', recordedAt: date('2015-03-10'), confidence: 'HIGH'}]->(x)`,
  );
  for (const [id, mode] of [
    ['embed-live', 'LIVE'],
    ['embed-frozen', 'FROZEN'],
  ] as const) {
    await db.runStatement(
      "CREATE (:SavedView {id: $id, name: 'Mekong', state: $state, createdAt: datetime('2026-01-01T00:00:00Z')})",
      { id, state: JSON.stringify({ query: 'country=MM,KH,VN&show=countries,themes' }) },
    );
    await gql.ok(
      'mutation($id: ID!, $m: EmbedMode!) { setViewEmbed(id: $id, mode: $m) { id } }',
      { id, m: mode },
      analyst,
    );
  }
  for (const p of PROBES) withSecrets.set(p.name, JSON.stringify(await gql.run(probe(p.field, p.args), {}, viewer)));
  for (const f of POWER_FIELDS) analystWithSecrets.set(f, JSON.stringify(await gql.run(probe(f), {}, analyst)));
  await db.runStatement('MATCH ()-[r]->() WHERE r.sensitive = true DELETE r');
  await db.runStatement('MATCH (a:Actor) WHERE a.sensitive = true DETACH DELETE a');
}, 120_000);

afterAll(async () => {
  await gql.stop();
  await db.close();
});

test('every root field about the shared data has arguments here', () => {
  expect(rootFields.map((f) => f.name).filter((name) => !(name in ROOT_ARGS))).toEqual([]);
});

test('the probes select every field, counts included', () => {
  expect(probe('dataset')).toMatch(/\bactors\b/);
  expect(probe('themes')).toMatch(/\bactorCount\b.*\bsupports\b/);
  expect(probe('themeLandscape')).toMatch(/counts \{ [^}]*total/);
});

test("the probes reach the secrets: an analyst's answers change when they are deleted", async () => {
  const unchanged: string[] = [];
  for (const field of POWER_FIELDS) {
    if (JSON.stringify(await gql.run(probe(field), {}, analyst)) === analystWithSecrets.get(field))
      unchanged.push(field);
  }
  expect(unchanged).toEqual([]);
});

describe.each(PROBES.map((p) => [p.name, p] as const))('%s', (_name, p) => {
  test('a viewer gets the same answer with and without the sensitive actor and links', async () => {
    const without = JSON.stringify(await gql.run(probe(p.field, p.args), {}, viewer));
    expect(JSON.parse(withSecrets.get(p.name) ?? 'null')).toEqual(JSON.parse(without));
    expect(without).not.toContain('"errors"');
  });
});
