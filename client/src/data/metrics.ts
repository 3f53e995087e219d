/**
 * Network analytics operations (client/src/data/documents/metrics.graphql), and a hook that runs the measures while
 * polling their progress. One round trip per call.
 */
import { useEffect, useState } from 'react';

import type { AnalyticsSettings } from '../core/metrics/metrics';
import { request } from './client';
import {
  AllianceHealthDocument,
  MetricsProgressDocument,
  NetworkMetricsDocument,
  type ActorFilter,
  type AllianceHealthQuery,
  type MetricsProgressQuery,
  type NetworkMetricsQuery,
  type NetworkMetricsQueryVariables,
} from './generated/graphql';
import { useQuery, type QueryResult } from './useQuery';

export type NetworkMetrics = NetworkMetricsQuery['metrics'];
export type MetricsProgress = MetricsProgressQuery['metricsProgress'];
export type AllianceHealth = AllianceHealthQuery['allianceHealth'][number];

export async function fetchMetrics(variables: NetworkMetricsQueryVariables): Promise<NetworkMetrics> {
  return (await request(NetworkMetricsDocument, variables)).metrics;
}

export async function fetchMetricsProgress(variables: NetworkMetricsQueryVariables): Promise<MetricsProgress> {
  return (await request(MetricsProgressDocument, variables)).metricsProgress;
}

export async function fetchAllianceHealth(ids: string[], asOf?: string | null): Promise<AllianceHealth[]> {
  return (await request(AllianceHealthDocument, { ids, asOf: asOf ?? null })).allianceHealth;
}

/** How often the page asks how far the measures have got while they run. */
const PROGRESS_EVERY_MS = 400;

/**
 * The measures of the map's filter, computed only once the settings are on; while a computation runs, its progress
 * is polled. `filter` is the explorer's actor filter (its minConfidence applies to the links).
 */
export function useNetworkMetrics(
  filter: ActorFilter | null,
  settings: AnalyticsSettings,
  asOf: string | null = null,
): QueryResult<NetworkMetrics> & { progress: MetricsProgress | null } {
  const variables: NetworkMetricsQueryVariables = { filter, relationTypes: settings.ties, asOf };
  const key = settings.on ? JSON.stringify(variables) : null;
  const result = useQuery(key, () => fetchMetrics(variables));
  // Progress is kept with the arguments it was asked for: a new computation never shows the last one's.
  const [progress, setProgress] = useState<{ key: string; value: MetricsProgress } | null>(null);
  const polling = result.loading && key !== null;
  useEffect(() => {
    if (!polling || key === null) return;
    const asked = JSON.parse(key) as NetworkMetricsQueryVariables;
    let stopped = false;
    const timer = window.setInterval(() => {
      fetchMetricsProgress(asked).then(
        (value) => {
          if (!stopped) setProgress({ key, value });
        },
        () => undefined,
      );
    }, PROGRESS_EVERY_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [polling, key]);
  return { ...result, progress: polling && progress?.key === key ? progress.value : null };
}

/** The health of one network or coalition (the details panel's card). */
export function useAllianceHealth(groupId: string | null): QueryResult<AllianceHealth | null> {
  return useQuery(
    groupId ? `health:${groupId}` : null,
    async () => (await fetchAllianceHealth([groupId ?? '']))[0] ?? null,
  );
}
