import { alignActors } from '../../domain/alignment/alignment';
import { coalitionGaps } from '../../domain/alignment/gaps';
import { themeLandscape } from '../../domain/alignment/landscape';
import { overlapNetwork } from '../../domain/alignment/overlaps';
import { suggestPartners } from '../../domain/alignment/partners';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const alignmentResolvers = {
  Query: {
    alignment: (_: unknown, args: Args, ctx: Context) => alignActors(ctx.db, ctx.viewer, { ...args }),
    overlaps: (_: unknown, args: Args, ctx: Context) => overlapNetwork(ctx.db, ctx.viewer, { ...args }),
    themeLandscape: (_: unknown, args: Args, ctx: Context) => themeLandscape(ctx.db, ctx.viewer, { ...args }),
    suggestPartners: (_: unknown, args: Args, ctx: Context) => suggestPartners(ctx.db, ctx.viewer, { ...args }),
    coalitionGaps: (_: unknown, args: Args, ctx: Context) => coalitionGaps(ctx.db, ctx.viewer, { ...args }),
  },
};
