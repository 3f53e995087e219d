import type { Viewer } from '../src/domain/viewer';
import { activitiesGraph } from './fixtures/activitiesGraph';
import { apiSuite } from './graphqlHarness';

/**
 * Known answers for the activity reads: the list's filters and pages, who holds which role, who to invite
 * (suggestParticipants) and reach, on activitiesGraph with the activities recorded below through the API. Every
 * expected ranking and count is worked out by hand beside its test. A viewer's answers are the answers on the map
 * without the sensitive actor (mm-def) and the sensitive participation (la-cso in the learning visit).
 */
const suite = apiSuite(activitiesGraph);
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const anonymous: Viewer = { role: 'viewer', anonymous: true };

/**
 * The programme's activities, oldest first:
 *   A0 act-2015-training  TRAINING, KH, 2015-05-01, held, forestry: kh-host facilitator, kh-gov key informant (recorded
 *                         as 'Key Informant', as an import might write it), la-res invited
 *   A  act-cf-visit       LEARNING_VISIT, KH, 2016-03-10 to 12, held, forestry: kh-host host, kh-gov participant,
 *                         la-cso participant (a sensitive participation)
 *   B  act-regional       CROSS_BORDER_LEARNING, REGIONAL, 2016-06-01, held, fisheries: th-donor funder, la-res
 *                         participant, vn-biz organiser, mm-def (a sensitive actor) key informant, vn-media invited
 *   C  act-cancelled      CONVENING_COLLABORATION, KH, 2016-09-01, cancelled, forestry: kh-comm participant
 *   E  act-la-training    TRAINING, LA, 2016-11-15, held, forestry: la-res facilitator, la-cso participant
 *   D  act-planned        COACHING_PAIRING, KH, 2017-02-01, planned, smallholders: kh-comm invited, vn-biz organiser
 */
const ACTIVITIES: Array<{
  input: Record<string, unknown>;
  participants: Array<[string, string, boolean?]>;
}> = [
  {
    input: {
      id: 'act-2015-training',
      type: 'TRAINING',
      name: 'Community forestry rules training',
      date: '2015-05-01',
      status: 'HELD',
      country: 'KH',
      themes: ['community-forestry'],
    },
    participants: [
      ['kh-host', 'FACILITATOR'],
      ['kh-gov', 'KEY_INFORMANT'],
      ['la-res', 'INVITED'],
    ],
  },
  {
    input: {
      id: 'act-cf-visit',
      type: 'LEARNING_VISIT',
      name: 'Learning visit to Prey Lang',
      date: '2016-03-10',
      endDate: '2016-03-12',
      status: 'HELD',
      country: 'KH',
      themes: ['community-forestry'],
    },
    participants: [
      ['kh-host', 'HOST'],
      ['kh-gov', 'PARTICIPANT'],
      ['la-cso', 'PARTICIPANT', true],
    ],
  },
  {
    input: {
      id: 'act-regional',
      type: 'CROSS_BORDER_LEARNING',
      name: 'Regional fisheries exchange',
      date: '2016-06-01',
      status: 'HELD',
      country: 'REGIONAL',
      themes: ['fisheries'],
    },
    participants: [
      ['th-donor', 'FUNDER'],
      ['la-res', 'PARTICIPANT'],
      ['vn-biz', 'ORGANISER'],
      ['mm-def', 'KEY_INFORMANT'],
      ['vn-media', 'INVITED'],
    ],
  },
  {
    input: {
      id: 'act-cancelled',
      type: 'CONVENING_COLLABORATION',
      name: 'Forest concessions round table',
      date: '2016-09-01',
      status: 'CANCELLED',
      country: 'KH',
      themes: ['community-forestry'],
    },
    participants: [['kh-comm', 'PARTICIPANT']],
  },
  {
    input: {
      id: 'act-la-training',
      type: 'TRAINING',
      name: 'Village forestry training, Luang Prabang',
      date: '2016-11-15',
      status: 'HELD',
      country: 'LA',
      themes: ['community-forestry'],
    },
    participants: [
      ['la-res', 'FACILITATOR'],
      ['la-cso', 'PARTICIPANT'],
    ],
  },
  {
    input: {
      id: 'act-planned',
      type: 'COACHING_PAIRING',
      name: 'Smallholder investment coaching',
      date: '2017-02-01',
      status: 'PLANNED',
      country: 'KH',
      themes: ['smallholder-investment'],
    },
    participants: [
      ['kh-comm', 'INVITED'],
      ['vn-biz', 'ORGANISER'],
    ],
  },
];

beforeAll(async () => {
  for (const { input, participants } of ACTIVITIES) {
    await suite.gql.ok(
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
      { input },
      analyst,
    );
    for (const [actorId, role, sensitive] of participants) {
      await suite.gql.ok(
        `mutation($input: ParticipantInput!) { addParticipant(input: $input) { id } }`,
        {
          input: {
            activityId: input.id,
            actorId,
            role,
            sensitive: sensitive ?? false,
            provenance: { source: sensitive ? 'KII-SECRET-07' : 'Attendance list', recordedAt: '2016-12-01' },
          },
        },
        analyst,
      );
    }
  }
  // A role in an importer's words: still a key informant.
  await suite.db.runStatement(
    "MATCH (:Actor {id: 'kh-gov'})-[r:PARTICIPATED_IN]->(:Activity {id: 'act-2015-training'}) SET r.role = 'Key Informant'",
  );
});

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('activities: filters, order and pages', () => {
  const list = async (args: string, who: Viewer = analyst) =>
    ids(
      (await suite.gql.ok<{ activities: Array<{ id: string }> }>(`{ activities${args} { id } }`, {}, who)).activities,
    );

  test('newest first by default, oldest first when asked', async () => {
    const newest = [
      'act-planned',
      'act-la-training',
      'act-cancelled',
      'act-regional',
      'act-cf-visit',
      'act-2015-training',
    ];
    expect(await list('')).toEqual(newest);
    expect(await list('(order: OLDEST_FIRST)')).toEqual([...newest].reverse());
  });

  test.each([
    ['(filter: { types: [TRAINING] })', ['act-la-training', 'act-2015-training']],
    ['(type: TRAINING)', ['act-la-training', 'act-2015-training']],
    ['(type: TRAINING, filter: { countries: ["LA"] })', ['act-la-training']],
    ['(type: TRAINING, filter: { types: [LEARNING_VISIT] })', []],
    ['(country: "KH")', ['act-planned', 'act-cancelled', 'act-cf-visit', 'act-2015-training']],
    ['(filter: { countries: ["REGIONAL", "LA"] })', ['act-la-training', 'act-regional']],
    ['(filter: { themes: ["fisheries"] })', ['act-regional']],
    ['(filter: { statuses: [PLANNED, CANCELLED] })', ['act-planned', 'act-cancelled']],
    ['(filter: { roles: [INVITED] })', ['act-planned', 'act-regional', 'act-2015-training']],
    ['(filter: { participants: ["la-res"], roles: [INVITED] })', ['act-2015-training']],
    [
      '(filter: { participants: ["la-res", "vn-biz"] })',
      ['act-planned', 'act-la-training', 'act-regional', 'act-2015-training'],
    ],
    // The learning visit runs 10-12 March 2016: a range overlapping any of its days finds it.
    ['(filter: { from: "2016-03-11", to: "2016-03-11" })', ['act-cf-visit']],
    ['(filter: { from: "2016-03-13", to: "2016-06-01" })', ['act-regional']],
    ['(filter: { from: "2016-12-01" })', ['act-planned']],
    ['(filter: { types: [TRAINING], countries: ["KH"], statuses: [HELD], to: "2015-12-31" })', ['act-2015-training']],
  ])('%s', async (args, expected) => {
    expect(await list(args)).toEqual(expected);
  });

  test('pages of two, each after the last one of the page before', async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const page: string[] = await list(after ? `(first: 2, after: "${after}")` : '(first: 2)');
      pages.push(page);
      if (page.length < 2) break;
      after = page[page.length - 1] ?? null;
    }
    expect(pages).toEqual([
      ['act-planned', 'act-la-training'],
      ['act-cancelled', 'act-regional'],
      ['act-cf-visit', 'act-2015-training'],
      [],
    ]);
    expect(await list('(order: OLDEST_FIRST, first: 3, after: "act-cf-visit")')).toEqual([
      'act-regional',
      'act-cancelled',
      'act-la-training',
    ]);
  });

  test.each([
    ['(first: 0)', 'first'],
    ['(first: 501)', 'first'],
    ['(first: 2, after: "no-such-activity")', 'after'],
    ['(filter: { from: "2016-05-01", to: "2016-04-01" })', 'filter.to'],
    ['(filter: { from: "2016-02-30" })', 'filter.from'],
    ['(filter: { countries: ["XX"] })', 'filter.countries.0'],
  ])('%s is BAD_USER_INPUT naming %s', async (args, field) => {
    const result = await suite.gql.run(`{ activities${args} { id } }`, {}, analyst);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('one activity with its dates, status, themes, participants by sector and country, and sources', async () => {
    const { activity } = await suite.gql.ok<{ activity: Record<string, unknown> }>(
      `{ activity(id: "act-cf-visit") { id name type date endDate status country { id } themes { id }
          participants { actor { id sector } country { id } role roleCode sensitive provenance { source recordedAt } }
          sources version } }`,
      {},
      analyst,
    );
    expect(activity).toEqual({
      id: 'act-cf-visit',
      name: 'Learning visit to Prey Lang',
      type: 'LEARNING_VISIT',
      date: '2016-03-10',
      endDate: '2016-03-12',
      status: 'HELD',
      country: { id: 'KH' },
      themes: [{ id: 'community-forestry' }],
      // By name: Forest Voices Cambodia, Lao Forest Alliance, Provincial Forestry Office.
      participants: [
        {
          actor: { id: 'kh-host', sector: 'CIVIL_SOCIETY' },
          country: { id: 'KH' },
          role: 'host',
          roleCode: 'HOST',
          sensitive: false,
          provenance: { source: 'Attendance list', recordedAt: '2016-12-01' },
        },
        {
          actor: { id: 'la-cso', sector: 'CIVIL_SOCIETY' },
          country: { id: 'LA' },
          role: 'participant',
          roleCode: 'PARTICIPANT',
          sensitive: true,
          provenance: { source: 'KII-SECRET-07', recordedAt: '2016-12-01' },
        },
        {
          actor: { id: 'kh-gov', sector: 'GOVERNMENT' },
          country: { id: 'KH' },
          role: 'participant',
          roleCode: 'PARTICIPANT',
          sensitive: false,
          provenance: { source: 'Attendance list', recordedAt: '2016-12-01' },
        },
      ],
      sources: ['Attendance list', 'KII-SECRET-07'],
      // Participants do not move the activity's version (see participant-add.cypher).
      version: 1,
    });
    const unknown = await suite.gql.run('{ activity(id: "act-nowhere") { id } }', {}, analyst);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test("an actor's activities carry the role as a code (an importer's 'Key Informant' too)", async () => {
    const { actor } = await suite.gql.ok<{
      actor: { activities: Array<{ activity: { id: string; status: string }; role: string; roleCode: string }> };
    }>('{ actor(id: "kh-gov") { activities { activity { id status } role roleCode } } }', {}, analyst);
    expect(actor.activities).toEqual([
      { activity: { id: 'act-cf-visit', status: 'HELD' }, role: 'participant', roleCode: 'PARTICIPANT' },
      { activity: { id: 'act-2015-training', status: 'HELD' }, role: 'Key Informant', roleCode: 'KEY_INFORMANT' },
    ]);
  });
});

describe('activityRoles: the programme roles as roles held in activities', () => {
  const holders = async (args: string, who: Viewer = analyst) =>
    (
      await suite.gql.ok<{
        activityRoles: Array<{ actor: { id: string }; activityCount: number; activities: Array<{ id: string }> }>;
      }>(`{ activityRoles${args} { actor { id } activityCount activities { id } } }`, {}, who)
    ).activityRoles.map((h) => [h.actor.id, h.activityCount, ids(h.activities)]);

  test('who facilitates in Lao PDR: the national facilitator', async () => {
    // Only la-res facilitates an activity held in LA (the Luang Prabang training); kh-host facilitated in Cambodia.
    expect(await holders('(role: FACILITATOR, filter: { countries: ["LA"] })')).toEqual([
      ['la-res', 1, ['act-la-training']],
    ]);
    // Both, one activity each, so by name: Forest Voices Cambodia, then Vientiane Research Institute.
    expect(await holders('(role: FACILITATOR)')).toEqual([
      ['kh-host', 1, ['act-2015-training']],
      ['la-res', 1, ['act-la-training']],
    ]);
  });

  test('who coordinates regionally, and who organises anywhere (most activities first, newest first)', async () => {
    expect(await holders('(role: ORGANISER, filter: { countries: ["REGIONAL"] })')).toEqual([
      ['vn-biz', 1, ['act-regional']],
    ]);
    expect(await holders('(role: ORGANISER)')).toEqual([['vn-biz', 2, ['act-planned', 'act-regional']]]);
    expect(await holders('(role: ORGANISER, filter: { statuses: [HELD] })')).toEqual([['vn-biz', 1, ['act-regional']]]);
  });

  test('key informants: the sensitive one only for analysts', async () => {
    // One activity each, by name: Land Defenders Collective, Provincial Forestry Office.
    expect(await holders('(role: KEY_INFORMANT)')).toEqual([
      ['mm-def', 1, ['act-regional']],
      ['kh-gov', 1, ['act-2015-training']],
    ]);
    for (const who of [viewer, anonymous])
      expect(await holders('(role: KEY_INFORMANT)', who)).toEqual([['kh-gov', 1, ['act-2015-training']]]);
    // The sensitive participation (la-cso in the visit) neither.
    // Without a status filter the cancelled round table counts too; by name, Prey Lang before Provincial.
    expect(await holders('(role: PARTICIPANT, filter: { countries: ["KH"] })', viewer)).toEqual([
      ['kh-comm', 1, ['act-cancelled']],
      ['kh-gov', 1, ['act-cf-visit']],
    ]);
  });
});

interface Suggestion {
  actor: { id: string };
  score: number;
  components: Record<string, number>;
  fillsSector: boolean;
  fillsCountry: boolean;
  via: string[];
  reasons: string[];
}

describe('suggestParticipants', () => {
  const suggest = async (args: string, who: Viewer = analyst) =>
    (
      await suite.gql.ok<{ suggestParticipants: Suggestion[] }>(
        `{ suggestParticipants${args} { actor { id } score components { themes alignment sector country reach }
            fillsSector fillsCountry via reasons } }`,
        {},
        who,
      )
    ).suggestParticipants;

  /*
   * The learning visit (forestry). score = 0.4·themes + 0.1·alignment + 0.2·sector + 0.15·country + 0.15·reach.
   * Everyone holds forestry alone, so themes = priority / 3 and alignment with a participant = min / max of priorities.
   *
   * An analyst sees three participants: kh-host (civil society, KH, p3), kh-gov (government, KH, p3) and la-cso
   * (civil society, LA, p2; sensitive participation): sectors CS 2, GOV 1; countries KH 2, LA 1. Candidates hold
   * forestry and take no part: la-res, vn-biz, mm-def, kh-comm (th-donor holds fisheries only, vn-media nothing).
   *   la-res  (research, LA, p3; collaborates with kh-host): 0.4·1 + 0.1·1 + 0.2·1 + 0.15·½ + 0.15·1   = 0.925
   *   vn-biz  (private, VN, p2; in the network with kh-host): 0.4·⅔ + 0.1·1 (la-cso, p2) + 0.2 + 0.15 + 0.15·½ = 0.791667
   *   mm-def  (community, MM, p2; no tie):                  0.4·⅔ + 0.1·1 + 0.2 + 0.15 + 0              = 0.716667
   *   kh-comm (community, KH, p1):                          0.4·⅓ + 0.1·½ (la-cso) + 0.2 + 0.15·⅓ + 0     = 0.433333
   */
  test('known answer for an analyst', async () => {
    const got = await suggest('(activityId: "act-cf-visit", limit: 50)');
    expect(got.map((s) => [s.actor.id, s.score])).toEqual([
      ['la-res', 0.925],
      ['vn-biz', 0.791667],
      ['mm-def', 0.716667],
      ['kh-comm', 0.433333],
    ]);
    expect(got[0]?.components).toEqual({ themes: 1, alignment: 1, sector: 1, country: 0.5, reach: 1 });
    expect(got[1]).toMatchObject({ fillsSector: true, fillsCountry: true, via: ['Forest Voices Cambodia'] });
    expect(got[1]?.reasons).toContain('in Mekong Forest Network with Forest Voices Cambodia, who takes part');
  });

  /*
   * A viewer sees two participants (kh-host, kh-gov: sectors CS 1, GOV 1; country KH 2); mm-def is not there at all
   * and la-cso, whose participation is hidden, is a candidate like any other:
   *   la-res:  0.4 + 0.1 + 0.2 + 0.15·1 + 0.15·1                  = 1
   *   vn-biz:  0.4·⅔ + 0.1·⅔ + 0.2 + 0.15 + 0.15·½                = 0.758333
   *   la-cso:  0.4·⅔ + 0.1·⅔ + 0.2·½ (one CS participant) + 0.15  = 0.583333
   *   kh-comm: 0.4·⅓ + 0.1·⅓ + 0.2 + 0.15·⅓                       = 0.416667
   */
  test('known answer for a viewer and an anonymous caller: the hidden participant and actor are not there', async () => {
    for (const who of [viewer, anonymous]) {
      const got = await suggest('(activityId: "act-cf-visit", limit: 50)', who);
      expect(got.map((s) => [s.actor.id, s.score])).toEqual([
        ['la-res', 1],
        ['vn-biz', 0.758333],
        ['la-cso', 0.583333],
        ['kh-comm', 0.416667],
      ]);
      expect(got[0]?.reasons).toEqual([
        'holds its theme, Community forestry',
        'brings Research / academia, a sector no participant is from',
        'based in Lao PDR, where no participant is based',
        'works with Forest Voices Cambodia, who takes part',
        // kh-gov and kh-host are as close (1): the first by id is named.
        'closest in interests to Provincial Forestry Office (alignment 100%)',
      ]);
      expect(got[2]?.reasons).toContain('Civil society has only one participant so far');
      expect(got[3]?.reasons).toContain('brings Community organisation, a sector no participant is from');
    }
  });

  test('links below minConfidence do not reach: the MEDIUM collaboration leaves la-res at 0.85', async () => {
    const got = await suggest('(activityId: "act-cf-visit", minConfidence: HIGH)', viewer);
    expect(got[0]).toMatchObject({ actor: { id: 'la-res' }, score: 0.85, via: [] });
    expect(got[0]?.reasons).toContain('no participant works with it yet');
  });

  test('the limit, an unknown activity, a bad limit', async () => {
    expect((await suggest('(activityId: "act-cf-visit", limit: 1)', viewer)).map((s) => s.actor.id)).toEqual([
      'la-res',
    ]);
    const unknown = await suite.gql.run('{ suggestParticipants(activityId: "act-nowhere") { score } }', {}, viewer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await suite.gql.run('{ suggestParticipants(activityId: "act-cf-visit", limit: 51) { score } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  test('one round trip', async () => {
    // Warm the actor index, then count.
    await suggest('(activityId: "act-regional")', viewer);
    suite.db.roundTrips = 0;
    await suggest('(activityId: "act-regional")', viewer);
    expect(suite.db.roundTrips).toBe(1);
  });
});

interface ReachAnswer {
  activityCount: number;
  actorCount: number;
  bySector: Array<{ sector: string; actors: number; firstTime: number; invitedNeverCame: number }>;
  byCountry: Array<{ country: { id: string } | null; actors: number; firstTime: number; invitedNeverCame: number }>;
  firstTimeCount: number;
  firstTime: Array<{ actor: { id: string }; activityCount: number; firstActivity: { id: string } }>;
  invitedNeverCameCount: number;
  invitedNeverCame: Array<{ actor: { id: string }; invitations: Array<{ id: string }> }>;
}

describe('reach', () => {
  const reach = async (args: string, who: Viewer = analyst) =>
    (
      await suite.gql.ok<{ reach: ReachAnswer }>(
        `{ reach${args} { activityCount actorCount bySector { sector actors firstTime invitedNeverCame }
            byCountry { country { id } actors firstTime invitedNeverCame } firstTimeCount
            firstTime { actor { id } activityCount firstActivity { id } } invitedNeverCameCount
            invitedNeverCame { actor { id } invitations { id } } } }`,
        {},
        who,
      )
    ).reach;
  const sectors = (r: ReachAnswer) =>
    Object.fromEntries(r.bySector.map((s) => [s.sector, [s.actors, s.firstTime, s.invitedNeverCame]]));

  /*
   * 2016, for an analyst. Held activities overlapping 2016: the visit (A), the regional exchange (B) and the Lao
   * training (E): 3 (the round table was cancelled, the coaching is planned). Before 2016: the 2015 training (A0).
   *   kh-host  took part in A; facilitated A0 before          → took part, not for the first time
   *   kh-gov   took part in A; key informant in A0 before     → took part, not for the first time
   *   la-cso   A (sensitive participation) and E              → first time, first in A (10 March)
   *   th-donor, vn-biz, mm-def: B                             → first time, first in B (1 June)
   *   la-res   B and E; in A0 only invited                    → first time (an invitation is not taking part)
   *   vn-media invited to B, took part in nothing             → invited and never came
   *   kh-comm  only the cancelled and the planned ones        → nowhere
   * 7 took part, 5 for the first time: by first activity, then name (Bangkok Rural Fund, Dalat Timber Company, Land
   * Defenders Collective, Vientiane Research Institute).
   */
  test('known answer for 2016, for an analyst', async () => {
    const r = await reach('(scope: { from: "2016-01-01", to: "2016-12-31" })');
    expect([r.activityCount, r.actorCount, r.firstTimeCount, r.invitedNeverCameCount]).toEqual([3, 7, 5, 1]);
    expect(sectors(r)).toEqual({
      CIVIL_SOCIETY: [2, 1, 0],
      GOVERNMENT: [1, 0, 0],
      PRIVATE_SECTOR: [1, 1, 0],
      RESEARCH: [1, 1, 0],
      DONOR: [1, 1, 0],
      COMMUNITY: [1, 1, 0],
      MEDIA: [0, 0, 1],
      REGIONAL_BODY: [0, 0, 0],
    });
    expect(r.firstTime.map((f) => [f.actor.id, f.activityCount, f.firstActivity.id])).toEqual([
      ['la-cso', 2, 'act-cf-visit'],
      ['th-donor', 1, 'act-regional'],
      ['vn-biz', 1, 'act-regional'],
      ['mm-def', 1, 'act-regional'],
      ['la-res', 2, 'act-regional'],
    ]);
    expect(r.invitedNeverCame).toEqual([{ actor: { id: 'vn-media' }, invitations: [{ id: 'act-regional' }] }]);
    // Most actors first, then most invited-and-absent, then by code.
    expect(r.byCountry.map((c) => [c.country?.id, c.actors, c.firstTime, c.invitedNeverCame])).toEqual([
      ['KH', 2, 0, 0],
      ['LA', 2, 2, 0],
      ['VN', 1, 1, 1],
      ['MM', 1, 1, 0],
      ['TH', 1, 1, 0],
    ]);
  });

  /*
   * The same for a viewer: mm-def is not there, and la-cso's participation in the visit is hidden, so la-cso took part
   * in E only (first time, in November). 6 took part, 4 for the first time: th-donor, vn-biz, la-res (B), la-cso (E).
   */
  test('known answer for 2016, for a viewer and an anonymous caller', async () => {
    for (const who of [viewer, anonymous]) {
      const r = await reach('(scope: { from: "2016-01-01", to: "2016-12-31" })', who);
      expect([r.activityCount, r.actorCount, r.firstTimeCount, r.invitedNeverCameCount]).toEqual([3, 6, 4, 1]);
      expect(sectors(r)).toMatchObject({ CIVIL_SOCIETY: [2, 1, 0], COMMUNITY: [0, 0, 0], MEDIA: [0, 0, 1] });
      expect(r.firstTime.map((f) => [f.actor.id, f.activityCount, f.firstActivity.id])).toEqual([
        ['th-donor', 1, 'act-regional'],
        ['vn-biz', 1, 'act-regional'],
        ['la-res', 2, 'act-regional'],
        ['la-cso', 1, 'act-la-training'],
      ]);
      expect(JSON.stringify(r)).not.toMatch(/mm-def|"MM"/);
    }
  });

  test('other scopes: a country, a theme, all time', async () => {
    // Cambodia from 2016: only the visit is held in the period; kh-host and kh-gov came in 2015 already.
    const kh = await reach('(scope: { countries: ["KH"], from: "2016-01-01" })');
    expect([kh.activityCount, kh.actorCount, kh.firstTimeCount, kh.invitedNeverCameCount]).toEqual([1, 3, 1, 0]);
    expect(kh.firstTime.map((f) => f.actor.id)).toEqual(['la-cso']);
    // Fisheries: the regional exchange alone.
    const fish = await reach('(scope: { themes: ["fisheries"] })');
    expect([fish.activityCount, fish.actorCount, fish.firstTimeCount, fish.invitedNeverCameCount]).toEqual([
      1, 4, 4, 1,
    ]);
    // All time: the four held activities; without a start, everyone who came is there for the first time, and
    // la-res, invited in 2015, came later, so it is not among the absent.
    const all = await reach('');
    expect([all.activityCount, all.actorCount, all.firstTimeCount, all.invitedNeverCameCount]).toEqual([4, 7, 7, 1]);
    expect(all.firstTime[0]).toEqual({
      actor: { id: 'kh-host' },
      activityCount: 2,
      firstActivity: { id: 'act-2015-training' },
    });
  });

  test('limits and bad scopes', async () => {
    const r = await reach('(scope: { from: "2016-01-01" }, limit: 2)');
    expect([r.firstTimeCount, r.firstTime.length]).toEqual([5, 2]);
    const bad = await suite.gql.run('{ reach(scope: { from: "2016-05-01", to: "2016-01-01" }) { actorCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.to' });
    const badDate = await suite.gql.run('{ reach(scope: { from: "1 May 2016" }) { actorCount } }');
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.from' });
  });
});

test('one round trip per list field: activities with their participants, roles, reach', async () => {
  const query = `{ activities { id country { id } themes { id } participants { actor { id } country { id } } sources }
    activityRoles(role: PARTICIPANT) { actor { id } activities { id } } reach { actorCount firstTime { actor { id } } } }`;
  await suite.gql.ok(query, {}, viewer);
  suite.db.roundTrips = 0;
  await suite.gql.ok(query, {}, viewer);
  expect(suite.db.roundTrips).toBe(3);
});

describe('a sensitive participant never reaches a viewer', () => {
  /** Markers of the sensitive actor and of the sensitive participation (la-cso in the visit, its source). */
  const SECRETS = ['mm-def', 'Land Defenders', 'KII-SECRET-07'];
  /** Each query with what only an analyst is sent by it (besides SECRETS, which no viewer may get from any). */
  const QUERIES: Array<[string, string[]]> = [
    ['{ activities { id participants { actor { id name } provenance { source } } sources } }', SECRETS],
    [
      '{ activity(id: "act-cf-visit") { participants { actor { id name } provenance { source } } sources } }',
      ['la-cso', 'Lao Forest Alliance', 'KII-SECRET-07'],
    ],
    ['{ activity(id: "act-regional") { participants { actor { id name } } } }', ['mm-def', 'Land Defenders']],
    ['{ activityRoles(role: KEY_INFORMANT) { actor { id name } } }', ['mm-def', 'Land Defenders']],
    ['{ activityRoles(role: PARTICIPANT, filter: { countries: ["KH"] }) { actor { id name } } }', ['la-cso']],
    [
      '{ suggestParticipants(activityId: "act-la-training", limit: 50) { actor { id name } reasons via } }',
      ['mm-def', 'Land Defenders'],
    ],
    ['{ reach { firstTime { actor { id name } } bySector { sector actors } } }', ['mm-def', 'Land Defenders']],
    [
      '{ actor(id: "la-cso") { activities { activity { id } provenance { source } } sources } }',
      ['act-cf-visit', 'KII-SECRET-07'],
    ],
  ];

  test.each(QUERIES)('%s', async (query, onlyAnalysts) => {
    for (const who of [viewer, anonymous]) {
      const text = JSON.stringify(await suite.gql.run(query, {}, who));
      for (const secret of new Set([...SECRETS, ...onlyAnalysts])) expect(text).not.toContain(secret);
      expect(text).not.toContain('"errors"');
    }
    // The probe reaches the secrets at all: an analyst is sent them.
    const seen = JSON.stringify(await suite.gql.run(query, {}, analyst));
    for (const secret of onlyAnalysts) expect(seen).toContain(secret);
  });

  test("la-cso's hidden participation in the visit: the visit is not among its activities for a viewer", async () => {
    const got = await suite.gql.ok<{ activities: Array<{ id: string }> }>(
      '{ activities(filter: { participants: ["la-cso"] }) { id } }',
      {},
      viewer,
    );
    expect(ids(got.activities)).toEqual(['act-la-training']);
  });

  test.each([
    ['activities', '{ activities(filter: { participants: ["%s"] }) { id } }'],
    ['activities by role', '{ activities(filter: { participants: ["%s"], roles: [KEY_INFORMANT] }) { id } }'],
    ['activityRoles', '{ activityRoles(role: KEY_INFORMANT, filter: { participants: ["%s"] }) { actor { id } } }'],
  ])('%s: a sensitive id answers exactly like an unknown one', async (_field, template) => {
    for (const who of [viewer, anonymous]) {
      const hidden = await suite.gql.run(template.replace('%s', 'mm-def'), {}, who);
      const unknown = await suite.gql.run(template.replace('%s', 'zz-zzz'), {}, who);
      expect(JSON.stringify(hidden)).toBe(JSON.stringify(unknown));
    }
  });

  test('viewers may not record, change or remove participants, whatever the id', async () => {
    for (const [who, code] of [
      [viewer, 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      for (const actorId of ['mm-def', 'zz-zzz']) {
        const add = await suite.gql.run(
          'mutation($a: ID!) { addParticipant(input: { activityId: "act-cf-visit", actorId: $a, role: PARTICIPANT }) { id } }',
          { a: actorId },
          who,
        );
        const remove = await suite.gql.run(
          'mutation($a: ID!) { removeParticipant(activityId: "act-regional", actorId: $a) { id } }',
          { a: actorId },
          who,
        );
        expect([add.errors?.[0]?.extensions?.code, remove.errors?.[0]?.extensions?.code]).toEqual([code, code]);
      }
    }
  });
});
