import { deleteSavedView, getSavedView, listSavedViews, saveView } from '../../domain/savedViews';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const savedViewQueries: QueryResolvers = {
  savedViews: (_, __, ctx) => listSavedViews(ctx.db, ctx.viewer),
  savedView: (_, { id }, ctx) => getSavedView(ctx.db, ctx.viewer, id),
};

export const savedViewMutations: MutationResolvers = {
  saveView: (_, { input }, ctx) => saveView(ctx.db, ctx.viewer, input),
  deleteSavedView: (_, { id }, ctx) => deleteSavedView(ctx.db, ctx.viewer, id),
};
