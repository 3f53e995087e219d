import { neighbourhood, shortestPath, subgraph } from '../../domain/graph';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const graphResolvers = {
  Query: {
    graph: (_: unknown, args: Args, ctx: Context) =>
      subgraph(ctx.db, ctx.viewer, { filter: args.filter, include: args.include, limit: args.limit as number | null }),
    neighbourhood: (_: unknown, args: Args, ctx: Context) => neighbourhood(ctx.db, ctx.viewer, { ...args }),
    path: (_: unknown, args: Args, ctx: Context) => shortestPath(ctx.db, ctx.viewer, { ...args }),
  },
};
