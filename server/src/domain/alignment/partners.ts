import { SECTOR_LABELS, type Position } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { DateParam } from '../../db/convert';
import type { Database, Row } from '../../db/database';
import { notFound } from '../../errors';
import { parseAsOf } from '../asOf';
import { countryCodeSchema, idSchema, parseInput, sectorSchema } from '../validation';
import { canSeeSensitive, type Viewer } from '../viewer';
import { actorIndex, briefOf, fingerprintOf, type ActorIndex, type IndexedActor } from './actorIndex';
import {
  confidencesFor,
  limitSchema,
  minConfidenceSchema,
  round,
  themeAt,
  type ActorBrief,
  type ThemeBrief,
} from './common';
import {
  PARTNER_WEIGHTS,
  partnerComponents,
  packedOverlap,
  partnerScoreOf,
  partnerScore,
  scoreFromOverlap,
  scorePair,
  sharedThemes,
  type PairScore,
  type PartnerComponents,
} from './score';

export const MAX_PARTNER_SUGGESTIONS = 50;

const partnerInputSchema = z.object({
  actorId: idSchema,
  filter: z
    .object({
      countries: z.array(countryCodeSchema).max(20).nullish(),
      crossBorderOnly: z.boolean().nullish(),
      sectors: z.array(sectorSchema).max(20).nullish(),
      themes: z.array(idSchema).max(100).nullish(),
      minConfidence: minConfidenceSchema,
    })
    .nullish(),
  limit: limitSchema(10, MAX_PARTNER_SUGGESTIONS),
  asOf: z.string().nullish(),
});

export interface SharedThemePositions {
  theme: ThemeBrief;
  /** The asking actor's position. */
  position: Position;
  partnerPosition: Position;
}

export interface PartnerSuggestion {
  actor: ActorBrief;
  score: number;
  /** Each in [0, 1] before weighting by PARTNER_WEIGHTS. */
  components: PartnerComponents;
  alignment: Omit<PairScore, 'shared'>;
  sharedThemes: SharedThemePositions[];
  sharedGroups: string[];
  distance: number | null;
  via: string[];
  crossBorder: boolean;
  explanation: string;
}

/** Base countries differ and neither is the region as a whole. */
export function isCrossBorder(a: IndexedActor, b: IndexedActor): boolean {
  const x = a.country?.id;
  const y = b.country?.id;
  return !!x && !!y && x !== 'REGIONAL' && y !== 'REGIONAL' && x !== y;
}

interface Candidate {
  actor: IndexedActor;
  pair: PairScore;
  sharedGroups: string[];
  crossBorder: boolean;
  /** Known when two steps away (a hop-2 node of the asking actor); otherwise 3 or null, to be looked up. */
  distance: number | null;
  distanceKnown: boolean;
  via: string[];
  score: number;
}

/**
 * Ranked actors not yet collaborating with this one. Usually two round trips: the network around the actor
 * (with the data fingerprint), then the neighbours of the best candidates whose distance could still change
 * their rank. Interest vectors come from the actor index.
 */
export async function suggestPartners(db: Database, viewer: Viewer, input: unknown): Promise<PartnerSuggestion[]> {
  const args = parseInput(partnerInputSchema, input);
  const filter = args.filter ?? {};
  const canSee = canSeeSensitive(viewer);
  const confidences = confidencesFor(filter.minConfidence);
  const asOf = parseAsOf(args.asOf);
  const [row] = await db.read('suggest-partners', {
    actorId: args.actorId,
    canSeeSensitive: canSee,
    confidences,
    asOf,
  });
  if (!row) throw notFound('Actor', args.actorId);
  // An actor not on the map that day has no partners to suggest then: NOT_FOUND, as for an unknown one.
  const index = await actorIndex(db, canSee, confidences, fingerprintOf(row), asOf);
  const me = index.actors.get(args.actorId);
  if (!me) throw notFound('Actor', args.actorId);

  const network = readNetwork(row, index);
  const themeFilter = filter.themes?.length ? filter.themes.map((id) => index.space.index.get(id) ?? -1) : null;
  const countryFilter = filter.countries?.length ? new Set<string>(filter.countries) : null;
  const sectorFilter = filter.sectors?.length ? new Set<string>(filter.sectors) : null;

  // Every visible actor is a potential partner: rank them all by a plain number first (no objects, no
  // breakdown), then build full candidates only for the few that can reach the top.
  const pool = index.byId;
  const packed = index.packed;
  const mine = index.position.get(me.id) ?? -1;
  // The network as flags per pool position, so the scan below does no string work.
  const flags = (ids: Iterable<string>): Uint8Array => {
    const set = new Uint8Array(pool.length);
    for (const id of ids) {
      const at = index.position.get(id);
      if (at !== undefined) set[at] = 1;
    }
    return set;
  };
  const linked = flags(network.linked);
  const atTwo = flags(
    [...network.hop2.keys()].filter((k) => k.startsWith('actor:')).map((k) => k.slice('actor:'.length)),
  );
  const groups = new Uint8Array(pool.length);
  for (const [id, names] of network.coMembers) {
    const at = index.position.get(id);
    if (at !== undefined) groups[at] = Math.min(255, names.length);
  }
  // The scan reads typed arrays only (an actor object is touched only when a filter asks about it): reading every
  // visible actor's object took most of its time. The numbers are those of isCrossBorder, packedAlignment and
  // partnerScoreOf, computed the same way.
  const { masks, weighted, totals, words, themeCount } = packed;
  const overlapOf = packedOverlap;
  const alignmentOf = scoreFromOverlap;
  const boundOf = partnerScoreOf;
  const { sectorCodes, baseCodes } = index;
  const mySector = sectorCodes[mine] as number;
  const myBase = baseCodes[mine] as number;
  const myTotal = totals[mine] as number;
  const upperBound = new Float64Array(pool.length);
  const ranked: number[] = [];
  for (let i = 0; i < pool.length; i++) {
    if (i === mine || linked[i] === 1) continue;
    if (sectorFilter && !sectorFilter.has((pool[i] as IndexedActor).sector)) continue;
    if (countryFilter && !(pool[i] as IndexedActor).countries.some((c) => countryFilter.has(c))) continue;
    const base = baseCodes[i] as number;
    const crossBorder = myBase >= 0 && base >= 0 && base !== myBase;
    if (filter.crossBorderOnly && !crossBorder) continue;
    if (themeFilter && !themeFilter.some((t) => t >= 0 && ((pool[i] as IndexedActor).vector.strength[t] ?? 0) > 0))
      continue;
    const alignment = alignmentOf(overlapOf(masks, weighted, words, themeCount, mine, i), myTotal, totals[i] as number);
    if (alignment === 0) continue; // no shared theme
    // An unknown distance is 3 at best.
    upperBound[i] = boundOf(
      alignment,
      sectorCodes[i] === mySector,
      crossBorder,
      groups[i] as number,
      atTwo[i] === 1 ? 2 : 3,
    );
    ranked.push(i);
  }
  const firstWindow = args.limit * 3 + 20;
  const MAX_ATTEMPTS = 3;
  // The window below doubles at most MAX_ATTEMPTS times: only that head of the ranking is ever read.
  const head = rankingHead(ranked, upperBound, firstWindow * 2 ** MAX_ATTEMPTS + 1);
  const candidates: Candidate[] = [];
  const candidateAt = (k: number): Candidate | undefined => {
    while (candidates.length <= k && candidates.length < head.length) {
      candidates.push(candidateOf(index, me, pool[head[candidates.length] as number] as IndexedActor, network));
    }
    return candidates[k];
  };

  // Unknown distances can only be 3 (worth half the distance weight) or none: rank by that upper bound and
  // look up neighbours until no candidate outside the looked-up window could still enter the top `limit`.
  const upper = (c: Candidate) => (c.distanceKnown ? c.score : c.score + PARTNER_WEIGHTS.distance * 0.5);
  const byRank = (a: Candidate, b: Candidate, f: (c: Candidate) => number) =>
    f(b) - f(a) || (a.actor.id < b.actor.id ? -1 : 1);
  let window = Math.min(head.length, firstWindow);
  for (let attempt = 0; ; attempt++) {
    candidateAt(window); // the window and the first candidate after it
    const unknown = candidates.slice(0, window).filter((c) => !c.distanceKnown);
    if (unknown.length > 0) await placeAtDistanceThree(db, { canSee, confidences, asOf }, unknown, network, me);
    const top = candidates.slice(0, window).sort((a, b) => byRank(a, b, (c) => c.score));
    const kth = top[Math.min(args.limit, top.length) - 1];
    const next = candidates[window];
    if (!next || !kth || kth.score > upper(next) || attempt >= MAX_ATTEMPTS) break;
    window = Math.min(head.length, window * 2);
  }
  return candidates
    .slice(0, window)
    .sort((a, b) => byRank(a, b, (c) => c.score))
    .slice(0, args.limit)
    .map((c) => present(index, me, c));
}

/**
 * The first `size` positions of `ranked` ordered by decreasing bound, ties by position (the pool is ordered by id),
 * exactly as a full sort would place them, plus any ties of the last one. The cut-off (the size-th largest bound) is
 * selected from the bare numbers in linear time, so the comparator sort runs over that head instead of every visible
 * actor.
 */
export function rankingHead(ranked: number[], bound: Float64Array, size: number): number[] {
  const byBound = (x: number, y: number) => (bound[y] as number) - (bound[x] as number) || x - y;
  if (ranked.length <= size) return ranked.sort(byBound);
  const values = new Float64Array(ranked.length);
  for (let k = 0; k < ranked.length; k++) values[k] = bound[ranked[k] as number] as number;
  const cutOff = kthSmallest(values, values.length - size);
  const head: number[] = [];
  for (const i of ranked) if ((bound[i] as number) >= cutOff) head.push(i);
  return head.sort(byBound);
}

/** The k-th smallest of `values` (k from 0; no NaN), reordering them: Hoare's selection. */
export function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    // [lo, j] ≤ pivot ≤ [i, hi], and what lies strictly between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

function candidateOf(index: ActorIndex, me: IndexedActor, actor: IndexedActor, network: Network): Candidate {
  const hop2 = network.hop2.get(`actor:${actor.id}`);
  const candidate: Candidate = {
    actor,
    pair: scorePair(index.space, me.vector, actor.vector),
    crossBorder: isCrossBorder(me, actor),
    sharedGroups: network.coMembers.get(actor.id) ?? [],
    distance: hop2 ? 2 : null,
    distanceKnown: !!hop2,
    via: hop2 ? [hop2] : [],
    score: 0,
  };
  candidate.score = scoreOf(me, candidate);
  return candidate;
}

interface Network {
  linked: Set<string>;
  /** Actor or group key two steps out → the name of the node in between. */
  hop2: Map<string, string>;
  /** Co-member id → names of the shared groups. */
  coMembers: Map<string, string[]>;
  nameOf: (key: string) => string;
}

function readNetwork(row: Row, index: ActorIndex): Network {
  const groupNames = new Map((row.groupNames as Array<[string, string]>) ?? []);
  const nameOf = (key: string): string => {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    return (kind === 'group' ? groupNames.get(id) : index.actors.get(id)?.name) ?? id;
  };
  const hop2 = new Map<string, string>();
  const coMembers = new Map<string, string[]>();
  // Thousands of rows name the same few parents: each parent's name is worked out once.
  const parentNames = new Map<string, string>();
  for (const [key, parent] of (row.hop2 as Array<[string, string]>) ?? []) {
    let parentName = parentNames.get(parent);
    if (parentName === undefined) {
      parentName = nameOf(parent);
      parentNames.set(parent, parentName);
    }
    if (!hop2.has(key)) hop2.set(key, parentName);
    if (key.startsWith('actor:') && parent.startsWith('group:')) {
      const id = key.slice('actor:'.length);
      const names = coMembers.get(id);
      if (!names) coMembers.set(id, [parentName]);
      else if (!names.includes(parentName)) names.push(parentName);
    }
  }
  for (const names of coMembers.values()) names.sort();
  return { linked: new Set((row.linked as string[]) ?? []), hop2, coMembers, nameOf };
}

function scoreOf(me: IndexedActor, c: Candidate): number {
  return partnerScore(componentsOf(me, c));
}

function componentsOf(me: IndexedActor, c: Candidate): PartnerComponents {
  return partnerComponents({
    alignment: c.pair.score,
    sameSector: me.sector === c.actor.sector,
    crossBorder: c.crossBorder,
    sharedGroups: c.sharedGroups.length,
    distance: c.distance,
  });
}

async function placeAtDistanceThree(
  db: Database,
  { canSee, confidences, asOf }: { canSee: boolean; confidences: readonly string[]; asOf: DateParam },
  unknown: Candidate[],
  network: Network,
  me: IndexedActor,
): Promise<void> {
  const rows = await db.read('suggest-partners-neighbours', {
    ids: unknown.map((c) => c.actor.id),
    canSeeSensitive: canSee,
    confidences,
    asOf,
  });
  const neighbours = new Map(rows.map((r) => [String(r.id), (r.neighbours as string[]) ?? []]));
  for (const c of unknown) {
    c.distanceKnown = true;
    // The hop-2 node with the smallest key, so the path shown does not depend on row order.
    const through = (neighbours.get(c.actor.id) ?? []).filter((key) => network.hop2.has(key)).sort()[0];
    if (through) {
      c.distance = 3;
      c.via = [network.hop2.get(through) ?? '', network.nameOf(through)];
    }
    c.score = scoreOf(me, c);
  }
}

function listOf(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  const truncatedList = `${shown.join(', ')} and ${rest} more`;
  if (rest > 0) return truncatedList;
  const joined = `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  return shown.length <= 1 ? (shown[0] ?? '') : joined;
}

function present(index: ActorIndex, me: IndexedActor, c: Candidate): PartnerSuggestion {
  const shared = sharedThemes(index.space, me.vector, c.actor.vector);
  const positionOf = (a: IndexedActor, themeId: string): Position =>
    a.interests.find((i) => i.theme === themeId)?.position ?? 'UNKNOWN';
  const themes = shared.map((t) => themeAt(index.space, t));
  const parts = [`shares ${listOf(themes.map((t) => t.name))}`];
  if (c.sharedGroups.length > 0) parts.push(`both in ${listOf(c.sharedGroups)}`);
  if (c.actor.sector !== me.sector) parts.push(`another sector (${SECTOR_LABELS[c.actor.sector] ?? c.actor.sector})`);
  // Being in the same country is no reason to meet; being across a border is (it widens the alliance's reach).
  if (c.actor.country && c.crossBorder) parts.push(`based in ${c.actor.country.name} (cross-border)`);
  parts.push(
    c.distance === null
      ? 'no connection within 3 steps yet'
      : `${c.distance} steps away through ${c.via.join(' and ')}`,
  );
  const components = componentsOf(me, c);
  return {
    actor: briefOf(c.actor),
    score: round(c.score),
    components: {
      sharedThemes: round(components.sharedThemes),
      sectorComplementarity: round(components.sectorComplementarity),
      crossBorder: round(components.crossBorder),
      sharedNetworks: round(components.sharedNetworks),
      distance: round(components.distance),
    },
    alignment: {
      score: round(c.pair.score),
      agreement: round(c.pair.agreement),
      disagreement: round(c.pair.disagreement),
    },
    sharedThemes: themes.map((theme) => ({
      theme,
      position: positionOf(me, theme.id),
      partnerPosition: positionOf(c.actor, theme.id),
    })),
    sharedGroups: c.sharedGroups,
    distance: c.distance,
    via: c.via,
    crossBorder: c.crossBorder,
    explanation: parts.join('; '),
  };
}
