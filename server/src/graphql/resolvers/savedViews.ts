import { embeddedView, listEmbedOrigins, setEmbedOrigins, setViewEmbed } from '../../domain/embeds';
import { deleteSavedView, getSavedView, listSavedViews, saveView } from '../../domain/savedViews';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const savedViewQueries: QueryResolvers = {
  savedViews: (_, __, ctx) => listSavedViews(ctx.db, ctx.viewer),
  savedView: (_, { id }, ctx) => getSavedView(ctx.db, ctx.viewer, id),
  // Always as the anonymous role, whoever asks: an embed shows the public what the public may see.
  embeddedView: (_, { id }, ctx) => embeddedView(ctx.db, id),
  embedOrigins: (_, __, ctx) => listEmbedOrigins(ctx.db, ctx.viewer),
};

export const savedViewMutations: MutationResolvers = {
  saveView: (_, { input }, ctx) => saveView(ctx.db, ctx.viewer, input),
  deleteSavedView: (_, { id }, ctx) => deleteSavedView(ctx.db, ctx.viewer, id),
  setViewEmbed: (_, { id, mode }, ctx) => setViewEmbed(ctx.db, ctx.viewer, id, mode),
  setEmbedOrigins: (_, { origins }, ctx) => setEmbedOrigins(ctx.db, ctx.viewer, origins),
};
