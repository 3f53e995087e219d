import type { ApolloServer } from '@apollo/server';

import type { Database } from '../db/database';
import { createContext, type Context } from '../graphql/context';

/**
 * The explorer's main reads, sent once through Apollo when the server starts with RA_WARM_UP=1 (issue 19: "within the
 * first minute after a restart, at least half the warm throughput"). A fresh process pays, on its first requests, for
 * Neo4j planning each statement (tens to hundreds of ms for the neighbourhood and alignment queries), V8 compiling the
 * resolvers, and the alignment's in-memory interest index (seconds at 10k actors), all while users wait; this pays
 * them up front, in the background, as an anonymous reader (nothing is sent anywhere, nothing sensitive is read).
 * Off by default: on this shared machine, under 50 connections arriving at once, it competed with them and the first
 * 20 s went worse (bench/README.md, round two).
 */
const WARM_UP_DOCUMENTS: ReadonlyArray<{ query: string; variables?: (ids: string[]) => Record<string, unknown> }> = [
  { query: 'query WarmActor($id: ID!) { actor(id: $id) { id name } }', variables: ([id]) => ({ id }) },
  { query: 'query WarmActors { actors(first: 50, filter: { countries: ["KH"] }) { totalCount nodes { id } } }' },
  { query: 'query WarmSearch { actors(filter: { text: "land" }) { nodes { id } } }' },
  { query: 'query WarmSuggest { suggest(text: "lan", limit: 8) { id } }' },
  { query: 'query WarmFirstView { graph(limit: 80) { total } }' },
  {
    query: 'query WarmNeighbourhood($id: ID!) { d1: neighbourhood(id: $id, depth: 1, limit: 100) { nodes { id } } }',
    variables: ([id]) => ({ id: `actor:${id}` }),
  },
  {
    query: 'query WarmNeighbourhood2($id: ID!) { d2: neighbourhood(id: $id, depth: 2, limit: 60) { nodes { id } } }',
    variables: ([id]) => ({ id: `actor:${id}` }),
  },
  {
    query: 'query WarmPath($from: ID!, $to: ID!) { path(from: $from, to: $to) { connected } }',
    variables: ([a, b]) => ({ from: `actor:${a}`, to: `actor:${b ?? a}` }),
  },
  {
    query: 'query WarmPartners($id: ID!) { suggestPartners(actorId: $id, limit: 10) { score } }',
    variables: ([id]) => ({ id }),
  },
];

export interface WarmUpReport {
  millis: number;
  /** Documents that answered with errors (an empty store has no actor to ask about). */
  failed: number;
}

/** Sends the warm-up documents one after another; never throws (a failed warm-up only leaves the server cold). */
export async function warmUp(apollo: ApolloServer<Context>, db: Database): Promise<WarmUpReport> {
  const started = Date.now();
  let failed = 0;
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    try {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db) });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      if (!result || result.errors) failed += 1;
      return result?.data;
    } catch {
      failed += 1;
      return undefined;
    }
  };
  const data = (await run('query WarmIds { actors(first: 2) { nodes { id } } }')) as
    { actors?: { nodes?: Array<{ id: string }> } } | undefined;
  const ids = (data?.actors?.nodes ?? []).map((node) => node.id);
  if (ids.length === 0) return { millis: Date.now() - started, failed: WARM_UP_DOCUMENTS.length };
  for (const document of WARM_UP_DOCUMENTS) await run(document.query, document.variables?.(ids));
  return { millis: Date.now() - started, failed };
}
