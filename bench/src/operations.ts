/** The main read operations as the explorer sends them, with deterministic rotating arguments. */

const PROVENANCE = 'provenance { source recordedAt confidence }';
const NODE = 'id entityId kind label name acronym altNames sector level influence country activityType sensitive';
const EDGE = `id kind source target label position priority role ${PROVENANCE}`;
const ELEMENTS = `nodes { ${NODE} } edges { ${EDGE} } truncated`;
const ACTOR = `id name altNames acronym sector level influence description website sensitive illustrative updatedAt version
  basedIn { id name }
  countries { country { id name } relation ${PROVENANCE} }
  memberships { group { id kind name acronym } role since ${PROVENANCE} }
  interests { theme { id name } position priority ${PROVENANCE} }
  collaborators { actor { id name acronym sector } kind since ${PROVENANCE} }
  activities { activity { id name type date } role ${PROVENANCE} }
  sources`;
const BRIEF = 'id name acronym sector level country { id name }';

export interface Operation {
  name: string;
  query: string;
  variables(i: number): Record<string, unknown>;
  /** Samples per mode; the heavy operations take fewer. */
  samples: number;
  /** The same request for the @neo4j/graphql server, when compared. */
  neo4jGraphql?: { query: string; variables(i: number): Record<string, unknown> };
}

/** A deterministic, rotating pick among visible actor ids (see visibleActorIds in latency.ts). */
export function actorId(ids: readonly string[], i: number): string {
  return ids[(i * 7919) % ids.length] as string;
}

export function operations(
  ids: readonly string[],
  words: readonly string[],
  neo4jGraphqlQueries?: { actor: string; actors: string },
): Operation[] {
  const id = (i: number) => actorId(ids, i);
  const country = (i: number) => ['KH', 'LA', 'MM', 'VN', 'TH'][i % 5] ?? 'KH';
  const sector = (i: number) => ['CIVIL_SOCIETY', 'GOVERNMENT', 'RESEARCH', 'COMMUNITY'][i % 4] ?? 'CIVIL_SOCIETY';
  const ops: Operation[] = [
    {
      name: 'actor(id)',
      query: `query Actor($id: ID!) { actor(id: $id) { ${ACTOR} } }`,
      variables: (i) => ({ id: id(i) }),
      samples: 200,
      ...(neo4jGraphqlQueries
        ? { neo4jGraphql: { query: neo4jGraphqlQueries.actor, variables: (i: number) => ({ id: id(i) }) } }
        : {}),
    },
    {
      name: 'actors(filter)',
      query: `query Actors($filter: ActorFilter, $first: Int) { actors(filter: $filter, first: $first) {
        totalCount nodes { id name acronym sector level influence } pageInfo { endCursor hasNextPage } } }`,
      variables: (i) => ({ filter: { countries: [country(i)], sectors: [sector(i)] }, first: 50 }),
      samples: 100,
      ...(neo4jGraphqlQueries
        ? {
            neo4jGraphql: {
              query: neo4jGraphqlQueries.actors,
              variables: (i: number) => ({ country: country(i), sector: sector(i), first: 50 }),
            },
          }
        : {}),
    },
    {
      name: 'text search',
      query: `query Search($filter: ActorFilter) { actors(filter: $filter, first: 20) { totalCount nodes { id name acronym sector } } }`,
      variables: (i) => ({ filter: { text: words[i % Math.max(1, words.length)] ?? 'land' } }),
      samples: 100,
    },
    {
      name: 'graph(country)',
      query: `query Graph($filter: ActorFilter, $limit: Int) { graph(filter: $filter, limit: $limit) { ${ELEMENTS} } }`,
      variables: (i) => ({ filter: { countries: [country(i)] }, limit: 2000 }),
      samples: 20,
    },
    {
      name: 'neighbourhood d1',
      // The explorer's expansion limits (client/src/data/useExpansions.ts): 100 new nodes for one hop, 60 per hop for two.
      query: `query N($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 100) { ${ELEMENTS} } }`,
      variables: (i) => ({ id: `actor:${id(i)}` }),
      samples: 150,
    },
    {
      name: 'neighbourhood d2',
      query: `query N($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 60) { ${ELEMENTS} } }`,
      variables: (i) => ({ id: `actor:${id(i)}` }),
      samples: 100,
    },
    {
      name: 'path',
      query: `query P($from: ID!, $to: ID!) { path(from: $from, to: $to) { connected nodes { ${NODE} } edges { ${EDGE} } } }`,
      variables: (i) => ({ from: `actor:${id(i)}`, to: `actor:${id(i + 101)}` }),
      samples: 60,
    },
    {
      name: 'overlaps(country)',
      query: `query O($filter: ActorFilter) { overlaps(filter: $filter, limit: 300) {
        nodes { ${BRIEF} } edges { source target weight score agreement disagreement themes { id name } crossSector linked }
        actorCount totalActors pairCount truncated } }`,
      variables: (i) => ({ filter: { countries: [country(i)] } }),
      samples: 20,
    },
    {
      name: 'suggestPartners',
      query: `query S($id: ID!) { suggestPartners(actorId: $id, limit: 10) {
        actor { ${BRIEF} } score components { sharedThemes sectorComplementarity crossBorder sharedNetworks distance }
        alignment { score agreement disagreement } sharedThemes { theme { id name } position partnerPosition }
        sharedGroups distance via crossBorder explanation } }`,
      variables: (i) => ({ id: id(i) }),
      samples: 100,
    },
  ];
  return ops;
}

/** The mixed read workload of the throughput and load tests: what a browsing session sends. */
export function mixedWorkload(
  ids: readonly string[],
  words: readonly string[],
): Array<{ query: string; variables: Record<string, unknown> }> {
  const ops = operations(ids, words);
  const pick = (name: string) => ops.find((o) => o.name === name);
  const mix = [
    'actor(id)',
    'actor(id)',
    'actors(filter)',
    'text search',
    'neighbourhood d1',
    'neighbourhood d2',
    'path',
    'suggestPartners',
  ];
  const out: Array<{ query: string; variables: Record<string, unknown> }> = [];
  for (let i = 0; i < 400; i += 1) {
    const op = pick(mix[i % mix.length] ?? 'actor(id)');
    if (op) out.push({ query: op.query, variables: op.variables(i) });
  }
  return out;
}
