import { changesBetween } from '../../domain/changes';
import { createPhase, deletePhase, listPhases, updatePhase } from '../../domain/phases';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const timeQueries: QueryResolvers = {
  phases: (_, __, ctx) => listPhases(ctx.db),
  changesBetween: (_, args, ctx) => changesBetween(ctx.db, ctx.viewer, args),
};

export const timeMutations: MutationResolvers = {
  createPhase: (_, { input }, ctx) => createPhase(ctx.db, ctx.viewer, input),
  updatePhase: (_, { id, input }, ctx) => updatePhase(ctx.db, ctx.viewer, id, input),
  deletePhase: (_, { id }, ctx) => deletePhase(ctx.db, ctx.viewer, id),
};
