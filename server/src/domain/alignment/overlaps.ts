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
import {
  packedOverlap,
  packVectors,
  popcount,
  scoreFromOverlap,
  scorePair,
  sharedThemes,
  type ThemeSpace,
} from './score';

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

export interface Scored {
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
  const { pairCount, best } = overlapPairs(space, actors, args);
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

/** What decides which pairs are edges. */
export interface OverlapOptions {
  minShared: number;
  limit: number;
  crossSectorOnly?: boolean | null;
  unlinkedOnly?: boolean | null;
}

/**
 * The pairs of a set of actors: how many pass, and the best `limit` of them, best first (positions in `actors`).
 *
 * The score in terms of the weighted L1 distance D = Σ_t |w_t·s_A(t) − w_t·s_B(t)|: the overlap is (S − D) / 2 and
 * the union (S + D) / 2 with S = ta + tb (the two totals), so score = (S − D) / (S + D), falling as D grows. Summing
 * the weighted strengths over blocks of themes, D ≥ Σ_g |A_g − B_g| (the triangle inequality in each block): four
 * blocks give a bound that four subtractions compute, and two coordinates, u (blocks 0 and 1) and r (blocks 2 and
 * 3), with D ≥ |Δu| + |Δr|, say which actors can be near enough at all. Actors are laid out in strips of u, each
 * sorted by r, so an actor's possible partners are a few runs of r in the strips near its own, read by binary
 * search: ~1M of the ~4M pairs of one country of the 10k map are read, against ~2.2M with a bound on the totals
 * alone. A first floor comes from scoring each actor with its next few neighbours in the order of their theme masks
 * (the limit-th best of those scores), so the scan starts with narrow runs. Pruning only skips pairs that cannot
 * reach the top, and the top is kept by a total order (score, shared themes, positions), so the visiting order
 * changes nothing in the answer.
 */
export function overlapPairs(
  space: ThemeSpace,
  actors: readonly IndexedActor[],
  args: OverlapOptions,
): { pairCount: number; best: Scored[] } {
  const n = actors.length;
  const { minShared, crossSectorOnly, unlinkedOnly } = args;
  const themeCount = space.ids.length;

  // Blocks of themes: by decreasing weight, dealt 0 1 2 3 3 2 1 0 0 1 … so each block holds light and heavy themes.
  const byWeight = Array.from(space.weights.keys()).sort(
    (x, y) => (space.weights[y] as number) - (space.weights[x] as number) || x - y,
  );
  const blockOf = new Int32Array(themeCount);
  byWeight.forEach((t, k) => (blockOf[t] = k % 8 < 4 ? k % 8 : 7 - (k % 8)));
  const blocks = new Float64Array(n * BLOCKS);
  actors.forEach((actor, i) => {
    const { strength } = actor.vector;
    for (let t = 0; t < themeCount; t++) {
      const at = i * BLOCKS + (blockOf[t] as number);
      blocks[at] = (blocks[at] as number) + (space.weights[t] as number) * (strength[t] as number);
    }
  });
  const uOf = (i: number): number => (blocks[i * BLOCKS] as number) + (blocks[i * BLOCKS + 1] as number);
  const rOf = (i: number): number => (blocks[i * BLOCKS + 2] as number) + (blocks[i * BLOCKS + 3] as number);

  // Strips of u, 32 at most, each sorted by r; rows are packed in that order so a run of r is contiguous.
  let uMin = Infinity;
  let uMax = -Infinity;
  for (let i = 0; i < n; i++) {
    uMin = Math.min(uMin, uOf(i));
    uMax = Math.max(uMax, uOf(i));
  }
  const width = (uMax - uMin) / STRIPS || 1;
  const stripOf = (i: number): number => Math.min(STRIPS - 1, Math.floor((uOf(i) - uMin) / width));
  const stripAt = Int32Array.from(actors.keys(), stripOf);
  const rAt = Float64Array.from(actors.keys(), rOf);
  const order = Array.from(actors.keys()).sort(
    (x, y) => (stripAt[x] as number) - (stripAt[y] as number) || (rAt[x] as number) - (rAt[y] as number) || x - y,
  );
  const { words, masks, weighted, totals } = packVectors(
    space,
    order.map((i) => (actors[i] as IndexedActor).vector),
  );
  const sums = new Float64Array(n * BLOCKS);
  const u = new Float64Array(n);
  const r = new Float64Array(n);
  order.forEach((i, p) => {
    sums.set(blocks.subarray(i * BLOCKS, (i + 1) * BLOCKS), p * BLOCKS);
    u[p] = uOf(i);
    r[p] = rOf(i);
  });
  // stripStart[s] .. stripStart[s + 1]: the rows of strip s; stripLow[s]: the smallest u in it.
  const stripStart = new Int32Array(STRIPS + 1);
  const stripLow = new Float64Array(STRIPS).fill(Infinity);
  for (let p = 0; p < n; p++) {
    const s = stripAt[order[p] as number] as number;
    stripStart[s + 1] = (stripStart[s + 1] as number) + 1;
    stripLow[s] = Math.min(stripLow[s] as number, u[p] as number);
  }
  for (let s = 0; s < STRIPS; s++) stripStart[s + 1] = (stripStart[s + 1] as number) + (stripStart[s] as number);

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
    // The common case, every pair of one country: one word per actor and no per-pair switches. Whether a pair
    // counts depends on the two masks alone, and a country's ~2,500 actors hold ~1,000 distinct masks, so
    // the masks are paired instead of the actors: count_a × count_b pairs for two masks, C(count, 2) within one.
    pairCount = countByMask(masks, n, minShared);
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
  // the top's floor is skipped before its themes are walked.
  const stride = themeCount + 1;
  const heaviest = new Float64Array(n * stride);
  const strengths = new Float64Array(themeCount);
  for (let p = 0; p < n; p++) {
    strengths.set(weighted.subarray(p * themeCount, (p + 1) * themeCount));
    strengths.sort();
    for (let k = 1; k <= themeCount; k++)
      heaviest[p * stride + k] = (heaviest[p * stride + k - 1] as number) + (strengths[themeCount - k] as number);
  }

  // The first floor: the limit-th best score among pairs of neighbours by mask (distinct pairs that pass): `limit`
  // pairs reach it, so the top's own floor can only reach or pass it. -1 when there are fewer such pairs.
  const seeds: number[] = [];
  const byMask = Array.from(order.keys()).sort((p, q) => {
    for (let w = 0; w < words; w++) {
      const x = masks[p * words + w] as number;
      const y = masks[q * words + w] as number;
      if (x !== y) return x - y;
    }
    return (totals[p] as number) - (totals[q] as number) || p - q;
  });
  for (let k = 0; k < n; k++) {
    const p = byMask[k] as number;
    const a = actors[order[p] as number] as IndexedActor;
    for (let m = k + 1; m <= k + SEED_NEIGHBOURS && m < n; m++) {
      const q = byMask[m] as number;
      if (sharedOf(p, q) < minShared || !passes(a, actors[order[q] as number] as IndexedActor)) continue;
      seeds.push(
        scoreOf(overlapOf(masks, weighted, words, themeCount, p, q), totals[p] as number, totals[q] as number),
      );
    }
  }
  const top = new TopPairs(args.limit);
  // The score a pair must reach to be kept.
  let floor = seeds.length >= args.limit ? (Float64Array.from(seeds).sort()[seeds.length - args.limit] as number) : -1;
  // The largest D / S a pair may have and still reach the floor.
  let reach = reachOf(floor);

  // Runs of rows to visit for one row: [runs[2k], runs[2k + 1]).
  const runs = new Int32Array(2 * (STRIPS + 1));
  let strip = 0;
  for (let p = 0; p < n; p++) {
    while (p >= (stripStart[strip + 1] as number)) strip++;
    const i = order[p] as number;
    const a = actors[i] as IndexedActor;
    const ta = totals[p] as number;
    // A partner reaching the floor f has tb ≤ ta / f (the score is at most min/max of the totals), so S ≤ ta (1 + 1/f)
    // and |Δu| + |Δr| ≤ D ≤ reach·S; the floor only rises, so runs read with this row's limit hold every partner.
    const limit = floor > 0 ? reach * ta * (1 + 1 / floor) * (1 + 1e-9) + 1e-9 : Infinity;
    const rp = r[p] as number;
    // Its own strip: the rows after it (r only grows).
    let count = 0;
    runs[count++] = p + 1;
    runs[count++] = firstAbove(r, p + 1, stripStart[strip + 1] as number, rp + limit);
    // The strips above, while their smallest u is within reach; in each, the rows whose r is.
    for (let s = strip + 1; s < STRIPS; s++) {
      const last = stripStart[s + 1] as number;
      if (last === stripStart[s]) continue; // an empty strip
      const left = limit - Math.max(0, (stripLow[s] as number) - (u[p] as number));
      if (left < 0) break;
      runs[count++] = firstAtLeast(r, stripStart[s] as number, last, rp - left);
      runs[count++] = firstAbove(r, stripStart[s] as number, last, rp + left);
    }
    const a0 = sums[p * BLOCKS] as number;
    const a1 = sums[p * BLOCKS + 1] as number;
    const a2 = sums[p * BLOCKS + 2] as number;
    const a3 = sums[p * BLOCKS + 3] as number;
    for (let k = 0; k < count; k += 2) {
      const to = runs[k + 1] as number;
      for (let q = runs[k] as number; q < to; q++) {
        const tb = totals[q] as number;
        const d =
          Math.abs(a0 - (sums[q * BLOCKS] as number)) +
          Math.abs(a1 - (sums[q * BLOCKS + 1] as number)) +
          Math.abs(a2 - (sums[q * BLOCKS + 2] as number)) +
          Math.abs(a3 - (sums[q * BLOCKS + 3] as number));
        if (d > reach * (ta + tb)) continue;
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
          floor = Math.max(floor, top.floor() ?? -1);
          reach = reachOf(floor);
        }
      }
    }
  }

  return { pairCount, best: top.heap.sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0)) };
}

/** The first index in [from, to) whose value is at least `value` (`values` ascending there), `to` if none. */
function firstAtLeast(values: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [from, to) whose value is above `value` (`values` ascending there), `to` if none. */
function firstAbove(values: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Blocks of themes for the distance bound in overlapPairs, strips of u, and neighbours scored for the first floor. */
const BLOCKS = 4;
const STRIPS = 32;
const SEED_NEIGHBOURS = 4;

/** The largest D / S of a pair whose score can still reach `floor` (see overlapPairs); no limit below 0. */
function reachOf(floor: number): number {
  const f = floor - 1e-9;
  return f > 0 ? ((1 - f) / (1 + f)) * (1 + 1e-12) : Infinity;
}

/**
 * Pairs of rows (one 32-bit mask each) sharing at least `minShared` bits, counted over the distinct masks: the
 * same number as testing every pair of rows.
 */
export function countByMask(masks: Uint32Array, rows: number, minShared: number): number {
  const counts = new Map<number, number>();
  for (let p = 0; p < rows; p++) {
    const m = masks[p] as number;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const distinct = Uint32Array.from(counts.keys());
  const times = Float64Array.from(counts.values());
  const bitCount = popcount;
  let pairs = 0;
  for (let x = 0; x < distinct.length; x++) {
    const mx = distinct[x] as number;
    const cx = times[x] as number;
    if (bitCount(mx) >= minShared) pairs += (cx * (cx - 1)) / 2;
    let others = 0;
    for (let y = x + 1; y < distinct.length; y++)
      if (bitCount(mx & (distinct[y] as number)) >= minShared) others += times[y] as number;
    pairs += cx * others;
  }
  return pairs;
}
