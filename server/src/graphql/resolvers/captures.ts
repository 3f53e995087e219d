import { acceptCapture, captureEntry, listCaptures, rejectCapture } from '../../domain/captures';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const captureQueries: QueryResolvers = {
  captures: (_, args, ctx) => listCaptures(ctx.db, ctx.viewer, args),
};

export const captureMutations: MutationResolvers = {
  capture: (_, { input }, ctx) => captureEntry(ctx.db, ctx.viewer, input),
  acceptCapture: (_, { id }, ctx) => acceptCapture(ctx.db, ctx.viewer, id),
  rejectCapture: (_, { id, note }, ctx) => rejectCapture(ctx.db, ctx.viewer, id, note),
};
