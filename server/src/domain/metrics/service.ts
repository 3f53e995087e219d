/**
 * Network analytics as use cases: the measures of the network the caller may see (one read, then the worker) and
 * the alliance health of networks and coalitions (one read).
 */
import { CONFIDENCES, type Confidence } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row } from '../../db/database';
import { actorFilterParams, actorFilterSchema, confidencesFrom } from '../filters';
import { idSchema, isoDateSchema, parseInput } from '../validation';
import { canSeeSensitive, type Viewer } from '../viewer';
import { metricsCacheOf, type Progress } from './cache';
import { DEFAULT_OPTIONS, type MetricsOptions, type MetricsResult, type NetworkInput } from './compute';
import { runMetricsWorker } from './runner';

/** The kinds of link that can make ties between actors. */
export const TIE_TYPES = ['COLLABORATES_WITH', 'MEMBER_OF', 'PARTICIPATED_IN'] as const;
type TieType = (typeof TIE_TYPES)[number];

/** A tie weighs its confidence: the measures that read weights (weighted degree, PageRank, Louvain) trust firm ties more. */
export const CONFIDENCE_WEIGHT: Record<Confidence, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

const todayIso = (): string => new Date().toISOString().slice(0, 10);
const asOfSchema = isoDateSchema.nullish().transform((v) => v ?? todayIso());

const metricsArgs = z.object({
  minConfidence: z.enum(CONFIDENCES).nullish(),
  relationTypes: z
    .array(z.enum(TIE_TYPES, { message: `must be one of ${TIE_TYPES.join(', ')}` }))
    .min(1, 'must name at least one kind of link')
    .nullish(),
  asOf: asOfSchema,
});

export interface MetricsArgs {
  filter?: unknown;
  minConfidence?: unknown;
  relationTypes?: unknown;
  asOf?: unknown;
}

interface Prepared {
  key: string;
  params: Record<string, unknown>;
  asOf: string;
}

/** The read's parameters and the cache key: data version, audience (what the caller may see) and arguments. */
async function prepare(db: Database, viewer: Viewer, args: MetricsArgs): Promise<Prepared> {
  const parsed = parseInput(metricsArgs, { ...args, filter: undefined }, '');
  const filter = parseInput(actorFilterSchema, args.filter, 'filter');
  const types = new Set<TieType>(parsed.relationTypes ?? ['COLLABORATES_WITH']);
  const params = {
    ...actorFilterParams(viewer, args.filter),
    confidences: confidencesFrom(parsed.minConfidence ?? filter?.minConfidence),
    asOf: parsed.asOf,
    collaborations: types.has('COLLABORATES_WITH'),
    memberships: types.has('MEMBER_OF'),
    participations: types.has('PARTICIPATED_IN'),
  };
  const version = await metricsCacheOf(db).version(db);
  const audience = canSeeSensitive(viewer) ? 'all' : 'non-sensitive';
  return { key: JSON.stringify([version, audience, params]), params, asOf: parsed.asOf };
}

const byFirst = <T extends [string, ...unknown[]]>(list: T[] | null | undefined): T[] =>
  [...(list ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** Rows of metrics-network.cypher → the worker's input. Partners outside the set are dropped here. */
export function networkInput(unordered: Row[]): NetworkInput {
  // In id order, whatever order the store returns: Louvain's result depends on the order it visits nodes.
  const rows = [...unordered].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
  const input: NetworkInput = { actors: [], others: [], ties: [] };
  const ids = new Set(rows.map((row) => row.id as string));
  const others = new Map<string, string>();
  for (const row of rows) {
    const id = row.id as string;
    input.actors.push({
      id,
      name: row.name as string,
      sector: (row.sector as string | null) ?? null,
      country: (row.country as string | null) ?? null,
      themes: (row.themes as string[]) ?? [],
    });
    for (const [partner, confidence] of byFirst(row.collaborations as Array<[string, Confidence]>)) {
      if (ids.has(partner)) input.ties.push([`actor:${id}`, `actor:${partner}`, CONFIDENCE_WEIGHT[confidence] ?? 1]);
    }
    for (const [kind, list] of [
      ['group', row.groups],
      ['activity', row.activities],
    ] as const) {
      for (const [otherId, name, confidence] of byFirst(list as Array<[string, string, Confidence]>)) {
        const key = `${kind}:${otherId}`;
        others.set(key, name);
        input.ties.push([`actor:${id}`, key, CONFIDENCE_WEIGHT[confidence] ?? 1]);
      }
    }
  }
  input.others = [...others.entries()].map(([key, name]) => ({ key, name }));
  return input;
}

export interface NetworkMetrics extends MetricsResult {
  asOf: string;
}

/** Options of the computation; tests and the bench may change them. */
export const metricsOptions: Omit<MetricsOptions, 'onProgress'> = { ...DEFAULT_OPTIONS };

export async function networkMetrics(db: Database, viewer: Viewer, args: MetricsArgs): Promise<NetworkMetrics> {
  const { key, params, asOf } = await prepare(db, viewer, args);
  const cache = metricsCacheOf(db);
  const hit = cache.get(key);
  if (hit) return { ...hit, asOf };
  const result = await cache.run(key, async (progress) => {
    const rows = await db.read('metrics-network', params);
    progress.phase = 'measuring';
    return runMetricsWorker(networkInput(rows), metricsOptions, (phase, done, total) => {
      progress.phase = phase;
      progress.done = done;
      progress.total = total;
    });
  });
  return { ...result, asOf };
}

export interface MetricsProgress {
  running: boolean;
  /** Whether the answer for these arguments is ready in the cache. */
  ready: boolean;
  phase: string | null;
  done: number;
  total: number;
  elapsedMs: number;
}

/** How far the computation for these arguments has got (the page polls it while `metrics` runs). */
export async function metricsProgress(db: Database, viewer: Viewer, args: MetricsArgs): Promise<MetricsProgress> {
  const { key } = await prepare(db, viewer, args);
  const cache = metricsCacheOf(db);
  const progress: Progress | undefined = cache.progress(key);
  return {
    running: progress !== undefined,
    ready: cache.get(key) !== undefined,
    phase: progress?.phase ?? null,
    done: progress?.done ?? 0,
    total: progress?.total ?? 0,
    elapsedMs: progress ? Date.now() - progress.startedAt : 0,
  };
}

// ------------------------------------------------------------------------------------------------ alliance health

const healthArgs = z.object({
  ids: z.array(idSchema).max(500, 'must be at most 500 ids').nullish(),
  minConfidence: z.enum(CONFIDENCES).nullish(),
  asOf: asOfSchema,
});

export interface ThemeAgreement {
  themeId: string;
  name: string;
  members: number;
  supports: number;
  opposes: number;
  mixed: number;
  agreement: number;
}

export interface AllianceHealth {
  id: string;
  name: string;
  kind: 'NETWORK' | 'COALITION';
  members: number;
  density: number;
  ties: number;
  crossSectorShare: number;
  crossBorderShare: number;
  activeMembers: number;
  agreement: number | null;
  themes: ThemeAgreement[];
}

export function summariseHealth(row: Row): AllianceHealth {
  const members = Number(row.memberCount ?? 0);
  const ties = Number(row.ties ?? 0);
  const byTheme = new Map<string, ThemeAgreement>();
  for (const [themeId, name, position] of (row.positions as Array<[string, string, string]>) ?? []) {
    let theme = byTheme.get(themeId);
    if (!theme) {
      theme = { themeId, name, members: 0, supports: 0, opposes: 0, mixed: 0, agreement: 0 };
      byTheme.set(themeId, theme);
    }
    theme.members++;
    if (position === 'SUPPORTS') theme.supports++;
    else if (position === 'OPPOSES') theme.opposes++;
    else theme.mixed++;
  }
  const themes = [...byTheme.values()]
    .map((t) => ({ ...t, agreement: Math.max(t.supports, t.opposes, t.mixed) / t.members }))
    .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name));
  const positioned = themes.reduce((sum, t) => sum + t.members, 0);
  const agreeing = themes.reduce((sum, t) => sum + Math.max(t.supports, t.opposes, t.mixed), 0);
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as 'NETWORK' | 'COALITION',
    members,
    density: members > 1 ? ties / ((members * (members - 1)) / 2) : 0,
    ties,
    crossSectorShare: ties > 0 ? Number(row.crossSectorTies ?? 0) / ties : 0,
    crossBorderShare: ties > 0 ? Number(row.crossBorderTies ?? 0) / ties : 0,
    activeMembers: Number(row.activeMembers ?? 0),
    agreement: positioned > 0 ? agreeing / positioned : null,
    themes,
  };
}

export async function allianceHealth(
  db: Database,
  viewer: Viewer,
  args: { ids?: unknown; minConfidence?: unknown; asOf?: unknown },
): Promise<AllianceHealth[]> {
  const parsed = parseInput(healthArgs, args, '');
  const rows = await db.read('group-health', {
    ids: parsed.ids && parsed.ids.length > 0 ? parsed.ids : null,
    canSeeSensitive: canSeeSensitive(viewer),
    confidences: confidencesFrom(parsed.minConfidence),
    asOf: parsed.asOf,
  });
  return rows.map(summariseHealth);
}
