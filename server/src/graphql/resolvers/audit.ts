import { listChanges, undoChange } from '../../domain/audit';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const auditQueries: QueryResolvers = {
  changes: (_, { entityId, limit }, ctx) => listChanges(ctx.db, ctx.viewer, { entityId, limit }),
};

export const auditMutations: MutationResolvers = {
  undoChange: (_, { id }, ctx) => undoChange(ctx.db, ctx.viewer, id),
};
