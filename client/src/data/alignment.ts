/**
 * The alignment operations (client/src/data/documents/alignment.graphql): one function per document, one round
 * trip each.
 */
import { request } from './client';
import {
  AlignmentDocument,
  OverlapsDocument,
  PartnersDocument,
  type ActorFilter,
  type AlignmentQuery,
  type OverlapsQuery,
  type PartnersQuery,
} from './generated/graphql';

export type OverlapNetwork = OverlapsQuery['overlaps'];
export type AlignmentResult = AlignmentQuery['alignment'];
export type PartnerSuggestion = PartnersQuery['suggestPartners'][number];

export async function fetchOverlaps(
  filter: ActorFilter | null,
  minShared: number,
  crossSectorOnly: boolean,
  limit = 300,
): Promise<OverlapNetwork> {
  const data = await request(OverlapsDocument, { filter, min: minShared, limit, cross: crossSectorOnly || null });
  return data.overlaps;
}

/** Who stands where on every shared theme (the matrix, the grid). */
export async function fetchAlignment(filter: ActorFilter | null): Promise<AlignmentResult> {
  // The API asks for actorIds or a filter: an empty filter means every actor (the 300 most influential).
  const data = await request(AlignmentDocument, { filter: filter ?? {} });
  return data.alignment;
}

export async function fetchPartners(actorId: string, limit = 10): Promise<PartnerSuggestion[]> {
  const data = await request(PartnersDocument, { id: actorId, limit });
  return data.suggestPartners;
}
