import { CONFIDENCES, type Confidence } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import { normaliseSearchText } from './searchText';
import { confidenceSchema, countryCodeSchema, idSchema, levelSchema, parseInput, sectorSchema } from './validation';
import { canSeeSensitive, type Viewer } from './viewer';

export const actorFilterSchema = z
  .object({
    countries: z.array(countryCodeSchema).max(20).nullish(),
    sectors: z.array(sectorSchema).max(20).nullish(),
    levels: z.array(levelSchema).max(10).nullish(),
    themes: z.array(idSchema).max(100).nullish(),
    networks: z.array(idSchema).max(100).nullish(),
    coalitions: z.array(idSchema).max(100).nullish(),
    text: z.string().max(200, 'must be at most 200 characters').nullish(),
    minConfidence: confidenceSchema.nullish(),
  })
  .nullish();
export type ActorFilterInput = z.input<typeof actorFilterSchema>;

/** Confidence levels at or above the minimum: "leave weak links out" is a filter on every link. */
export function confidencesFrom(min: Confidence | null | undefined): Confidence[] {
  return CONFIDENCES.slice(CONFIDENCES.indexOf(min ?? 'LOW'));
}

const listOrNull = <T>(list: readonly T[] | null | undefined): readonly T[] | null =>
  list && list.length > 0 ? list : null;

/** The Cypher parameters shared by actors-list and graph. An empty list means "no filter". */
export function actorFilterParams(viewer: Viewer, input: unknown): Record<string, unknown> {
  const filter = parseInput(actorFilterSchema, input, 'filter') ?? {};
  const text = filter.text ? normaliseSearchText(filter.text) : '';
  return {
    canSeeSensitive: canSeeSensitive(viewer),
    countries: listOrNull(filter.countries),
    sectors: listOrNull(filter.sectors),
    levels: listOrNull(filter.levels),
    themes: listOrNull(filter.themes),
    networks: listOrNull(filter.networks),
    coalitions: listOrNull(filter.coalitions),
    text: text.length > 0 ? text : null,
    confidences: confidencesFrom(filter.minConfidence),
  };
}
