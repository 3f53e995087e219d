import type { ActivityType } from '@reform-atlas/vocabulary';

import type { Row } from '../../db/database';
import { datasetInfo, listActivities, listCountries } from '../../domain/catalogue';
import { createGroup, deleteGroup, listGroups, updateGroup } from '../../domain/groups';
import { createTheme, deleteTheme, listThemes, updateTheme } from '../../domain/themes';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const catalogueResolvers = {
  Query: {
    dataset: (_: unknown, __: Args, ctx: Context) => datasetInfo(ctx.db, ctx.viewer),
    networks: (_: unknown, __: Args, ctx: Context) => listGroups(ctx.db, ctx.viewer, 'NETWORK'),
    coalitions: (_: unknown, __: Args, ctx: Context) => listGroups(ctx.db, ctx.viewer, 'COALITION'),
    groups: (_: unknown, args: Args, ctx: Context) =>
      listGroups(ctx.db, ctx.viewer, (args.kind as 'NETWORK' | 'COALITION' | null | undefined) ?? null),
    countries: (_: unknown, __: Args, ctx: Context) => listCountries(ctx.db, ctx.viewer),
    themes: (_: unknown, __: Args, ctx: Context) => listThemes(ctx.db, ctx.viewer),
    activities: async (_: unknown, args: Args, ctx: Context) =>
      (
        await listActivities(ctx.db, ctx.viewer, {
          type: (args.type as ActivityType | null | undefined) ?? null,
          country: (args.country as string | null | undefined) ?? null,
        })
      ).map((row: Row) => ({
        ...(row.activity as Record<string, unknown>),
        country: ((row.countries as unknown[]) ?? [])[0] ?? null,
        themes: row.themes,
        participants: row.participants,
      })),
  },
  Mutation: {
    createGroup: (_: unknown, args: Args, ctx: Context) => createGroup(ctx.db, ctx.viewer, args.input),
    updateGroup: (_: unknown, args: Args, ctx: Context) =>
      updateGroup(ctx.db, ctx.viewer, { id: args.id, version: args.version, patch: args.patch }),
    deleteGroup: (_: unknown, args: Args, ctx: Context) => deleteGroup(ctx.db, ctx.viewer, String(args.id)),
    createTheme: (_: unknown, args: Args, ctx: Context) => createTheme(ctx.db, ctx.viewer, args.input),
    updateTheme: (_: unknown, args: Args, ctx: Context) =>
      updateTheme(ctx.db, ctx.viewer, { id: args.id, version: args.version, patch: args.patch }),
    deleteTheme: (_: unknown, args: Args, ctx: Context) => deleteTheme(ctx.db, ctx.viewer, String(args.id)),
  },
};
