import { allianceHealth, metricsProgress, networkMetrics } from '../../domain/metrics/service';
import type { NetworkMetrics as NetworkMetricsType, QueryResolvers } from '../generated/resolvers';

export const metricsQueries: QueryResolvers = {
  // Sectors come back as the codes stored in Neo4j, which the vocabulary (and so the Sector enum) closes.
  metrics: async (_, args, ctx) => (await networkMetrics(ctx.db, ctx.viewer, args)) as unknown as NetworkMetricsType,
  metricsProgress: (_, args, ctx) => metricsProgress(ctx.db, ctx.viewer, args),
  allianceHealth: (_, args, ctx) => allianceHealth(ctx.db, ctx.viewer, args),
};
