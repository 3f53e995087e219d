import type { Viewer } from '../src/domain/viewer';
import { timeGraph } from './fixtures/timeGraph';
import { apiSuite } from './graphqlHarness';

/**
 * Known answers for the map through time, on timeGraph with these ties recorded through the API (dates inclusive):
 *   kh-cso  member of coal-smallholder 2015-01-01 .. 2018-06-30 (ended)
 *   vn-biz  member of coal-smallholder from 2019-03-01
 *   mm-def  (a sensitive actor) member from 2016-01-01
 *   la-gov  member from 2017-05-01 through a sensitive link
 *   kh-cso  collaborates with th-res 2016-03-01 .. 2020-12-31
 *   vn-biz  on smallholder investment: UNKNOWN from 2015-06-01, SUPPORTS from 2019-04-15 (after the consultation)
 *   kh-cso  on smallholder investment: SUPPORTS from 2015-01-01
 *   la-gov  on community forestry: OPPOSES from 2014-01-01, MIXED from 2017-09-01
 *   th-youth (created through the API) on the map from 2018-02-01
 *   act-2016 (held 2016-05-01): kh-cso; act-2019 "2019 regional consultation" (held 2019-04-15): vn-biz, kh-cso, mm-def
 * What each answer should be is worked out beside each test from this table.
 */
const suite = apiSuite(timeGraph);
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const admin: Viewer = { role: 'admin', userId: 'u-adm', username: 'adm' };
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const anonymous: Viewer = { role: 'viewer', anonymous: true };

const src = (source: string, recordedAt: string) => ({ source, recordedAt, confidence: 'HIGH' });

const MEMBERSHIP = `mutation($input: MembershipInput!) { addMembership(input: $input) { id } }`;
const INTEREST = `mutation($input: InterestInput!) { setInterest(input: $input) { id } }`;
const COLLABORATION = `mutation($input: CollaborationInput!) { addCollaboration(input: $input) { id } }`;

const GRAPH = `query($asOf: String) {
  graph(asOf: $asOf, include: { groups: true, countries: false, themes: true, collaborations: true, activities: true }) {
    nodes { id validFrom } edges { id position validFrom validTo }
  }
}`;
interface GraphAnswer {
  graph: {
    nodes: Array<{ id: string; validFrom: string | null }>;
    edges: Array<{ id: string; position: string | null; validFrom: string | null; validTo: string | null }>;
  };
}

const CHANGES = `query($from: String!, $to: String, $filter: ActorFilter) {
  changesBetween(from: $from, to: $to, filter: $filter) {
    from to truncated
    newTies { edgeId kind label validFrom validTo source { id name } target { id } provenance { source confidence } }
    newTieCount
    endedTies { edgeId validTo } endedTieCount
    newActors { actor { id name } validFrom } newActorCount
    positionShifts { actor { id } theme { id } before after on provenance { source } } positionShiftCount
    firstEngagements { actor { id } activity { id name } date role } firstEngagementCount
  }
}`;
interface ChangesAnswer {
  changesBetween: {
    from: string;
    to: string;
    truncated: boolean;
    newTies: Array<{ edgeId: string; kind: string; label: string | null; validFrom: string; source: { id: string } }>;
    newTieCount: number;
    endedTies: Array<{ edgeId: string; validTo: string }>;
    endedTieCount: number;
    newActors: Array<{ actor: { id: string }; validFrom: string }>;
    newActorCount: number;
    positionShifts: Array<{
      actor: { id: string };
      theme: { id: string };
      before: string;
      after: string;
      on: string;
      provenance: { source: string };
    }>;
    positionShiftCount: number;
    firstEngagements: Array<{ actor: { id: string }; activity: { id: string }; date: string; role: string }>;
    firstEngagementCount: number;
  };
}

const graphAt = (asOf: string, who: Viewer = analyst) => suite.gql.ok<GraphAnswer>(GRAPH, { asOf }, who);
const edgeIds = (answer: GraphAnswer) => answer.graph.edges.map((e) => e.id).sort();
const memberEdge = (actorId: string) => `MEMBER_OF:actor:${actorId}:group:coal-smallholder`;
const interestEdge = (actorId: string, theme: string) => `INTERESTED_IN:actor:${actorId}:theme:${theme}`;
const COLLAB = 'COLLABORATES_WITH:actor:kh-cso:actor:th-res';

beforeAll(async () => {
  const { gql } = suite;
  const ws = src('Fixture consultation, Phnom Penh', '2015-01-10');
  await gql.ok(
    MEMBERSHIP,
    {
      input: {
        actorId: 'kh-cso',
        groupId: 'coal-smallholder',
        validFrom: '2015-01-01',
        validTo: '2018-06-30',
        provenance: ws,
      },
    },
    analyst,
  );
  await gql.ok(
    MEMBERSHIP,
    { input: { actorId: 'vn-biz', groupId: 'coal-smallholder', validFrom: '2019-03-01', provenance: ws } },
    analyst,
  );
  await gql.ok(
    MEMBERSHIP,
    { input: { actorId: 'mm-def', groupId: 'coal-smallholder', validFrom: '2016-01-01', provenance: ws } },
    analyst,
  );
  await gql.ok(
    MEMBERSHIP,
    {
      input: {
        actorId: 'la-gov',
        groupId: 'coal-smallholder',
        validFrom: '2017-05-01',
        sensitive: true,
        provenance: ws,
      },
    },
    analyst,
  );
  await gql.ok(
    COLLABORATION,
    { input: { fromId: 'kh-cso', toId: 'th-res', validFrom: '2016-03-01', validTo: '2020-12-31', provenance: ws } },
    analyst,
  );
  const interest = (actorId: string, themeId: string, position: string, positionFrom: string, source: string) =>
    gql.ok(
      INTEREST,
      { input: { actorId, themeId, position, positionFrom, provenance: src(source, positionFrom) } },
      analyst,
    );
  await interest('vn-biz', 'smallholder-investment', 'UNKNOWN', '2015-06-01', 'Company interview, Da Lat');
  await interest('vn-biz', 'smallholder-investment', 'SUPPORTS', '2019-04-15', '2019 regional consultation');
  await interest('kh-cso', 'smallholder-investment', 'SUPPORTS', '2015-01-01', 'Fixture consultation, Phnom Penh');
  // Recorded late, out of order: the history is kept in date order whatever order it is recorded in.
  await interest('la-gov', 'community-forestry', 'MIXED', '2017-09-01', 'Ministry workshop, Vientiane');
  await interest('la-gov', 'community-forestry', 'OPPOSES', '2014-01-01', 'Desk review 2014');
  // The same position again on a later day adds nothing: it was already held then.
  await interest('la-gov', 'community-forestry', 'MIXED', '2018-03-01', 'Follow-up notes');
  await gql.ok(
    `mutation($input: CreateActorInput!) { createActor(input: $input) { id } }`,
    {
      input: {
        id: 'th-youth',
        name: 'Mekong Youth for Land',
        sector: 'CIVIL_SOCIETY',
        level: 'REGIONAL',
        basedIn: 'TH',
        validFrom: '2018-02-01',
      },
    },
    analyst,
  );
  const activity = async (id: string, name: string, date: string, participants: Array<[string, string]>) => {
    await gql.ok(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      { input: { id, name, date, type: 'CONVENING_COLLABORATION', status: 'HELD', country: 'REGIONAL' } },
      analyst,
    );
    for (const [actorId, role] of participants) {
      await gql.ok(
        `mutation($input: ParticipantInput!) { addParticipant(input: $input) { id } }`,
        { input: { activityId: id, actorId, role, provenance: src(`${name}: attendance list`, date) } },
        analyst,
      );
    }
  };
  await activity('act-2016', 'Smallholder contracts dialogue', '2016-05-01', [['kh-cso', 'PARTICIPANT']]);
  await activity('act-2019', '2019 regional consultation', '2019-04-15', [
    ['vn-biz', 'PARTICIPANT'],
    ['kh-cso', 'SPEAKER'],
    ['mm-def', 'KEY_INFORMANT'],
  ]);
});

describe('the map as of a date (graph asOf)', () => {
  test('mid-2016: kh-cso and mm-def are members, vn-biz is not yet, the collaboration holds, th-youth is not yet on the map', async () => {
    const at = await graphAt('2016-06-01');
    const ids = edgeIds(at);
    expect(ids).toContain(memberEdge('kh-cso'));
    expect(ids).toContain(memberEdge('mm-def'));
    expect(ids).not.toContain(memberEdge('vn-biz'));
    expect(ids).not.toContain(memberEdge('la-gov'));
    expect(ids).toContain(COLLAB);
    expect(at.graph.nodes.map((n) => n.id)).not.toContain('actor:th-youth');
    // Activities on a past map: held by then only.
    expect(ids).toContain('PARTICIPATED_IN:actor:kh-cso:activity:act-2016');
    expect(ids.filter((id) => id.endsWith('activity:act-2019'))).toEqual([]);
  });

  test("mid-2019: kh-cso's membership has ended, vn-biz and (for analysts) la-gov are members, th-youth is on the map", async () => {
    const at = await graphAt('2019-06-01');
    const ids = edgeIds(at);
    expect(ids).not.toContain(memberEdge('kh-cso'));
    expect(ids).toEqual(
      expect.arrayContaining([memberEdge('vn-biz'), memberEdge('mm-def'), memberEdge('la-gov'), COLLAB]),
    );
    const youth = at.graph.nodes.find((n) => n.id === 'actor:th-youth');
    expect(youth?.validFrom).toBe('2018-02-01');
    const ended = await graphAt('2021-01-01');
    expect(edgeIds(ended)).not.toContain(COLLAB);
  });

  test('the last day of a tie is on the map, the day after is not (validTo is inclusive)', async () => {
    expect(edgeIds(await graphAt('2018-06-30'))).toContain(memberEdge('kh-cso'));
    expect(edgeIds(await graphAt('2018-07-01'))).not.toContain(memberEdge('kh-cso'));
    expect(edgeIds(await graphAt('2014-12-31'))).not.toContain(memberEdge('kh-cso'));
    expect(edgeIds(await graphAt('2015-01-01'))).toContain(memberEdge('kh-cso'));
  });

  test('an interest carries the position it held that day', async () => {
    const position = async (asOf: string, actorId: string, theme: string) =>
      (await graphAt(asOf)).graph.edges.find((e) => e.id === interestEdge(actorId, theme))?.position ?? null;
    expect(await position('2015-05-31', 'vn-biz', 'smallholder-investment')).toBeNull();
    expect(await position('2016-06-01', 'vn-biz', 'smallholder-investment')).toBe('UNKNOWN');
    expect(await position('2019-04-14', 'vn-biz', 'smallholder-investment')).toBe('UNKNOWN');
    expect(await position('2019-04-15', 'vn-biz', 'smallholder-investment')).toBe('SUPPORTS');
    expect(await position('2016-06-01', 'la-gov', 'community-forestry')).toBe('OPPOSES');
    expect(await position('2018-06-01', 'la-gov', 'community-forestry')).toBe('MIXED');
  });

  test("today's map leaves out ended ties and keeps those that hold", async () => {
    const today = await suite.gql.ok<GraphAnswer>(GRAPH, {}, analyst);
    const ids = edgeIds(today);
    expect(ids).not.toContain(memberEdge('kh-cso'));
    expect(ids).not.toContain(COLLAB);
    expect(ids).toContain(memberEdge('vn-biz'));
    const edge = today.graph.edges.find((e) => e.id === memberEdge('vn-biz'));
    expect(edge).toMatchObject({ validFrom: '2019-03-01', validTo: null });
  });

  test('a viewer never gets the sensitive actor or the sensitive link on any past map', async () => {
    for (const asOf of ['2016-06-01', '2018-01-01', '2019-06-01']) {
      const text = JSON.stringify(await graphAt(asOf, viewer));
      expect(text).not.toContain('mm-def');
      expect(text).not.toContain(memberEdge('la-gov'));
    }
  });

  test('a malformed or impossible date is BAD_USER_INPUT naming asOf', async () => {
    for (const asOf of ['yesterday', '2019-02-30', '2019-13-01', "2019-01-01' OR 1=1", '']) {
      const result = await suite.gql.run(GRAPH, { asOf }, analyst);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/asOf/);
    }
  });
});

describe('neighbourhood, path, alignment and partners as of a date', () => {
  const NEIGHBOURHOOD = `query($asOf: String) { neighbourhood(id: "group:coal-smallholder", asOf: $asOf) { nodes { id } } }`;
  const members = async (asOf: string, who: Viewer) =>
    (
      await suite.gql.ok<{ neighbourhood: { nodes: Array<{ id: string }> } }>(NEIGHBOURHOOD, { asOf }, who)
    ).neighbourhood.nodes
      .map((n) => n.id)
      .filter((id) => id.startsWith('actor:'))
      .sort();

  test("the coalition's members in 2016 and 2019, for an analyst and for a viewer", async () => {
    expect(await members('2016-06-01', analyst)).toEqual(['actor:kh-cso', 'actor:mm-def']);
    expect(await members('2016-06-01', viewer)).toEqual(['actor:kh-cso']);
    expect(await members('2019-06-01', analyst)).toEqual(['actor:la-gov', 'actor:mm-def', 'actor:vn-biz']);
    expect(await members('2019-06-01', viewer)).toEqual(['actor:vn-biz']);
  });

  test('the path from kh-cso to vn-biz: none in 2016 or 2018, through the 2019 consultation in mid-2019', async () => {
    const PATH = `query($asOf: String) { path(from: "kh-cso", to: "vn-biz", asOf: $asOf) { connected nodes { id } } }`;
    const path = async (asOf: string) =>
      (await suite.gql.ok<{ path: { connected: boolean; nodes: Array<{ id: string }> } }>(PATH, { asOf }, viewer)).path;
    expect((await path('2016-06-01')).connected).toBe(false);
    expect((await path('2018-06-01')).connected).toBe(false);
    const mid2019 = await path('2019-06-01');
    expect(mid2019.connected).toBe(true);
    expect(mid2019.nodes.map((n) => n.id)).toEqual(['actor:kh-cso', 'activity:act-2019', 'actor:vn-biz']);
  });

  test('alignment on smallholder investment: kh-cso supports alone in 2016, both support in 2020', async () => {
    const ALIGN = `query($asOf: String) {
      alignment(actorIds: ["kh-cso", "vn-biz"], asOf: $asOf) { themes { theme { id } supports unknown } }
    }`;
    const theme = async (asOf: string) =>
      (
        await suite.gql.ok<{
          alignment: { themes: Array<{ theme: { id: string }; supports: number; unknown: number }> };
        }>(ALIGN, { asOf }, analyst)
      ).alignment.themes.find((t) => t.theme.id === 'smallholder-investment');
    expect(await theme('2016-06-01')).toMatchObject({ supports: 1, unknown: 1 });
    expect(await theme('2020-01-01')).toMatchObject({ supports: 2, unknown: 0 });
    // Before either held a position there is nothing shared.
    expect(await theme('2014-06-01')).toBeUndefined();
  });

  test('partners of an actor not yet on the map are NOT_FOUND; on the map they are answered', async () => {
    const PARTNERS = `query($asOf: String) { suggestPartners(actorId: "th-youth", asOf: $asOf) { actor { id } } }`;
    const before = await suite.gql.run(PARTNERS, { asOf: '2017-01-01' }, analyst);
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const after = await suite.gql.run(PARTNERS, { asOf: '2019-01-01' }, analyst);
    expect(after.errors).toBeUndefined();
  });

  test('overlaps as of 2016 and 2020 pair kh-cso with vn-biz on their one shared theme', async () => {
    const OVERLAPS = `query($asOf: String) { overlaps(minShared: 1, asOf: $asOf) { edges { source target weight } } }`;
    type Overlaps = { overlaps: { edges: Array<{ source: string; target: string; weight: number }> } };
    for (const asOf of ['2016-06-01', '2020-01-01']) {
      const { overlaps } = await suite.gql.ok<Overlaps>(OVERLAPS, { asOf }, viewer);
      const pair = overlaps.edges.filter((e) => [e.source, e.target].sort().join() === 'kh-cso,vn-biz');
      expect(pair).toHaveLength(1);
    }
    const { overlaps: early } = await suite.gql.ok<Overlaps>(OVERLAPS, { asOf: '2014-06-01' }, viewer);
    expect(early.edges).toEqual([]);
  });
});

describe('position history (Interest.history)', () => {
  const HISTORY = `query($id: ID!) { actor(id: $id) { interests { theme { id } position validFrom history { position from source } } } }`;
  type HistoryAnswer = {
    actor: {
      interests: Array<{
        theme: { id: string };
        position: string;
        validFrom: string;
        history: Array<{ position: string; from: string; source: string }>;
      }>;
    };
  };

  test('each change dated with its source, oldest first, never written over; the current position is the last', async () => {
    const { actor } = await suite.gql.ok<HistoryAnswer>(HISTORY, { id: 'la-gov' }, viewer);
    const forestry = actor.interests.find((i) => i.theme.id === 'community-forestry');
    expect(forestry).toMatchObject({ position: 'MIXED', validFrom: '2014-01-01' });
    expect(forestry?.history).toEqual([
      { position: 'OPPOSES', from: '2014-01-01', source: 'Desk review 2014' },
      { position: 'MIXED', from: '2017-09-01', source: 'Ministry workshop, Vientiane' },
    ]);
  });

  test('undoing a position change restores the history as it was', async () => {
    await suite.gql.ok(
      INTEREST,
      {
        input: {
          actorId: 'la-gov',
          themeId: 'smallholder-investment',
          position: 'SUPPORTS',
          positionFrom: '2016-01-01',
          provenance: src('Research brief', '2016-01-01'),
        },
      },
      analyst,
    );
    await suite.gql.ok(
      INTEREST,
      {
        input: {
          actorId: 'la-gov',
          themeId: 'smallholder-investment',
          position: 'MIXED',
          positionFrom: '2020-01-01',
          provenance: src('Research brief 2020', '2020-01-01'),
        },
      },
      analyst,
    );
    const { changes } = await suite.gql.ok<{ changes: Array<{ id: string; action: string }> }>(
      `{ changes(entityId: "la-gov", limit: 1) { id action } }`,
      {},
      admin,
    );
    expect(changes[0]?.action).toBe('setInterest');
    await suite.gql.ok(`mutation($id: ID!) { undoChange(id: $id) { id } }`, { id: changes[0]?.id }, admin);
    const { actor } = await suite.gql.ok<HistoryAnswer>(HISTORY, { id: 'la-gov' }, analyst);
    expect(actor.interests.find((i) => i.theme.id === 'smallholder-investment')?.history).toEqual([
      { position: 'SUPPORTS', from: '2016-01-01', source: 'Research brief' },
    ]);
  });
});

describe('changesBetween', () => {
  const changes = async (from: string, to: string | null, who: Viewer, filter?: unknown) =>
    (await suite.gql.ok<ChangesAnswer>(CHANGES, { from, to, filter }, who)).changesBetween;

  test('2018 to 2019: vn-biz joins, kh-cso leaves, th-youth arrives, vn-biz shifts to SUPPORTS, two first engagements', async () => {
    const c = await changes('2018-01-01', '2019-12-31', analyst);
    expect(c.newTies.map((t) => t.edgeId)).toEqual([memberEdge('vn-biz')]);
    expect(c.newTies[0]).toMatchObject({ kind: 'MEMBER_OF', validFrom: '2019-03-01', label: 'member' });
    expect(c.endedTies).toEqual([{ edgeId: memberEdge('kh-cso'), validTo: '2018-06-30' }]);
    expect(c.newActors).toEqual([
      { actor: { id: 'actor:th-youth', name: 'Mekong Youth for Land' }, validFrom: '2018-02-01' },
    ]);
    expect(c.positionShifts).toEqual([
      {
        actor: { id: 'actor:vn-biz' },
        theme: { id: 'theme:smallholder-investment' },
        before: 'UNKNOWN',
        after: 'SUPPORTS',
        on: '2019-04-15',
        provenance: { source: '2019 regional consultation' },
      },
    ]);
    expect(c.firstEngagements.map((e) => [e.actor.id, e.activity.id, e.date, e.role]).sort()).toEqual([
      // The role as recorded (roles are stored in words).
      ['actor:mm-def', 'activity:act-2019', '2019-04-15', 'key informant'],
      ['actor:vn-biz', 'activity:act-2019', '2019-04-15', 'participant'],
    ]);
    expect([c.newTieCount, c.endedTieCount, c.newActorCount, c.positionShiftCount, c.firstEngagementCount]).toEqual([
      1, 1, 1, 1, 2,
    ]);
  });

  test('2016 to 2018 for an analyst: the collaboration and the sensitive membership are new; la-gov shifts OPPOSES to MIXED', async () => {
    const c = await changes('2016-01-01', '2018-01-01', analyst);
    expect(c.newTies.map((t) => t.edgeId).sort()).toEqual([COLLAB, memberEdge('la-gov')].sort());
    expect(c.endedTies).toEqual([]);
    expect(c.positionShifts.map((s) => [s.actor.id, s.before, s.after, s.on])).toEqual([
      ['actor:la-gov', 'OPPOSES', 'MIXED', '2017-09-01'],
    ]);
    expect(c.firstEngagements.map((e) => e.actor.id)).toEqual(['actor:kh-cso']);
  });

  test('a viewer gets the same answers without the sensitive actor and link, in counts too', async () => {
    const c = await changes('2016-01-01', '2018-01-01', viewer);
    expect(c.newTies.map((t) => t.edgeId)).toEqual([COLLAB]);
    expect(c.newTieCount).toBe(1);
    const later = await changes('2018-01-01', '2019-12-31', viewer);
    expect(later.firstEngagements.map((e) => e.actor.id)).toEqual(['actor:vn-biz']);
    expect(later.firstEngagementCount).toBe(1);
    const text = JSON.stringify([c, later, await changes('2014-01-01', '2026-01-01', anonymous)]);
    expect(text).not.toContain('mm-def');
    expect(text).not.toContain('Land Defenders');
    expect(text).not.toContain(memberEdge('la-gov'));
  });

  test('the filter chooses actors: a tie is listed when either end matches', async () => {
    const c = await changes('2016-01-01', '2018-01-01', analyst, { countries: ['TH'] });
    // th-res (TH) is the collaboration's target: listed; la-gov (LA) is not in Thailand.
    expect(c.newTies.map((t) => t.edgeId)).toEqual([COLLAB]);
    const text = await changes('2018-01-01', '2019-12-31', analyst, { text: 'dalat' });
    expect(text.newTies.map((t) => t.edgeId)).toEqual([memberEdge('vn-biz')]);
    expect(text.endedTies).toEqual([]);
    expect(text.newActors).toEqual([]);
  });

  test('since the 2019 consultation to today: kh-cso and th-res stop collaborating', async () => {
    const c = await changes('2019-04-15', null, analyst);
    expect(c.endedTies.map((t) => t.edgeId)).toEqual([COLLAB]);
    expect(c.to).toBe(new Date().toISOString().slice(0, 10));
  });

  test('limit cuts the lists, not the counts', async () => {
    const c = (
      await suite.gql.ok<ChangesAnswer>(CHANGES.replace('filter: $filter)', 'filter: $filter, limit: 1)'), {
        from: '2018-01-01',
        to: '2019-12-31',
      })
    ).changesBetween;
    expect(c.firstEngagements).toHaveLength(1);
    expect(c.firstEngagementCount).toBe(2);
    expect(c.truncated).toBe(true);
  });

  test('bad input: to before from, malformed dates, a limit out of range', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ from: '2019-01-01', to: '2018-01-01' }, /to/],
      [{ from: 'last year' }, /from/],
      [{ from: '2019-01-01', to: '2019-02-29' }, /to/],
    ];
    for (const [variables, field] of cases) {
      const result = await suite.gql.run(CHANGES, variables, analyst);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(field);
    }
    const limit = await suite.gql.run(`{ changesBetween(from: "2015-01-01", limit: 0) { newTieCount } }`, {}, analyst);
    expect(limit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('validity in writes', () => {
  test('a tie whose last day comes before its first is BAD_USER_INPUT, and nothing is written', async () => {
    const result = await suite.gql.run(
      MEMBERSHIP,
      { input: { actorId: 'th-res', groupId: 'coal-smallholder', validFrom: '2019-01-01', validTo: '2018-12-31' } },
      analyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/validTo/);
    const { actor } = await suite.gql.ok<{ actor: { memberships: unknown[] } }>(
      `{ actor(id: "th-res") { memberships { group { id } } } }`,
      {},
      analyst,
    );
    expect(actor.memberships).toEqual([]);
  });

  test("a membership's since gives its first day when validFrom is not given", async () => {
    await suite.gql.ok(
      MEMBERSHIP,
      {
        input: {
          actorId: 'th-res',
          groupId: 'coal-smallholder',
          since: 2021,
          provenance: src('Coalition list', '2021-05-01'),
        },
      },
      analyst,
    );
    const { actor } = await suite.gql.ok<{
      actor: { memberships: Array<{ validFrom: string; validTo: string | null }> };
    }>(`{ actor(id: "th-res") { memberships { validFrom validTo } } }`, {}, analyst);
    expect(actor.memberships).toEqual([{ validFrom: '2021-01-01', validTo: null }]);
  });

  test("an actor's last day before its first is BAD_USER_INPUT", async () => {
    const result = await suite.gql.run(
      `mutation { createActor(input: { name: "Short-lived", sector: MEDIA, level: LOCAL, validFrom: "2020-01-01", validTo: "2019-01-01" }) { id } }`,
      {},
      analyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('programme phases', () => {
  const PHASES = `{ phases { id name start end description } }`;
  const CREATE = `mutation($input: PhaseInput!) { createPhase(input: $input) { id name start end } }`;

  test('created, listed in order, updated and deleted by an analyst; names in any script', async () => {
    const second = await suite.gql.ok<{ createPhase: { id: string } }>(
      CREATE,
      { input: { name: 'Phase II', start: '2018-04-01', end: '2022-03-31' } },
      analyst,
    );
    expect(second.createPhase.id).toBe('phase-phase-ii');
    await suite.gql.ok(
      CREATE,
      { input: { id: 'phase-1', name: 'ដំណាក់កាលទី ១ Phase I', start: '2014-04-01', end: '2018-03-31' } },
      analyst,
    );
    const listed = await suite.gql.ok<{ phases: Array<{ id: string; start: string }> }>(PHASES, {}, anonymous);
    expect(listed.phases.map((p) => [p.id, p.start])).toEqual([
      ['phase-1', '2014-04-01'],
      ['phase-phase-ii', '2018-04-01'],
    ]);
    const updated = await suite.gql.ok<{ updatePhase: { end: string | null } }>(
      `mutation { updatePhase(id: "phase-phase-ii", input: { name: "Phase II", start: "2018-04-01" }) { end } }`,
      {},
      analyst,
    );
    expect(updated.updatePhase.end).toBeNull();
    await suite.gql.ok(`mutation { deletePhase(id: "phase-phase-ii") }`, {}, analyst);
    expect((await suite.gql.ok<{ phases: unknown[] }>(PHASES, {}, viewer)).phases).toHaveLength(1);
  });

  test('bad input, duplicates, unknown ids and roles get clear errors and change nothing', async () => {
    const before = await suite.gql.ok(PHASES, {}, analyst);
    const code = async (query: string, variables: Record<string, unknown>, who: Viewer) =>
      (await suite.gql.run(query, variables, who)).errors?.[0]?.extensions?.code;
    expect(await code(CREATE, { input: { name: 'Backwards', start: '2020-01-01', end: '2019-01-01' } }, analyst)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code(CREATE, { input: { name: '', start: '2020-01-01' } }, analyst)).toBe('BAD_USER_INPUT');
    expect(await code(CREATE, { input: { name: 'x'.repeat(5_000), start: '2020-01-01' } }, analyst)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code(CREATE, { input: { name: "Phase'}) DETACH DELETE n //", start: 'soon' } }, analyst)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code(CREATE, { input: { name: 'ដំណាក់កាលទី ១ PHASE I', start: '2020-01-01' } }, analyst)).toBe(
      'CONFLICT',
    );
    expect(await code(CREATE, { input: { id: 'phase-1', name: 'Other', start: '2020-01-01' } }, analyst)).toBe(
      'CONFLICT',
    );
    expect(await code(`mutation { deletePhase(id: "phase-none") }`, {}, analyst)).toBe('NOT_FOUND');
    expect(await code(CREATE, { input: { name: 'By a viewer', start: '2020-01-01' } }, viewer)).toBe('FORBIDDEN');
    expect(await code(CREATE, { input: { name: 'Anonymous', start: '2020-01-01' } }, anonymous)).toBe(
      'UNAUTHENTICATED',
    );
    expect(await suite.gql.ok(PHASES, {}, analyst)).toEqual(before);
  });
});
