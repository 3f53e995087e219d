/**
 * The explorer's network analytics: the settings (off until the panel is opened), the measures of the actors the
 * filters select (computed on the server, progress polled while they run), and what the graph and the table draw
 * from them.
 */
import { useMemo, useState } from 'react';

import { toActorFilter, type FilterState } from '../../core/filters/filters';
import {
  INITIAL_ANALYTICS,
  legendCommunities,
  MEASURE_LABELS,
  overlayOf,
  type ActorMeasures,
  type AnalyticsSettings,
  type CommunityInfo,
  type NodeOverlay,
} from '../../core/metrics/metrics';
import { useNetworkMetrics, type MetricsProgress, type NetworkMetrics } from '../../data/metrics';

export interface Analytics {
  settings: AnalyticsSettings;
  setSettings(settings: AnalyticsSettings): void;
  open(): void;
  close(): void;
  result: NetworkMetrics | undefined;
  loading: boolean;
  progress: MetricsProgress | null;
  error: string | null;
  /** Sizes and community colours for the graph; null while off. */
  overlay: ReadonlyMap<string, NodeOverlay> | null;
  /** Measures by node id ("actor:<id>") for the table's columns; null while off. */
  measures: ReadonlyMap<string, ActorMeasures> | null;
  /** The communities the legend lists while actors are coloured by community. */
  legend: CommunityInfo[];
  /** The measure's name while actors are coloured by it (the legend shows its ramp). */
  colourMeasure: string | null;
}

export function useAnalytics(filters: FilterState, asOf: string | null = null): Analytics {
  const [settings, setSettings] = useState<AnalyticsSettings>(INITIAL_ANALYTICS);
  const filter = useMemo(() => toActorFilter(filters), [filters]);
  const query = useNetworkMetrics(filter, settings, asOf);
  const result = settings.on ? query.data : undefined;
  const overlay = useMemo(() => (result ? overlayOf(result, settings) : null), [result, settings]);
  const measures = useMemo(
    () => (result ? new Map(result.actors.map((a) => [`actor:${a.id}`, a as ActorMeasures])) : null),
    [result],
  );
  const legend = useMemo(
    () => (result && settings.colour === 'community' ? legendCommunities(result) : []),
    [result, settings.colour],
  );
  return {
    settings,
    setSettings,
    open: () => setSettings((s) => ({ ...s, on: true })),
    close: () => setSettings(INITIAL_ANALYTICS),
    result,
    loading: query.loading,
    progress: query.progress,
    error: query.error?.message ?? null,
    overlay,
    measures,
    legend,
    colourMeasure: result && settings.colour === 'measure' ? MEASURE_LABELS[settings.measure] : null,
  };
}
