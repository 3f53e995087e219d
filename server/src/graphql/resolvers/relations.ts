import {
  addCollaboration,
  addMembership,
  removeCollaboration,
  removeInterest,
  removeMembership,
  setInterest,
} from '../../domain/relations';
import type { Context } from '../context';
import { readActor } from './actors';

type Args = Record<string, unknown>;

export const relationResolvers = {
  Mutation: {
    addMembership: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await addMembership(ctx.db, ctx.viewer, args.input)),
    removeMembership: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await removeMembership(ctx.db, ctx.viewer, String(args.actorId), String(args.groupId))),
    setInterest: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await setInterest(ctx.db, ctx.viewer, args.input)),
    removeInterest: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await removeInterest(ctx.db, ctx.viewer, String(args.actorId), String(args.themeId))),
    addCollaboration: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await addCollaboration(ctx.db, ctx.viewer, args.input)),
    removeCollaboration: async (_: unknown, args: Args, ctx: Context) =>
      readActor(ctx, await removeCollaboration(ctx.db, ctx.viewer, String(args.fromId), String(args.toId))),
  },
};
