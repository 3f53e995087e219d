import { listChanges, undoChange } from '../../domain/audit';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const auditResolvers = {
  Query: {
    changes: (_: unknown, args: Args, ctx: Context) =>
      listChanges(ctx.db, ctx.viewer, { entityId: args.entityId as string | null, limit: args.limit as number | null }),
  },
  Mutation: {
    undoChange: (_: unknown, args: Args, ctx: Context) => undoChange(ctx.db, ctx.viewer, String(args.id)),
  },
};
