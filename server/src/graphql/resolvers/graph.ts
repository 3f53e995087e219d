import { neighbourhood, shortestPath, subgraph } from '../../domain/graph';
import type { QueryResolvers } from '../generated/resolvers';

export const graphQueries: QueryResolvers = {
  graph: (_, { filter, include, limit, asOf }, ctx) => subgraph(ctx.db, ctx.viewer, { filter, include, limit, asOf }),
  neighbourhood: (_, args, ctx) => neighbourhood(ctx.db, ctx.viewer, args),
  path: (_, args, ctx) => shortestPath(ctx.db, ctx.viewer, args),
};
