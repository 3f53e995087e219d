import { actorFacets, suggest } from '../../domain/search';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const searchResolvers = {
  Query: {
    suggest: (_: unknown, args: Args, ctx: Context) =>
      suggest(ctx.db, ctx.viewer, { text: args.text, limit: args.limit }),
    actorFacets: (_: unknown, args: Args, ctx: Context) => actorFacets(ctx.db, ctx.viewer, args.filter),
  },
};
