import type { Position } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database } from '../../db/database';
import { badInput } from '../../errors';
import { parseAsOf } from '../asOf';
import { actorFilterSchema } from '../filters';
import { idSchema, parseInput } from '../validation';
import type { Viewer } from '../viewer';
import { briefOf, type IndexedActor } from './actorIndex';
import {
  areLinked,
  confidencesFor,
  limitSchema,
  minConfidenceSchema,
  pairKey,
  round,
  themeAt,
  type ActorBrief,
  type ThemeBrief,
} from './common';
import { populationByFilter, populationById } from './population';
import { scorePair, sharedThemes } from './score';

/** Pairs grow with the square of the set: 300 actors are 44,850 pairs, scored in a few milliseconds. */
export const MAX_ALIGNMENT_ACTORS = 300;

const alignmentInputSchema = z.object({
  actorIds: z
    .array(idSchema)
    .min(2, 'give at least 2 actors')
    .max(MAX_ALIGNMENT_ACTORS, `at most ${MAX_ALIGNMENT_ACTORS} actors`)
    .nullish(),
  filter: actorFilterSchema,
  minConfidence: minConfidenceSchema,
  limit: limitSchema(100, 5_000),
  asOf: z.string().nullish(),
});

export interface ThemePosition {
  actor: ActorBrief;
  position: Position;
  priority: number;
}

export interface SharedTheme {
  theme: ThemeBrief;
  /** Rarity weight ln(1 + N / n_t) over the whole map. */
  weight: number;
  actorCount: number;
  supports: number;
  opposes: number;
  mixed: number;
  unknown: number;
  positions: ThemePosition[];
}

export interface AlignmentPair {
  a: ActorBrief;
  b: ActorBrief;
  score: number;
  agreement: number;
  disagreement: number;
  sharedThemes: Array<{ theme: ThemeBrief; positionA: Position; positionB: Position }>;
  crossSector: boolean;
  linked: boolean;
}

export interface AlignmentResult {
  actors: ActorBrief[];
  /** Actors matching the filter; more than actors.length when the set was capped. */
  totalActors: number;
  truncated: boolean;
  themes: SharedTheme[];
  pairCount: number;
  pairs: AlignmentPair[];
}

const positionIn = (a: IndexedActor, theme: string): { position: Position; priority: number } => {
  const found = a.interests.find((i) => i.theme === theme);
  return { position: found?.position ?? 'UNKNOWN', priority: found?.priority ?? 0 };
};

/**
 * For a set of actors (by id, or by filter, most influential first): the themes at least two of them hold,
 * with who stands where, and every pair's alignment, best first. Two round trips at most (the set, and the
 * actor index when the data changed).
 */
export async function alignActors(db: Database, viewer: Viewer, input: unknown): Promise<AlignmentResult> {
  const args = parseInput(alignmentInputSchema, input);
  if (!args.actorIds && !args.filter) throw badInput('actorIds', 'give actorIds or a filter');
  if (args.actorIds && args.filter) throw badInput('actorIds', 'give actorIds or a filter, not both');
  const confidences = confidencesFor(args.minConfidence ?? args.filter?.minConfidence);
  const asOf = parseAsOf(args.asOf);
  const population = args.actorIds
    ? await populationById(db, viewer, args.actorIds, confidences, asOf)
    : await populationByFilter(db, viewer, args.filter, confidences, MAX_ALIGNMENT_ACTORS, asOf);
  const { index, actors } = population;
  const space = index.space;

  const holders: IndexedActor[][] = space.ids.map(() => []);
  for (const actor of actors) for (const t of actor.vector.themes) holders[t]?.push(actor);
  const themes: SharedTheme[] = [];
  holders.forEach((list, t) => {
    if (list.length < 2) return;
    const theme = themeAt(space, t);
    const positions = list
      .map((actor) => ({ actor: briefOf(actor), ...positionIn(actor, theme.id) }))
      .sort(
        (x, y) =>
          y.priority - x.priority || x.actor.name.localeCompare(y.actor.name) || (x.actor.id < y.actor.id ? -1 : 1),
      );
    const count = (p: Position) => positions.filter((x) => x.position === p).length;
    themes.push({
      theme,
      weight: round(space.weights[t] ?? 0),
      actorCount: list.length,
      supports: count('SUPPORTS'),
      opposes: count('OPPOSES'),
      mixed: count('MIXED'),
      unknown: count('UNKNOWN'),
      positions,
    });
  });
  themes.sort((x, y) => y.actorCount - x.actorCount || y.weight - x.weight || x.theme.name.localeCompare(y.theme.name));

  const scored: Array<{ i: number; j: number; score: number; agreement: number; disagreement: number }> = [];
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i] as IndexedActor;
      const b = actors[j] as IndexedActor;
      const pair = scorePair(space, a.vector, b.vector);
      if (pair.shared > 0) scored.push({ i, j, ...pair });
    }
  }
  const idOf = (k: number) => (actors[k] as IndexedActor).id;
  scored.sort((x, y) => y.score - x.score || (pairKey(idOf(x.i), idOf(x.j)) < pairKey(idOf(y.i), idOf(y.j)) ? -1 : 1));
  const pairs = scored.slice(0, args.limit).map(({ i, j, score, agreement, disagreement }): AlignmentPair => {
    const a = actors[i] as IndexedActor;
    const b = actors[j] as IndexedActor;
    return {
      a: briefOf(a),
      b: briefOf(b),
      score: round(score),
      agreement: round(agreement),
      disagreement: round(disagreement),
      sharedThemes: sharedThemes(space, a.vector, b.vector).map((t) => {
        const theme = themeAt(space, t);
        return { theme, positionA: positionIn(a, theme.id).position, positionB: positionIn(b, theme.id).position };
      }),
      crossSector: a.sector !== b.sector,
      linked: areLinked(a, b),
    };
  });
  return {
    actors: actors.map(briefOf),
    totalActors: population.total,
    truncated: population.total > actors.length,
    themes,
    pairCount: scored.length,
    pairs,
  };
}
