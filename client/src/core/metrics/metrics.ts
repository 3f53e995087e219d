/**
 * Network analytics on the page, pure: which measure sizes or colours the nodes, the ranked list with its reasons,
 * the overlay the graph draws, and the words for progress. No React, no Cytoscape (core/ rule).
 */
import { COUNTRY_NAMES, SECTOR_ENCODING, type Sector } from '../vocabulary';

export const MEASURES = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'pagerank'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness (harmonic)',
  pagerank: 'PageRank',
};

/** What a measure says, in a sentence for the panel. */
export const MEASURE_HELP: Record<Measure, string> = {
  degree: 'How many partners an actor has.',
  weightedDegree: 'Partners counted by confidence: a LOW link counts 1, MEDIUM 2, HIGH 3.',
  betweenness: 'How often an actor lies on the shortest path between two others: a bridge or a bottleneck.',
  closeness: 'How near an actor is to everyone else (the mean of 1 / steps); unreached actors count 0.',
  pagerank: 'Being tied to actors who are themselves well tied.',
};

export type TieKind = 'COLLABORATES_WITH' | 'MEMBER_OF' | 'PARTICIPATED_IN';
export const TIE_KIND_LABELS: Record<TieKind, string> = {
  COLLABORATES_WITH: 'Collaborations',
  MEMBER_OF: 'Shared networks and coalitions',
  PARTICIPATED_IN: 'Shared activities',
};

export interface AnalyticsSettings {
  /** Computed only once asked for: the panel opened, or a measure chosen. */
  on: boolean;
  measure: Measure;
  sizeByMeasure: boolean;
  colour: 'sector' | 'community' | 'measure';
  ties: TieKind[];
}

export const INITIAL_ANALYTICS: AnalyticsSettings = {
  on: false,
  measure: 'betweenness',
  sizeByMeasure: true,
  colour: 'sector',
  ties: ['COLLABORATES_WITH'],
};

/** The fields of one actor's measures that the page reads (the NetworkMetrics document's actor item). */
export interface ActorMeasures {
  id: string;
  name: string;
  sector: Sector | null;
  country: string | null;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  community: number;
  brokerage: { coordinator: number; itinerant: number; gatekeeper: number; liaison: number };
}

export interface CommunityInfo {
  id: number;
  size: number;
  actorCount: number;
  label: string;
  colour: string;
  hubName: string | null;
}

export interface MetricsView {
  actors: ActorMeasures[];
  communities: CommunityInfo[];
  approximate: boolean;
  sampledSources: number | null;
  actorCount: number;
}

const percent = (value: number): string =>
  value >= 0.1 ? `${Math.round(value * 100)}%` : value > 0 ? `${(value * 100).toFixed(1)}%` : '0%';

/** A measure's value as the page writes it. */
export function formatMeasure(measure: Measure, value: number): string {
  switch (measure) {
    case 'degree':
      return String(value);
    case 'weightedDegree':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'betweenness':
      return value.toFixed(value >= 0.01 ? 3 : 4);
    case 'closeness':
      return value.toFixed(3);
    case 'pagerank':
      return value.toFixed(4);
  }
}

/** Why an actor ranks where it does, in words: the measure itself and what explains it. */
export function reasonFor(measure: Measure, actor: ActorMeasures, view: MetricsView): string {
  const partners = `${actor.degree} partner${actor.degree === 1 ? '' : 's'}`;
  const community = view.communities[actor.community];
  const where = community && community.size > 1 ? ` in “${community.label}”` : '';
  switch (measure) {
    case 'degree':
      return `${partners}${where}`;
    case 'weightedDegree':
      return `${partners}, weighing ${formatMeasure('weightedDegree', actor.weightedDegree)} by confidence`;
    case 'betweenness': {
      const pairs = actor.brokerage.liaison + actor.brokerage.gatekeeper + actor.brokerage.itinerant;
      const bridge = pairs > 0 ? `; links ${pairs} unconnected pair${pairs === 1 ? '' : 's'} across sectors` : '';
      return `on ${percent(actor.betweenness)} of shortest paths between others${bridge}`;
    }
    case 'closeness': {
      // Harmonic closeness is the mean of 1/steps: its inverse reads as a typical number of steps.
      const steps = actor.closeness > 0 ? (1 / actor.closeness).toFixed(1) : null;
      return steps
        ? `about ${steps} steps from a typical other actor (${partners})`
        : 'reaches no one at this confidence';
    }
    case 'pagerank': {
      const mean = 1 / Math.max(1, view.actors.length);
      return `${(actor.pagerank / mean).toFixed(1)}× the average; ${partners}`;
    }
  }
}

export interface RankedActor {
  id: string;
  nodeId: string;
  name: string;
  rank: number;
  value: number;
  formatted: string;
  reason: string;
  sector: Sector | null;
  country: string | null;
}

/** The top `limit` actors by a measure (ties broken by name), each with its reason. */
export function rankActors(view: MetricsView, measure: Measure, limit = 15): RankedActor[] {
  return [...view.actors]
    .sort((a, b) => b[measure] - a[measure] || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((actor, i) => ({
      id: actor.id,
      nodeId: `actor:${actor.id}`,
      name: actor.name,
      rank: i + 1,
      value: actor[measure],
      formatted: formatMeasure(measure, actor[measure]),
      reason: reasonFor(measure, actor, view),
      sector: actor.sector,
      country: actor.country ? (COUNTRY_NAMES[actor.country] ?? actor.country) : null,
    }));
}

/** What the graph draws differently for one node: a size (px) and a fill colour. */
export interface NodeOverlay {
  size?: number;
  colour?: string;
}

/** Viridis, dark for the largest values: readable on white, in grey and for colour-blind readers. */
export const MEASURE_RAMP = ['#FDE725', '#5EC962', '#21918C', '#3B528B', '#440154'] as const;

/** A colour on MEASURE_RAMP for a share (0–1), interpolated between its stops. */
export function rampColour(share: number): string {
  const t = Math.min(1, Math.max(0, share)) * (MEASURE_RAMP.length - 1);
  const i = Math.min(MEASURE_RAMP.length - 2, Math.floor(t));
  const f = t - i;
  const rgb = (hex: string) => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16));
  const a = rgb(MEASURE_RAMP[i] as string);
  const b = rgb(MEASURE_RAMP[i + 1] as string);
  return `#${a
    .map((x, k) =>
      Math.round(x + ((b[k] as number) - x) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`.toUpperCase();
}

export const MIN_NODE_SIZE = 14;
export const MAX_NODE_SIZE = 64;

/**
 * Node sizes by a measure (square root of the share of the largest value, so area follows the value) and colours by
 * community or by the measure (on MEASURE_RAMP, by the same square-root share), for the actors measured. Nodes not measured keep their own style.
 */
export function overlayOf(view: MetricsView | null, settings: AnalyticsSettings): Map<string, NodeOverlay> {
  const out = new Map<string, NodeOverlay>();
  if (!view || !settings.on) return out;
  const max = view.actors.reduce((m, a) => Math.max(m, a[settings.measure]), 0);
  for (const actor of view.actors) {
    const entry: NodeOverlay = {};
    if (settings.sizeByMeasure && max > 0) {
      entry.size = Math.round(
        MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(actor[settings.measure] / max),
      );
    }
    if (settings.colour === 'measure' && max > 0) entry.colour = rampColour(Math.sqrt(actor[settings.measure] / max));
    if (settings.colour === 'community') {
      const community = view.communities[actor.community];
      if (community) entry.colour = community.colour;
    }
    if (entry.size !== undefined || entry.colour !== undefined) out.set(`actor:${actor.id}`, entry);
  }
  return out;
}

/** The communities a legend lists: the largest first, at most `limit`, singletons left out. */
export function legendCommunities(view: MetricsView | null, limit = 12): CommunityInfo[] {
  if (!view) return [];
  return view.communities.filter((c) => c.size > 1).slice(0, limit);
}

const PHASE_WORDS: Record<string, string> = {
  reading: 'Reading the network',
  measuring: 'Starting the measures',
  paths: 'Shortest paths (betweenness, closeness)',
  pagerank: 'PageRank',
  communities: 'Communities (Louvain)',
  brokers: 'Brokers',
  done: 'Finishing',
};

export interface ProgressInfo {
  running: boolean;
  phase: string | null;
  done: number;
  total: number;
  elapsedMs: number;
}

/** The progress line while the measures run, and the share done for the bar (null: not known yet). */
export function progressText(progress: ProgressInfo | null): { text: string; share: number | null } {
  if (!progress?.running || !progress.phase) return { text: 'Computing the measures…', share: null };
  const seconds = `${(progress.elapsedMs / 1000).toFixed(1)} s`;
  const phase = PHASE_WORDS[progress.phase] ?? progress.phase;
  if (progress.phase === 'paths' && progress.total > 1) {
    return {
      text: `${phase}: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} sources · ${seconds}`,
      share: 0.1 + 0.6 * (progress.done / progress.total),
    };
  }
  const order = ['reading', 'measuring', 'paths', 'pagerank', 'communities', 'brokers', 'done'];
  const step = Math.max(0, order.indexOf(progress.phase));
  const shares = [0.02, 0.08, 0.1, 0.72, 0.8, 0.9, 0.98];
  return { text: `${phase} · ${seconds}`, share: shares[step] ?? null };
}

/** A sector's colour for a broker's sectors, as the map draws them. */
export const sectorColour = (sector: Sector | null): string => (sector ? SECTOR_ENCODING[sector].colour : '#9e9e9e');
export const sectorLabel = (sector: Sector | null): string => (sector ? SECTOR_ENCODING[sector].label : 'No sector');

/** A share as the health card writes it. */
export const asPercent = (value: number): string => `${Math.round(value * 100)}%`;
