import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);

const ACTOR_IDS = `query($filter: ActorFilter, $first: Int, $after: String) {
  actors(filter: $filter, first: $first, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } }
}`;

interface ActorsResult {
  actors: {
    totalCount: number;
    nodes: Array<{ id: string }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

async function actorIds(filter: Record<string, unknown>, first = 50): Promise<string[]> {
  const data = await suite.gql.ok<ActorsResult>(ACTOR_IDS, { filter, first });
  return data.actors.nodes.map((n) => n.id).sort();
}

describe('actors(filter)', () => {
  test('civil-society actors in Cambodia interested in community forestry', async () => {
    expect(await actorIds({ countries: ['KH'], sectors: ['CIVIL_SOCIETY'], themes: ['community-forestry'] })).toEqual([
      'kh-cso-a',
      'kh-cso-b',
    ]);
  });

  test('minConfidence leaves weak links out', async () => {
    expect(
      await actorIds({
        countries: ['KH'],
        sectors: ['CIVIL_SOCIETY'],
        themes: ['community-forestry'],
        minConfidence: 'MEDIUM',
      }),
    ).toEqual(['kh-cso-a']);
  });

  test('filters by level, network and coalition', async () => {
    expect(await actorIds({ levels: ['LOCAL'], countries: ['KH'] })).toEqual(['kh-cso-b', 'kh-gov']);
    expect(await actorIds({ networks: ['net-forest'] })).toEqual(['kh-cso-a', 'kh-cso-b']);
    expect(await actorIds({ coalitions: ['coal-land'] })).toEqual(['mm-def', 'vn-farm']);
  });

  test('operating-in counts as being in a country', async () => {
    expect(await actorIds({ countries: ['LA'] })).toEqual(['kh-biz', 'la-res']);
  });

  test('text search ignores case and Vietnamese diacritics', async () => {
    expect(await actorIds({ text: 'hoi nong dan' })).toEqual(['vn-farm']);
    expect(await actorIds({ text: 'LÂM ĐỒNG' })).toEqual(['vn-farm']);
    expect(await actorIds({ text: 'lam dong farmers' })).toEqual(['vn-farm']);
  });

  test('text search finds Khmer, Lao and Burmese names, and acronyms', async () => {
    expect(await actorIds({ text: 'ដីធ្លី' })).toEqual(['kh-cso-b']);
    expect(await actorIds({ text: 'ວຽງຈັນ' })).toEqual(['la-res']);
    expect(await actorIds({ text: 'ရန်ကုန်' })).toEqual(['mm-media']);
    expect(await actorIds({ text: 'fvc' })).toEqual(['kh-cso-a']);
  });

  test.each(['") OR 1=1 //', 'name:*', '"unbalanced', "' MATCH (n) DETACH DELETE n //", '*', 'a AND b~2'])(
    'Cypher or Lucene syntax is plain text: %s',
    async (text) => {
      expect(await actorIds({ text })).toEqual([]);
      expect((await actorIds({})).length).toBe(9);
    },
  );

  test('paginates by cursor with a total count', async () => {
    const first = await suite.gql.ok<ActorsResult>(ACTOR_IDS, { first: 3 });
    expect(first.actors.totalCount).toBe(9);
    expect(first.actors.nodes).toHaveLength(3);
    expect(first.actors.pageInfo.hasNextPage).toBe(true);
    const seen = first.actors.nodes.map((n) => n.id);
    let after = first.actors.pageInfo.endCursor;
    while (after) {
      const page = await suite.gql.ok<ActorsResult>(ACTOR_IDS, { first: 3, after });
      seen.push(...page.actors.nodes.map((n) => n.id));
      after = page.actors.pageInfo.hasNextPage ? page.actors.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  test.each([
    [{ after: 'not-a-cursor' }, 'after'],
    [{ first: -1 }, 'first'],
    [{ first: 100000 }, 'first'],
    [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
    [{ filter: { countries: ['XX'] } }, 'filter.countries.0'],
  ])('bad input %j is BAD_USER_INPUT naming %s', async (variables, field) => {
    const result = await suite.gql.run(ACTOR_IDS, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  test('an invalid enum value is rejected by the schema as BAD_USER_INPUT', async () => {
    const result = await suite.gql.run(ACTOR_IDS, { filter: { sectors: ['PIRATES'] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/sectors/);
  });
});

describe('actor(id)', () => {
  const DETAILS = `query($id: ID!) { actor(id: $id) {
    id name acronym sector level influence version createdAt
    basedIn { id name }
    countries { country { id } relation provenance { source confidence recordedAt } }
    memberships { group { id kind name } role since provenance { source confidence } }
    interests { theme { id } position priority provenance { source confidence recordedAt } }
    collaborators { actor { id name } kind provenance { confidence } }
    activities { activity { id type date } role }
    sources
  } }`;

  test('returns memberships, interests, collaborators, countries, activities and sources', async () => {
    const { actor } = await suite.gql.ok<{ actor: Record<string, unknown> }>(DETAILS, { id: 'kh-cso-a' });
    expect(actor).toMatchObject({
      id: 'kh-cso-a',
      acronym: 'FVC',
      sector: 'CIVIL_SOCIETY',
      influence: 4,
      version: 1,
      basedIn: { id: 'KH', name: 'Cambodia' },
      memberships: [
        {
          group: { id: 'net-forest', kind: 'NETWORK' },
          role: 'secretariat',
          since: 2010,
          provenance: { confidence: 'HIGH' },
        },
      ],
      collaborators: [{ actor: { id: 'kh-cso-c' }, kind: 'joint advocacy' }],
      activities: [{ activity: { id: 'act-visit', type: 'LEARNING_VISIT', date: '2015-03-10' }, role: 'host' }],
    });
    expect(actor.interests).toEqual([
      expect.objectContaining({ theme: { id: 'community-forestry' }, position: 'SUPPORTS', priority: 3 }),
      expect.objectContaining({ theme: { id: 'grievance-mechanisms' }, position: 'SUPPORTS', priority: 2 }),
    ]);
    expect((actor.interests as Array<{ provenance: { recordedAt: string } }>)[0]?.provenance.recordedAt).toBe(
      '2014-10-20',
    );
    expect(actor.sources).toEqual(['Fixture workshop, Phnom Penh, Oct 2014']);
    expect(String(actor.createdAt)).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
  });

  test('collaborations read in both directions', async () => {
    const { actor } = await suite.gql.ok<{ actor: { collaborators: Array<{ actor: { id: string } }> } }>(DETAILS, {
      id: 'kh-cso-c',
    });
    expect(actor.collaborators.map((c) => c.actor.id).sort()).toEqual(['kh-cso-a', 'kh-gov']);
  });

  test('an unknown id is NOT_FOUND', async () => {
    const result = await suite.gql.run(DETAILS, { id: 'nobody' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('catalogue lists', () => {
  test('networks, coalitions, countries, themes and activities', async () => {
    const data = await suite.gql.ok<{
      networks: Array<{ id: string; memberCount: number; countries: Array<{ id: string }> }>;
      coalitions: Array<{ id: string; acronym: string; memberCount: number }>;
      countries: Array<{ id: string; actorCount: number }>;
      themes: Array<{ id: string; actorCount: number; supports: number; mixed: number }>;
      activities: Array<{
        id: string;
        type: string;
        country: { id: string };
        participants: Array<{ actor: { id: string } }>;
      }>;
    }>(`{ networks { id memberCount countries { id } } coalitions { id acronym memberCount }
          countries { id actorCount } themes { id actorCount supports mixed }
          activities { id type country { id } participants { actor { id } } } }`);
    expect(data.networks).toEqual([{ id: 'net-forest', memberCount: 2, countries: [{ id: 'KH' }] }]);
    expect(data.coalitions).toEqual([{ id: 'coal-land', acronym: 'MLC', memberCount: 2 }]);
    expect(data.countries.find((c) => c.id === 'KH')?.actorCount).toBe(5);
    expect(data.themes.find((t) => t.id === 'community-forestry')).toEqual({
      id: 'community-forestry',
      actorCount: 5,
      supports: 3,
      mixed: 2,
    });
    expect(data.activities[0]).toMatchObject({ id: 'act-visit', type: 'LEARNING_VISIT', country: { id: 'KH' } });
    expect(data.activities[0]?.participants).toHaveLength(2);
  });
});

describe('round trips', () => {
  test('a page of actors with nested details costs two round trips, whatever the page size', async () => {
    suite.db.roundTrips = 0;
    await suite.gql.ok(
      `{ actors(first: 50) { nodes { id memberships { group { id } } interests { theme { id } } collaborators { actor { id } } basedIn { id } } } }`,
    );
    expect(suite.db.roundTrips).toBe(2);
  });

  test('each list field is one round trip', async () => {
    suite.db.roundTrips = 0;
    await suite.gql.ok(`{ networks { id } coalitions { id } countries { id } themes { id } activities { id } }`);
    expect(suite.db.roundTrips).toBe(5);
  });
});
