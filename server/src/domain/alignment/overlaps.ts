import { z } from 'zod';

import type { Database } from '../../db/database';
import { parseAsOf } from '../asOf';
import { actorFilterSchema } from '../filters';
import { parseInput } from '../validation';
import type { Viewer } from '../viewer';
import { briefOf, type IndexedActor } from './actorIndex';
import {
  areLinked,
  confidencesFor,
  limitSchema,
  minConfidenceSchema,
  round,
  themeAt,
  type ActorBrief,
  type ThemeBrief,
} from './common';
import { populationByFilter } from './population';
import { packedOverlap, packVectors, popcount, scoreFromOverlap, scorePair, sharedThemes } from './score';

/** One country of the 10k synthetic map is ~2,500 actors (based or operating there): ~3M pairs. */
export const MAX_OVERLAP_ACTORS = 5_000;

const overlapsInputSchema = z.object({
  filter: actorFilterSchema,
  minShared: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be between 1 and 50')
    .max(50, 'must be between 1 and 50')
    .nullish()
    .transform((v) => v ?? 2),
  limit: limitSchema(300, 5_000),
  minConfidence: minConfidenceSchema,
  crossSectorOnly: z.boolean().nullish(),
  unlinkedOnly: z.boolean().nullish(),
  asOf: z.string().nullish(),
});

export interface OverlapEdge {
  source: string;
  target: string;
  /** Number of shared themes. */
  weight: number;
  score: number;
  agreement: number;
  disagreement: number;
  themes: ThemeBrief[];
  crossSector: boolean;
  linked: boolean;
}

export interface OverlapNetwork {
  /** The actors at either end of an edge. */
  nodes: ActorBrief[];
  edges: OverlapEdge[];
  /** Actors compared (most influential first, at most MAX_OVERLAP_ACTORS). */
  actorCount: number;
  totalActors: number;
  /** Pairs sharing at least minShared themes (and passing the switches), before the limit. */
  pairCount: number;
  truncated: boolean;
}

interface Scored {
  i: number;
  j: number;
  score: number;
  shared: number;
}

/** Worse first: a lower score, then fewer shared themes, then a later pair of positions. */
const worse = (x: Scored, y: Scored): boolean =>
  x.score !== y.score
    ? x.score < y.score
    : x.shared !== y.shared
      ? x.shared < y.shared
      : x.i !== y.i
        ? x.i > y.i
        : x.j > y.j;

/** Keeps the best `size` pairs in a binary min-heap (the worst kept pair on top), O(log size) per offer. */
class TopPairs {
  readonly heap: Scored[] = [];
  constructor(private readonly size: number) {}

  /** The score a pair must reach to be kept, once the heap is full. */
  floor(): number | null {
    return this.heap.length < this.size ? null : (this.heap[0]?.score ?? null);
  }

  offer(item: Scored): void {
    const h = this.heap;
    if (h.length < this.size) {
      h.push(item);
      let k = h.length - 1;
      while (k > 0) {
        const parent = (k - 1) >> 1;
        if (!worse(h[k] as Scored, h[parent] as Scored)) break;
        [h[k], h[parent]] = [h[parent] as Scored, h[k] as Scored];
        k = parent;
      }
      return;
    }
    if (!worse(h[0] as Scored, item)) return;
    h[0] = item;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < h.length && worse(h[l] as Scored, h[m] as Scored)) m = l;
      if (r < h.length && worse(h[r] as Scored, h[m] as Scored)) m = r;
      if (m === k) break;
      [h[k], h[m]] = [h[m] as Scored, h[k] as Scored];
      k = m;
    }
  }
}

/**
 * The actor–actor overlap network of a filtered set: an edge for every pair sharing at least minShared
 * themes, weighted by them and scored by alignment, the best `limit` edges. Two round trips at most.
 */
export async function overlapNetwork(db: Database, viewer: Viewer, input: unknown): Promise<OverlapNetwork> {
  const args = parseInput(overlapsInputSchema, input);
  const confidences = confidencesFor(args.minConfidence ?? args.filter?.minConfidence);
  const population = await populationByFilter(
    db,
    viewer,
    args.filter ?? {},
    confidences,
    MAX_OVERLAP_ACTORS,
    parseAsOf(args.asOf),
  );
  const { index, actors } = population;
  const space = index.space;

  // Shared themes are counted on bitmasks (popcount of an AND). A pair's score is at most min/max of the two
  // totals (overlap ≤ the smaller total, denominator ≥ the larger), so rows are visited by decreasing total:
  // along a row that bound only falls, and once it is under the score the top already requires, the rest of
  // the row cannot enter it. Pairs keep their population positions, so ties break as before.
  const n = actors.length;
  const order = Array.from(actors.keys()).sort(
    (x, y) => (actors[y] as IndexedActor).vector.total - (actors[x] as IndexedActor).vector.total || x - y,
  );
  // Packed per request in visiting order: contiguous rows are markedly faster here than the index's own
  // packed arrays reached through positions.
  const { words, themeCount, masks, weighted, totals } = packVectors(
    space,
    order.map((i) => (actors[i] as IndexedActor).vector),
  );
  const { minShared, crossSectorOnly, unlinkedOnly } = args;
  // A local binding: called through the module's export (a getter once TypeScript is compiled to CommonJS),
  // popcount took a third of this function's time over the ~4M pairs of one country.
  const bitCount = popcount;
  const overlapOf = packedOverlap;
  const scoreOf = scoreFromOverlap;
  const sharedOf = (p: number, q: number): number => {
    let shared = 0;
    for (let w = 0; w < words; w++)
      shared += bitCount((masks[p * words + w] as number) & (masks[q * words + w] as number));
    return shared;
  };
  const passes = (a: IndexedActor, b: IndexedActor): boolean =>
    !(crossSectorOnly && a.sector === b.sector) && !(unlinkedOnly && areLinked(a, b));

  let pairCount = 0;
  if (words === 1 && !crossSectorOnly && !unlinkedOnly) {
    // The common case, every pair of one country: one word per actor and no per-pair switches.
    for (let p = 0; p < n; p++) {
      const mp = masks[p] as number;
      for (let q = p + 1; q < n; q++) if (bitCount(mp & (masks[q] as number)) >= minShared) pairCount += 1;
    }
  } else {
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (
          sharedOf(p, q) >= minShared &&
          passes(actors[order[p] as number] as IndexedActor, actors[order[q] as number] as IndexedActor)
        )
          pairCount += 1;
      }
    }
  }

  // heaviest[p * stride + k]: the sum of row p's k heaviest weighted strengths. Over k shared themes the overlap
  // is at most that sum for either actor, and the score grows with the overlap, so a pair whose bound cannot reach
  // the top's floor is skipped before its themes are walked: most pairs of a country, once the top has filled.
  const stride = themeCount + 1;
  const heaviest = new Float64Array(n * stride);
  const strengths = new Float64Array(themeCount);
  for (let p = 0; p < n; p++) {
    strengths.set(weighted.subarray(p * themeCount, (p + 1) * themeCount));
    strengths.sort();
    for (let k = 1; k <= themeCount; k++)
      heaviest[p * stride + k] = (heaviest[p * stride + k - 1] as number) + (strengths[themeCount - k] as number);
  }

  const top = new TopPairs(args.limit);
  // The score a pair must reach to be kept; -1 while the top is not full.
  let floor = -1;
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    const a = actors[i] as IndexedActor;
    const ta = totals[p] as number;
    for (let q = p + 1; q < n; q++) {
      const tb = totals[q] as number; // tb ≤ ta
      if (tb / ta < floor) break;
      const shared = sharedOf(p, q);
      if (shared < minShared) continue;
      const bound = Math.min(heaviest[p * stride + shared] as number, heaviest[q * stride + shared] as number);
      // The margin keeps a pair whose bound, summed in another order, rounds just under a score equal to the floor.
      if (bound / (ta + tb - bound) < floor - 1e-9) continue;
      const j = order[q] as number;
      if (!passes(a, actors[j] as IndexedActor)) continue;
      const score = scoreOf(overlapOf(masks, weighted, words, themeCount, p, q), ta, tb);
      if (score >= floor) {
        top.offer(i < j ? { i, j, score, shared } : { i: j, j: i, score, shared });
        floor = top.floor() ?? -1;
      }
    }
  }

  const best = top.heap.sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0));
  const nodes = new Map<string, ActorBrief>();
  const edges = best.map(({ i, j }): OverlapEdge => {
    const a = actors[i] as IndexedActor;
    const b = actors[j] as IndexedActor;
    nodes.set(a.id, briefOf(a));
    nodes.set(b.id, briefOf(b));
    const pair = scorePair(space, a.vector, b.vector);
    return {
      source: a.id,
      target: b.id,
      weight: pair.shared,
      score: round(pair.score),
      agreement: round(pair.agreement),
      disagreement: round(pair.disagreement),
      themes: sharedThemes(space, a.vector, b.vector).map((t) => themeAt(space, t)),
      crossSector: a.sector !== b.sector,
      linked: areLinked(a, b),
    };
  });
  return {
    nodes: [...nodes.values()],
    edges,
    actorCount: actors.length,
    totalActors: population.total,
    pairCount,
    truncated: population.total > actors.length || pairCount > edges.length,
  };
}
