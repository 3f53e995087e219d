/**
 * The alignment operations (client/src/data/documents/alignment.graphql): one function per document, one round
 * trip each.
 */
import { request } from './client';
import {
  AlignmentDocument,
  CoalitionGapsDocument,
  OverlapsDocument,
  PartnersDocument,
  ThemeLandscapeDocument,
  type ActorFilter,
  type AlignmentQuery,
  type CoalitionGapsQuery,
  type Confidence,
  type OverlapsQuery,
  type PartnerFilter,
  type PartnersQuery,
  type ThemeLandscapeQuery,
} from './generated/graphql';

export type OverlapNetwork = OverlapsQuery['overlaps'];
export type AlignmentResult = AlignmentQuery['alignment'];
export type PartnerSuggestion = PartnersQuery['suggestPartners'][number];
export type ThemeLandscape = ThemeLandscapeQuery['themeLandscape'];
export type CoalitionGaps = CoalitionGapsQuery['coalitionGaps'];

export async function fetchOverlaps(
  filter: ActorFilter | null,
  minShared: number,
  crossSectorOnly: boolean,
  limit = 300,
  asOf: string | null = null,
): Promise<OverlapNetwork> {
  const data = await request(OverlapsDocument, {
    filter,
    min: minShared,
    limit,
    cross: crossSectorOnly || null,
    asOf,
  });
  return data.overlaps;
}

/** Who stands where on every shared theme (the matrix, the grid). */
export async function fetchAlignment(filter: ActorFilter | null, asOf: string | null = null): Promise<AlignmentResult> {
  // The API asks for actorIds or a filter: an empty filter means every actor (the 300 most influential).
  const data = await request(AlignmentDocument, { filter: filter ?? {}, asOf });
  return data.alignment;
}

export async function fetchPartners(
  actorId: string,
  limit = 10,
  filter: PartnerFilter | null = null,
  asOf: string | null = null,
): Promise<PartnerSuggestion[]> {
  const data = await request(PartnersDocument, { id: actorId, limit, filter, asOf });
  return data.suggestPartners;
}

/** One theme's supporters, opponents and mixed, by sector and country, over the actors the filter keeps. */
export async function fetchThemeLandscape(
  themeId: string,
  filter: ActorFilter | null,
  limit = 200,
): Promise<ThemeLandscape> {
  const data = await request(ThemeLandscapeDocument, { themeId, filter, limit });
  return data.themeLandscape;
}

/** Who a coalition is missing: sectors and countries with a stake in its agenda, and the actors who would fill them. */
export async function fetchCoalitionGaps(
  coalitionId: string,
  minConfidence: Confidence | null,
  limit = 20,
): Promise<CoalitionGaps> {
  const data = await request(CoalitionGapsDocument, { coalitionId, min: minConfidence, limit });
  return data.coalitionGaps;
}
