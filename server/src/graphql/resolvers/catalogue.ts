import { datasetInfo, listCountries } from '../../domain/catalogue';
import { createGroup, deleteGroup, listGroups, updateGroup } from '../../domain/groups';
import { createTheme, deleteTheme, listThemes, updateTheme } from '../../domain/themes';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const catalogueQueries: QueryResolvers = {
  dataset: (_, __, ctx) => datasetInfo(ctx.db, ctx.viewer),
  networks: (_, __, ctx) => listGroups(ctx.db, ctx.viewer, 'NETWORK'),
  coalitions: (_, __, ctx) => listGroups(ctx.db, ctx.viewer, 'COALITION'),
  groups: (_, { kind }, ctx) => listGroups(ctx.db, ctx.viewer, kind ?? null),
  countries: (_, __, ctx) => listCountries(ctx.db, ctx.viewer),
  themes: (_, __, ctx) => listThemes(ctx.db, ctx.viewer),
};

export const catalogueMutations: MutationResolvers = {
  createGroup: (_, { input }, ctx) => createGroup(ctx.db, ctx.viewer, input),
  updateGroup: (_, { id, version, patch }, ctx) => updateGroup(ctx.db, ctx.viewer, { id, version, patch }),
  deleteGroup: (_, { id }, ctx) => deleteGroup(ctx.db, ctx.viewer, id),
  createTheme: (_, { input }, ctx) => createTheme(ctx.db, ctx.viewer, input),
  updateTheme: (_, { id, version, patch }, ctx) => updateTheme(ctx.db, ctx.viewer, { id, version, patch }),
  deleteTheme: (_, { id }, ctx) => deleteTheme(ctx.db, ctx.viewer, id),
};
