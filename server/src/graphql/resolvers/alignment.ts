import { alignActors } from '../../domain/alignment/alignment';
import { coalitionGaps } from '../../domain/alignment/gaps';
import { themeLandscape } from '../../domain/alignment/landscape';
import { overlapNetwork } from '../../domain/alignment/overlaps';
import { suggestPartners } from '../../domain/alignment/partners';
import type { QueryResolvers } from '../generated/resolvers';

export const alignmentQueries: QueryResolvers = {
  alignment: (_, args, ctx) => alignActors(ctx.db, ctx.viewer, args),
  overlaps: (_, args, ctx) => overlapNetwork(ctx.db, ctx.viewer, args),
  themeLandscape: (_, args, ctx) => themeLandscape(ctx.db, ctx.viewer, args),
  suggestPartners: (_, args, ctx) => suggestPartners(ctx.db, ctx.viewer, args),
  coalitionGaps: (_, args, ctx) => coalitionGaps(ctx.db, ctx.viewer, args),
};
