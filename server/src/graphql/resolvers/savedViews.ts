import { deleteSavedView, getSavedView, listSavedViews, saveView } from '../../domain/savedViews';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const savedViewResolvers = {
  Query: {
    savedViews: (_: unknown, __: Args, ctx: Context) => listSavedViews(ctx.db, ctx.viewer),
    savedView: (_: unknown, args: Args, ctx: Context) => getSavedView(ctx.db, ctx.viewer, String(args.id)),
  },
  Mutation: {
    saveView: (_: unknown, args: Args, ctx: Context) => saveView(ctx.db, ctx.viewer, args.input),
    deleteSavedView: (_: unknown, args: Args, ctx: Context) => deleteSavedView(ctx.db, ctx.viewer, String(args.id)),
  },
};
