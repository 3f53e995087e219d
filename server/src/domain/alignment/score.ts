/**
 * THE definition of alignment between reform actors, and of the partner-suggestion score built on it.
 * Pure functions, no database: every use case (alignment, overlaps, partners, coalition gaps) scores
 * through here, so the numbers shown anywhere in the product mean the same thing.
 *
 * Alignment of actors A and B (a weighted Jaccard over their theme interests):
 *
 *   w_t     = ln(1 + N / n_t)         rarity: N actors with at least one counted interest, n_t of them in t
 *   s_X(t)  = priority / 3            strength of X's interest in t (0 when X has none)
 *   score   = Σ_t w_t·min(s_A, s_B) / Σ_t w_t·max(s_A, s_B)       (t over the union of their themes)
 *   agreement    = the numerator restricted to themes where both SUPPORT or both OPPOSE, same denominator
 *   disagreement = the numerator restricted to themes where one SUPPORTS and the other OPPOSES
 *
 * MIXED and UNKNOWN count for the overlap but neither for agreement nor disagreement, so
 * 0 ≤ agreement + disagreement ≤ score ≤ 1.
 */
import { PRIORITY_MAX, type Position } from '@reform-atlas/vocabulary';

// ------------------------------------------------------------------------------------ themes

/** Rarity weight of a theme: themes everybody shares say little, specific ones a lot. */
export function themeWeight(population: number, interested: number): number {
  if (!(interested > 0) || !(population > 0)) return 0;
  return Math.log(1 + population / interested);
}

/** Strength of one interest: priority 1..3 as a fraction of the highest priority. */
export function interestStrength(priority: number): number {
  const p = Math.min(Math.max(priority, 0), PRIORITY_MAX);
  return p / PRIORITY_MAX;
}

/** The themes in play, each with its rarity weight; theme i of every vector is ids[i]. */
export interface ThemeSpace {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly weights: Float64Array;
  readonly index: ReadonlyMap<string, number>;
  /** N: actors with at least one counted interest. */
  readonly population: number;
}

export function themeSpace(
  population: number,
  themes: ReadonlyArray<{ id: string; name: string; interested: number }>,
): ThemeSpace {
  const weights = new Float64Array(themes.length);
  themes.forEach((t, i) => (weights[i] = themeWeight(population, t.interested)));
  return {
    ids: themes.map((t) => t.id),
    names: themes.map((t) => t.name),
    weights,
    index: new Map(themes.map((t, i) => [t.id, i])),
    population,
  };
}

// ----------------------------------------------------------------------------------- vectors

export interface ThemeInterest {
  theme: string;
  position: Position;
  priority: number;
}

/** +1 SUPPORTS, -1 OPPOSES, 0 MIXED or UNKNOWN: agreement is a positive product, disagreement a negative one. */
export function stanceOf(position: Position): number {
  return position === 'SUPPORTS' ? 1 : position === 'OPPOSES' ? -1 : 0;
}

/** One actor's interests as dense arrays over a theme space, with the weighted total Σ w_t·s(t) precomputed. */
export interface InterestVector {
  readonly strength: Float64Array;
  readonly stance: Int8Array;
  readonly total: number;
  /** Indexes of the themes with a non-zero strength, ascending. */
  readonly themes: Int32Array;
}

/** Interests in themes outside the space (none in practice: the space is built from the same links) are ignored. */
export function interestVector(space: ThemeSpace, interests: readonly ThemeInterest[]): InterestVector {
  const strength = new Float64Array(space.ids.length);
  const stance = new Int8Array(space.ids.length);
  for (const interest of interests) {
    const i = space.index.get(interest.theme);
    if (i === undefined) continue;
    strength[i] = interestStrength(interest.priority);
    stance[i] = stanceOf(interest.position);
  }
  let total = 0;
  const themes: number[] = [];
  for (let i = 0; i < strength.length; i++) {
    const s = strength[i] ?? 0;
    if (s > 0) {
      total += (space.weights[i] ?? 0) * s;
      themes.push(i);
    }
  }
  return { strength, stance, total, themes: Int32Array.from(themes) };
}

// ------------------------------------------------------------------------------------- pairs

export interface PairScore {
  /** Weighted Jaccard overlap in [0, 1]. */
  score: number;
  /** Share of the overlap's denominator where positions agree (both SUPPORTS or both OPPOSES). */
  agreement: number;
  /** Share where one SUPPORTS and the other OPPOSES. */
  disagreement: number;
  /** Number of themes both hold. */
  shared: number;
}

/**
 * The score from the weighted overlap Σ_t w_t·min(s_A, s_B) and the pair's totals Σ_t w_t·s(t): the formula,
 * written once for every path. Σ max(a, b) = Σ a + Σ b − Σ min(a, b), so the denominator needs no second walk.
 */
export function scoreFromOverlap(overlap: number, totalA: number, totalB: number): number {
  const denominator = totalA + totalB - overlap;
  if (!(denominator > 0) || overlap === 0) return 0;
  return Math.min(1, overlap / denominator);
}

/**
 * Scores a pair, with its breakdown: the definition. Only the shared themes are visited; both sums are
 * symmetric, so score(A, B) = score(B, A) exactly (IEEE addition is commutative).
 */
export function scorePair(space: ThemeSpace, a: InterestVector, b: InterestVector): PairScore {
  let overlap = 0;
  let agree = 0;
  let disagree = 0;
  let shared = 0;
  const small = a.themes.length <= b.themes.length ? a : b;
  const other = small === a ? b : a;
  // Visit themes in ascending index order whichever side is smaller, so the sums add up identically.
  for (let k = 0; k < small.themes.length; k++) {
    const t = small.themes[k] as number;
    const sb = other.strength[t] as number;
    if (sb === 0) continue;
    const m = (space.weights[t] as number) * Math.min(small.strength[t] as number, sb);
    shared += 1;
    overlap += m;
    const product = (small.stance[t] as number) * (other.stance[t] as number);
    if (product > 0) agree += m;
    else if (product < 0) disagree += m;
  }
  const score = scoreFromOverlap(overlap, a.total, b.total);
  if (score === 0) return { score: 0, agreement: 0, disagreement: 0, shared };
  const denominator = a.total + b.total - overlap;
  return { score, agreement: agree / denominator, disagreement: disagree / denominator, shared };
}

/**
 * Many actors' vectors packed for pair scans: a bitmask of held themes and w_t·s(t) per actor, row by row.
 * w·min(s_A, s_B) = min(w·s_A, w·s_B) exactly (w ≥ 0 and rounding is monotonic), so summing the smaller
 * weighted strength over the shared bits in ascending theme order gives scorePair's overlap bit for bit.
 */
export interface PackedVectors {
  readonly words: number;
  readonly themeCount: number;
  readonly masks: Uint32Array;
  readonly weighted: Float64Array;
  readonly totals: Float64Array;
}

export function packVectors(space: ThemeSpace, vectors: readonly InterestVector[]): PackedVectors {
  const themeCount = space.ids.length;
  const words = Math.ceil(themeCount / 32) || 1;
  const masks = new Uint32Array(vectors.length * words);
  const weighted = new Float64Array(vectors.length * themeCount);
  const totals = new Float64Array(vectors.length);
  vectors.forEach((v, i) => {
    totals[i] = v.total;
    for (const t of v.themes) {
      masks[i * words + (t >>> 5)] = (masks[i * words + (t >>> 5)] as number) | (1 << (t & 31));
      weighted[i * themeCount + t] = (space.weights[t] as number) * (v.strength[t] as number);
    }
  });
  return { words, themeCount, masks, weighted, totals };
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of themes rows i and j both hold. */
export function packedShared(p: PackedVectors, i: number, j: number): number {
  let shared = 0;
  for (let w = 0; w < p.words; w++)
    shared += popcount((p.masks[i * p.words + w] as number) & (p.masks[j * p.words + w] as number));
  return shared;
}

/**
 * The weighted overlap of packed rows i and j: the fast path for scanning many pairs (the overlap network, partner
 * ranking). It takes the arrays themselves, not the PackedVectors object, so a caller's hot loop loads nothing per
 * call. Summed over the shared bits in ascending theme order, with scoreFromOverlap it gives scorePair's score to
 * the last bit (unit-tested).
 */
export function packedOverlap(
  masks: Uint32Array,
  weighted: Float64Array,
  words: number,
  themeCount: number,
  i: number,
  j: number,
): number {
  let overlap = 0;
  for (let w = 0; w < words; w++) {
    let bits = (masks[i * words + w] as number) & (masks[j * words + w] as number);
    while (bits !== 0) {
      const low = bits & -bits;
      const t = (w << 5) + 31 - Math.clz32(low);
      const x = weighted[i * themeCount + t] as number;
      const y = weighted[j * themeCount + t] as number;
      overlap += x < y ? x : y;
      bits ^= low;
    }
  }
  return overlap;
}

/** The alignment score of packed rows i and j. */
export function packedAlignment(p: PackedVectors, i: number, j: number): number {
  return scoreFromOverlap(
    packedOverlap(p.masks, p.weighted, p.words, p.themeCount, i, j),
    p.totals[i] as number,
    p.totals[j] as number,
  );
}

/** Theme indexes both actors hold, most telling first (largest w_t·min(s_A, s_B), then theme order). */
export function sharedThemes(space: ThemeSpace, a: InterestVector, b: InterestVector): number[] {
  const shared: Array<[number, number]> = [];
  for (const t of a.themes) {
    const sb = b.strength[t] ?? 0;
    if (sb > 0) shared.push([t, (space.weights[t] ?? 0) * Math.min(a.strength[t] ?? 0, sb)]);
  }
  return shared.sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([t]) => t);
}

/**
 * How much of an agenda (e.g. a coalition's focus themes) an actor's interests cover, in [0, 1]:
 * Σ_{t in agenda} w_t·s(t) / Σ_{t in agenda} w_t. Used to rank actors with a stake in a coalition's themes.
 */
export function agendaCoverage(space: ThemeSpace, agenda: readonly number[], actor: InterestVector): number {
  let covered = 0;
  let all = 0;
  for (const t of agenda) {
    const w = space.weights[t] ?? 0;
    all += w;
    covered += w * (actor.strength[t] ?? 0);
  }
  return all > 0 ? covered / all : 0;
}

// ---------------------------------------------------------------------------------- partners

/**
 * Weights of the partner-suggestion components; they sum to 1 so the score stays in [0, 1].
 * Shared themes dominate (the programme looks for common interest); the others favour the pairings a
 * facilitator looks for: across sectors, across borders, and reachable through an introduction.
 */
export const PARTNER_WEIGHTS = {
  sharedThemes: 0.5,
  sectorComplementarity: 0.15,
  crossBorder: 0.1,
  sharedNetworks: 0.15,
  distance: 0.1,
} as const;

export interface PartnerFacts {
  /** The alignment score of the pair (weighted Jaccard above). */
  alignment: number;
  sameSector: boolean;
  /** Base countries differ (false when either base is unknown). */
  crossBorder: boolean;
  /** Networks and coalitions both belong to. */
  sharedGroups: number;
  /** Shortest path through collaborations and memberships, 2 or 3; null when further or unconnected. */
  distance: number | null;
}

export interface PartnerComponents {
  sharedThemes: number;
  sectorComplementarity: number;
  crossBorder: number;
  sharedNetworks: number;
  distance: number;
}

/** Each component in [0, 1] before weighting. */
export function partnerComponents(facts: PartnerFacts): PartnerComponents {
  return {
    sharedThemes: facts.alignment,
    sectorComplementarity: facts.sameSector ? 0 : 1,
    crossBorder: facts.crossBorder ? 1 : 0,
    // 1 shared group → 0.5, 2 → 0.75, 3 → 0.875: the first shared group says the most.
    sharedNetworks: 1 - Math.pow(0.5, Math.max(0, facts.sharedGroups)),
    // Two steps (a common collaborator or group) is a warm introduction; three is still reachable.
    distance: facts.distance === 2 ? 1 : facts.distance === 3 ? 0.5 : 0,
  };
}

/**
 * partnerScore(partnerComponents(facts)) without building the components, for ranking every actor of a
 * large database; the same terms in the same order, so the same number (unit-tested).
 */
export function partnerScoreOf(
  alignment: number,
  sameSector: boolean,
  crossBorder: boolean,
  sharedGroups: number,
  distance: number | null,
): number {
  let score = 0;
  score += PARTNER_WEIGHTS.sharedThemes * alignment;
  score += PARTNER_WEIGHTS.sectorComplementarity * (sameSector ? 0 : 1);
  score += PARTNER_WEIGHTS.crossBorder * (crossBorder ? 1 : 0);
  score += PARTNER_WEIGHTS.sharedNetworks * (1 - Math.pow(0.5, Math.max(0, sharedGroups)));
  score += PARTNER_WEIGHTS.distance * (distance === 2 ? 1 : distance === 3 ? 0.5 : 0);
  return score;
}

export function partnerScore(components: PartnerComponents): number {
  let score = 0;
  for (const key of Object.keys(PARTNER_WEIGHTS) as Array<keyof PartnerComponents>) {
    score += PARTNER_WEIGHTS[key] * components[key];
  }
  return score;
}
