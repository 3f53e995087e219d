import { actorFacets, suggest } from '../../domain/search';
import type { QueryResolvers } from '../generated/resolvers';

export const searchQueries: QueryResolvers = {
  suggest: (_, { text, limit }, ctx) => suggest(ctx.db, ctx.viewer, { text, limit }),
  actorFacets: (_, { filter }, ctx) => actorFacets(ctx.db, ctx.viewer, filter),
};
