import {
  addCollaboration,
  addMembership,
  removeCollaboration,
  removeInterest,
  removeMembership,
  setInterest,
} from '../../domain/relations';
import type { MutationResolvers } from '../generated/resolvers';
import { readActor } from './actors';

/** Each change answers with the actor it changed, read back as any reader would see it. */
export const relationMutations: MutationResolvers = {
  addMembership: async (_, { input }, ctx) => readActor(ctx, await addMembership(ctx.db, ctx.viewer, input)),
  removeMembership: async (_, { actorId, groupId }, ctx) =>
    readActor(ctx, await removeMembership(ctx.db, ctx.viewer, actorId, groupId)),
  setInterest: async (_, { input }, ctx) => readActor(ctx, await setInterest(ctx.db, ctx.viewer, input)),
  removeInterest: async (_, { actorId, themeId }, ctx) =>
    readActor(ctx, await removeInterest(ctx.db, ctx.viewer, actorId, themeId)),
  addCollaboration: async (_, { input }, ctx) => readActor(ctx, await addCollaboration(ctx.db, ctx.viewer, input)),
  removeCollaboration: async (_, { fromId, toId }, ctx) =>
    readActor(ctx, await removeCollaboration(ctx.db, ctx.viewer, fromId, toId)),
};
