/**
 * What the bench sends, sent once each to the real API: every operation answers without errors, and the ones the
 * page also sends are the page's own documents, so the latency figures are those of the explorer's requests.
 */
import {
  ActorDocument,
  ActorFacetsDocument,
  GraphDocument,
  NeighbourhoodDocument,
  OverlapsDocument,
  PartnersDocument,
  PathDocument,
  SuggestDocument,
} from '../../client/src/data/generated/graphql';
import { neo4jConfigFromEnv } from '../../server/src/config';
import type { Database } from '../../server/src/db/database';
import { startServer, type RunningServer } from '../../server/src/main';
import { smallGraph } from '../../server/test/fixtures/smallGraph';
import { freshDatabase } from '../../server/test/testDatabase';
import { postGraphql, searchWords, visibleActorIds } from '../src/latency';
import { mixedWorkload, operations } from '../src/operations';

let db: Database;
let server: RunningServer;
let graphqlUrl: string;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
    security: { anonymousRead: true },
    responseCache: { maxMegabytes: 0 },
  });
  graphqlUrl = new URL('graphql', server.url).toString();
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.close();
});

describe('the bench operations', () => {
  it('send the page’s own documents for what the page asks', () => {
    const sent = new Map(operations(['a', 'b'], ['land']).map((op) => [op.name, op.query]));
    expect(sent.get('actor(id)')).toBe(ActorDocument.toString());
    expect(sent.get('graph(country)')).toBe(GraphDocument.toString());
    expect(sent.get('graph(country), as the page asks (80)')).toBe(GraphDocument.toString());
    expect(sent.get('first view (graph, 80 most influential)')).toBe(GraphDocument.toString());
    expect(sent.get('actorFacets (all, then a country)')).toBe(ActorFacetsDocument.toString());
    expect(sent.get('suggest (typed prefix)')).toBe(SuggestDocument.toString());
    expect(sent.get('neighbourhood d1')).toBe(NeighbourhoodDocument.toString());
    expect(sent.get('neighbourhood d2')).toBe(NeighbourhoodDocument.toString());
    expect(sent.get('path')).toBe(PathDocument.toString());
    expect(sent.get('overlaps(country)')).toBe(OverlapsDocument.toString());
    expect(sent.get('suggestPartners')).toBe(PartnersDocument.toString());
  });

  it('are each answered without errors, with data', async () => {
    const ids = await visibleActorIds(graphqlUrl);
    const words = await searchWords(graphqlUrl);
    expect(words.length).toBeGreaterThan(0);
    const requests = [
      ...operations(ids, words).map((op) => ({ name: op.name, query: op.query, variables: op.variables(1) })),
      ...mixedWorkload(ids, words)
        .slice(0, 8)
        .map((request, i) => ({ name: `mixed workload #${i}`, ...request })),
    ];
    for (const { name, query, variables } of requests) {
      const answer = await postGraphql(graphqlUrl, { query, variables });
      expect({ name, errors: answer.errors }).toEqual({ name, errors: undefined });
      expect(answer.data).toBeTruthy();
    }
  });
});
