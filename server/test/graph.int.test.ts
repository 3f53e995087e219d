import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);

interface Elements {
  nodes: Array<{
    id: string;
    kind: string;
    entityId: string;
    sector: string | null;
    country: string | null;
    hop: number | null;
  }>;
  edges: Array<{
    id: string;
    kind: string;
    source: string;
    target: string;
    position: string | null;
    provenance: { confidence: string };
  }>;
  truncated: boolean;
}

const ELEMENTS =
  'nodes { id kind entityId sector country hop } edges { id kind source target position provenance { confidence } } truncated';

describe('graph(filter)', () => {
  test('returns the filtered actors with their groups, countries, themes and collaborations among them', async () => {
    const { graph } = await suite.gql.ok<{ graph: Elements }>(
      `query($f: ActorFilter) { graph(filter: $f) { ${ELEMENTS} } }`,
      {
        f: { countries: ['KH'] },
      },
    );
    const ids = graph.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(
      [
        'actor:kh-biz',
        'actor:kh-cso-a',
        'actor:kh-cso-b',
        'actor:kh-cso-c',
        'actor:kh-gov',
        'country:KH',
        'group:net-forest',
        'theme:community-forestry',
        'theme:economic-land-concessions',
        'theme:grievance-mechanisms',
        'theme:smallholder-investment',
      ].sort(),
    );
    expect(graph.nodes.find((n) => n.id === 'actor:kh-biz')).toMatchObject({
      kind: 'ACTOR',
      sector: 'PRIVATE_SECTOR',
      country: 'KH',
    });
    expect(graph.nodes.find((n) => n.id === 'group:net-forest')?.kind).toBe('NETWORK');
    const collaborations = graph.edges.filter((e) => e.kind === 'COLLABORATES_WITH');
    expect(collaborations).toHaveLength(3);
    const interest = graph.edges.find(
      (e) => e.source === 'actor:kh-biz' && e.target === 'theme:economic-land-concessions',
    );
    expect(interest).toMatchObject({ kind: 'INTERESTED_IN', position: 'OPPOSES', provenance: { confidence: 'HIGH' } });
    // every edge joins nodes that are in the result
    const present = new Set(ids);
    for (const e of graph.edges) {
      expect(present.has(e.source)).toBe(true);
      expect(present.has(e.target)).toBe(true);
    }
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  test('include switches and minConfidence trim the links', async () => {
    const { graph } = await suite.gql.ok<{ graph: Elements }>(
      `query($f: ActorFilter) { graph(filter: $f, include: { groups: false, countries: false, themes: false }) { ${ELEMENTS} } }`,
      { f: { countries: ['KH'], minConfidence: 'MEDIUM' } },
    );
    expect(graph.nodes.every((n) => n.kind === 'ACTOR')).toBe(true);
    // the LOW kh-gov - kh-biz collaboration is left out
    expect(graph.edges.map((e) => e.kind)).toEqual(['COLLABORATES_WITH', 'COLLABORATES_WITH']);
  });

  test('limit keeps the most influential actors (ties by name below the top level) and reports truncation', async () => {
    const { graph } = await suite.gql.ok<{ graph: Elements }>(
      `{ graph(limit: 2, include: { groups: false, countries: false, themes: false }) { ${ELEMENTS} } }`,
    );
    // kh-biz has influence 5; of the two at 4, kh-cso-a comes before kh-gov by name.
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['actor:kh-biz', 'actor:kh-cso-a']);
    expect(graph.truncated).toBe(true);
  });

  test('among the most influential, the better connected come first', async () => {
    // kh-cso-c collaborates with two actors, kh-biz with one: at the same (top) influence, kh-cso-c is drawn first
    // although kh-biz comes first by name.
    await suite.db.runStatement(`MATCH (a:Actor {id: 'kh-cso-c'}) SET a.influence = 5`);
    try {
      const { graph } = await suite.gql.ok<{ graph: Elements }>(
        `{ graph(limit: 1, include: { groups: false, countries: false, themes: false }) { ${ELEMENTS} } }`,
      );
      expect(graph.nodes.map((n) => n.id)).toEqual(['actor:kh-cso-c']);
    } finally {
      await suite.db.runStatement(`MATCH (a:Actor {id: 'kh-cso-c'}) SET a.influence = 3`);
    }
  });
  test('every limit draws the first `limit` of the full ranking (the influence cut-off agrees with a full sort)', async () => {
    const actorsAt = async (limit: number, filter: unknown): Promise<string[]> => {
      const { graph } = await suite.gql.ok<{ graph: Elements }>(
        `query($n: Int, $f: ActorFilter) { graph(limit: $n, filter: $f, include: { groups: false, countries: false, themes: false }) { ${ELEMENTS} } }`,
        { n: limit, f: filter },
      );
      return graph.nodes.filter((n) => n.kind === 'ACTOR').map((n) => n.id);
    };
    for (const filter of [null, { countries: ['KH'] }]) {
      const ranking = await actorsAt(2_000, filter);
      expect(ranking.length).toBeGreaterThan(3);
      for (let limit = 1; limit <= ranking.length + 1; limit += 1)
        expect(await actorsAt(limit, filter)).toEqual(ranking.slice(0, limit));
    }
  });
});

describe('neighbourhood', () => {
  const Q = `query($id: ID!, $depth: Int, $limit: Int, $relations: [RelationType!]) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, relations: $relations) { ${ELEMENTS} } }`;

  test('depth 1 around an actor', async () => {
    const { neighbourhood } = await suite.gql.ok<{ neighbourhood: Elements }>(Q, { id: 'kh-cso-a', depth: 1 });
    const ids = neighbourhood.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(
      [
        'actor:kh-cso-a',
        'actor:kh-cso-c',
        'activity:act-visit',
        'country:KH',
        'group:net-forest',
        'theme:community-forestry',
        'theme:grievance-mechanisms',
      ].sort(),
    );
    expect(neighbourhood.nodes.find((n) => n.id === 'actor:kh-cso-a')?.hop).toBe(0);
    expect(neighbourhood.nodes.find((n) => n.id === 'actor:kh-cso-c')?.hop).toBe(1);
  });

  test('depth 2 through collaborations only', async () => {
    const { neighbourhood } = await suite.gql.ok<{ neighbourhood: Elements }>(Q, {
      id: 'actor:kh-cso-a',
      depth: 2,
      relations: ['COLLABORATES_WITH'],
    });
    expect(neighbourhood.nodes.map((n) => [n.id, n.hop])).toEqual([
      ['actor:kh-cso-a', 0],
      ['actor:kh-cso-c', 1],
      ['actor:kh-gov', 2],
    ]);
    expect(neighbourhood.edges).toHaveLength(2);
  });

  test('a hub is capped by limit', async () => {
    const { neighbourhood } = await suite.gql.ok<{ neighbourhood: Elements }>(Q, {
      id: 'country:KH',
      depth: 1,
      limit: 2,
    });
    expect(neighbourhood.nodes).toHaveLength(3);
    expect(neighbourhood.truncated).toBe(true);
  });

  test.each([0, 4])('depth %i is BAD_USER_INPUT', async (depth) => {
    const result = await suite.gql.run(Q, { id: 'kh-cso-a', depth });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });

  test('unknown node is NOT_FOUND; a malformed key is BAD_USER_INPUT', async () => {
    expect((await suite.gql.run(Q, { id: 'nobody' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await suite.gql.run(Q, { id: 'planet:mars' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('path', () => {
  const Q = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { connected nodes { id } edges { kind source target } } }`;

  test('the shortest connection between two actors, in order', async () => {
    const { path } = await suite.gql.ok<{
      path: { connected: boolean; nodes: Array<{ id: string }>; edges: unknown[] };
    }>(Q, {
      from: 'kh-cso-a',
      to: 'kh-biz',
    });
    expect(path.connected).toBe(true);
    expect(path.nodes.map((n) => n.id)).toEqual(['actor:kh-cso-a', 'actor:kh-cso-c', 'actor:kh-gov', 'actor:kh-biz']);
    expect(path.edges).toHaveLength(3);
  });

  test('an analyst sees the path through a sensitive actor; a viewer sees none', async () => {
    const analyst = await suite.gql.ok<{ path: { connected: boolean; nodes: Array<{ id: string }> } }>(Q, {
      from: 'vn-farm',
      to: 'la-res',
    });
    expect(analyst.path.nodes.map((n) => n.id)).toEqual(['actor:vn-farm', 'actor:mm-def', 'actor:la-res']);
    const viewer = await suite.gql.ok<{ path: { connected: boolean; nodes: unknown[] } }>(
      Q,
      { from: 'vn-farm', to: 'la-res' },
      { role: 'viewer' },
    );
    expect(viewer.path).toEqual({ connected: false, nodes: [], edges: [] });
  });

  test('unconnected actors are reported as such', async () => {
    const { path } = await suite.gql.ok<{ path: { connected: boolean } }>(Q, { from: 'mm-media', to: 'kh-cso-a' });
    expect(path.connected).toBe(false);
  });

  test('an unknown end is NOT_FOUND', async () => {
    expect((await suite.gql.run(Q, { from: 'kh-cso-a', to: 'nobody' })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('sensitive actors and viewers', () => {
  const viewer = { role: 'viewer' as const };

  test('a viewer never sees a sensitive actor, in lists, counts, graph or neighbourhood', async () => {
    const list = await suite.gql.ok<{ actors: { totalCount: number; nodes: Array<{ id: string }> } }>(
      '{ actors(first: 100) { totalCount nodes { id } } }',
      {},
      viewer,
    );
    expect(list.actors.totalCount).toBe(8);
    expect(list.actors.nodes.map((n) => n.id)).not.toContain('mm-def');
    const graph = await suite.gql.ok<{ graph: Elements }>(`{ graph { ${ELEMENTS} } }`, {}, viewer);
    expect(graph.graph.nodes.map((n) => n.id)).not.toContain('actor:mm-def');
    const hood = await suite.gql.ok<{ neighbourhood: Elements }>(
      `{ neighbourhood(id: "group:coal-land", depth: 2) { ${ELEMENTS} } }`,
      {},
      viewer,
    );
    expect(hood.neighbourhood.nodes.map((n) => n.id)).not.toContain('actor:mm-def');
    const coalitions = await suite.gql.ok<{ coalitions: Array<{ memberCount: number }> }>(
      '{ coalitions { memberCount } }',
      {},
      viewer,
    );
    expect(coalitions.coalitions[0]?.memberCount).toBe(1);
  });

  test('a viewer asking for a sensitive actor gets NOT_FOUND, word for word as for a missing one', async () => {
    const hidden = await suite.gql.run('{ actor(id: "mm-def") { id } }', {}, viewer);
    const missing = await suite.gql.run('{ actor(id: "mm-zzz") { id } }', {}, viewer);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace('mm-def', 'X')).toBe(
      missing.errors?.[0]?.message.replace('mm-zzz', 'X'),
    );
  });

  test('collaborator lists hide sensitive actors from viewers', async () => {
    const data = await suite.gql.ok<{ actor: { collaborators: unknown[] } }>(
      '{ actor(id: "vn-farm") { collaborators { actor { id } } } }',
      {},
      viewer,
    );
    expect(data.actor.collaborators).toEqual([]);
  });
});

describe('graph(filter, limit) says how many it did not draw', () => {
  test.each([
    [{}, 3],
    [{ countries: ['KH'] }, 2],
    [{ sectors: ['CIVIL_SOCIETY'] }, 10],
  ])(
    'filter %j, limit %i: total is the API total, the first `limit` actors (most influential first) are drawn',
    async (filter, limit) => {
      const viewer = { role: 'viewer' as const, userId: 'u-v', username: 'v' };
      const { graph } = await suite.gql.ok<{
        graph: { total: number; truncated: boolean; nodes: Array<{ kind: string }> };
      }>(
        'query($f: ActorFilter, $n: Int) { graph(filter: $f, limit: $n) { total truncated nodes { kind } } }',
        { f: filter, n: limit },
        viewer,
      );
      const { actors } = await suite.gql.ok<{ actors: { totalCount: number } }>(
        'query($f: ActorFilter) { actors(filter: $f) { totalCount } }',
        { f: filter },
        viewer,
      );
      expect(graph.total).toBe(actors.totalCount);
      expect(graph.nodes.filter((n) => n.kind === 'ACTOR')).toHaveLength(Math.min(limit, actors.totalCount));
      expect(graph.truncated).toBe(actors.totalCount > limit);
    },
  );
});
