import { z } from 'zod';

import type { Database } from '../../db/database';
import { actorFilterSchema } from '../filters';
import { parseInput } from '../validation';
import type { Viewer } from '../viewer';
import type { IndexedActor } from './actorIndex';
import { areLinked, briefOf, confidencesFor, limitSchema, minConfidenceSchema, round, themeAt, type ActorBrief, type ThemeBrief } from './common';
import { populationByFilter } from './population';
import { scorePair, sharedThemes } from './score';

/** One country of the 10k synthetic map is ~2,500 actors (based or operating there): ~3M pairs. */
export const MAX_OVERLAP_ACTORS = 5_000;

const overlapsInputSchema = z.object({
  filter: actorFilterSchema,
  minShared: z.number().int('must be a whole number').min(1, 'must be between 1 and 50').max(50, 'must be between 1 and 50').nullish().transform((v) => v ?? 2),
  limit: limitSchema(300, 5_000),
  minConfidence: minConfidenceSchema,
  crossSectorOnly: z.boolean().nullish(),
  unlinkedOnly: z.boolean().nullish(),
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

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Worse first: a lower score, then fewer shared themes, then a later pair of positions. */
const worse = (x: Scored, y: Scored): boolean =>
  x.score !== y.score ? x.score < y.score : x.shared !== y.shared ? x.shared < y.shared : x.i !== y.i ? x.i > y.i : x.j > y.j;

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
  const population = await populationByFilter(db, viewer, args.filter ?? {}, confidences, MAX_OVERLAP_ACTORS);
  const { index, actors } = population;
  const space = index.space;

  // Shared themes are counted on bitmasks (popcount of an AND), and a pair is scored only when it could still
  // enter the top: overlap ≤ min(total) and denominator ≥ max(total), so score ≤ min/max of the totals.
  const words = Math.ceil(space.ids.length / 32) || 1;
  const themeCount = space.ids.length;
  const n = actors.length;
  const masks = new Uint32Array(n * words);
  // w_t·s(t) per actor and theme: w·min(s_A, s_B) = min(w·s_A, w·s_B) exactly (w ≥ 0, rounding is monotonic),
  // so summing these over the shared bits in ascending theme order gives alignmentScore's overlap bit for bit.
  const weighted = new Float64Array(n * themeCount);
  const totals = new Float64Array(n);
  actors.forEach((a, i) => {
    totals[i] = a.vector.total;
    for (const t of a.vector.themes) {
      masks[i * words + (t >>> 5)] = (masks[i * words + (t >>> 5)] ?? 0) | (1 << (t & 31));
      weighted[i * themeCount + t] = (space.weights[t] as number) * (a.vector.strength[t] as number);
    }
  });
  const top = new TopPairs(args.limit);
  const { minShared, crossSectorOnly, unlinkedOnly } = args;
  let pairCount = 0;
  // The score a pair must reach to be kept; -1 while the top is not full.
  let floor = -1;
  for (let i = 0; i < n; i++) {
    const a = actors[i] as IndexedActor;
    const ta = totals[i] as number;
    const rowA = i * words;
    const weightedA = i * themeCount;
    for (let j = i + 1; j < n; j++) {
      const rowB = j * words;
      let shared = 0;
      for (let w = 0; w < words; w++) shared += popcount((masks[rowA + w] as number) & (masks[rowB + w] as number));
      if (shared < minShared) continue;
      if (crossSectorOnly && a.sector === (actors[j] as IndexedActor).sector) continue;
      if (unlinkedOnly && areLinked(a, actors[j] as IndexedActor)) continue;
      pairCount += 1;
      const tb = totals[j] as number;
      if (Math.min(ta, tb) / Math.max(ta, tb) < floor) continue;
      const weightedB = j * themeCount;
      let overlap = 0;
      for (let w = 0; w < words; w++) {
        let bits = (masks[rowA + w] as number) & (masks[rowB + w] as number);
        while (bits !== 0) {
          const low = bits & -bits;
          const t = (w << 5) + 31 - Math.clz32(low);
          const x = weighted[weightedA + t] as number;
          const y = weighted[weightedB + t] as number;
          overlap += x < y ? x : y;
          bits ^= low;
        }
      }
      const denominator = ta + tb - overlap;
      const score = !(denominator > 0) || overlap === 0 ? 0 : Math.min(1, overlap / denominator);
      if (score >= floor) {
        top.offer({ i, j, score, shared });
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
