import { listChanges } from '../../domain/audit';
import { changeEntityName, changeFields } from '../../domain/changeFields';
import { undoChange } from '../../domain/undo';
import type { ChangeResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const auditQueries: QueryResolvers = {
  changes: (_, args, ctx) => listChanges(ctx.db, ctx.viewer, args),
};

export const auditMutations: MutationResolvers = {
  undoChange: (_, { id }, ctx) => undoChange(ctx.db, ctx.viewer, id),
};

/** Worked out from the change's snapshots only when asked for (no query: the snapshots came with the change). */
export const changeFieldResolvers: ChangeResolvers = {
  fields: (c) => changeFields(c.entityKind, c.before, c.after),
  entityName: (c) => changeEntityName(c.entityKind, c.before, c.after),
};
