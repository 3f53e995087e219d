/**
 * The alignment operations (server/src/graphql/schema/alignment.graphql): one function per
 * operation, one round trip each, with TypeScript mirrors of the fields the alignment pages read.
 */
import type { Level, Position, Sector } from '../core/vocabulary';
import { request } from './client';

export interface ActorBrief {
  id: string;
  name: string;
  acronym: string | null;
  sector: Sector;
  level: Level;
  /** 1 (low) to 5 (high). */
  influence: number;
  country: { id: string; name: string } | null;
}

export interface ThemeRef {
  id: string;
  name: string;
}

export interface OverlapEdge {
  source: string;
  target: string;
  weight: number;
  score: number;
  agreement: number;
  disagreement: number;
  themes: ThemeRef[];
  crossSector: boolean;
  linked: boolean;
}

export interface OverlapNetwork {
  nodes: ActorBrief[];
  edges: OverlapEdge[];
  actorCount: number;
  totalActors: number;
  pairCount: number;
  truncated: boolean;
}

export interface SharedTheme {
  theme: ThemeRef;
  weight: number;
  actorCount: number;
  supports: number;
  opposes: number;
  mixed: number;
  unknown: number;
  positions: Array<{ actor: { id: string }; position: Position; priority: number }>;
}

export interface AlignmentResult {
  actors: ActorBrief[];
  totalActors: number;
  truncated: boolean;
  themes: SharedTheme[];
}

export interface PartnerSuggestion {
  actor: ActorBrief;
  score: number;
  components: {
    sharedThemes: number;
    sectorComplementarity: number;
    crossBorder: number;
    sharedNetworks: number;
    distance: number;
  };
  alignment: { score: number; agreement: number; disagreement: number };
  sharedThemes: Array<{ theme: ThemeRef; position: Position; partnerPosition: Position }>;
  sharedGroups: string[];
  distance: number | null;
  via: string[];
  crossBorder: boolean;
  explanation: string;
}

/** The explorer's filters in the API's ActorFilter shape (empty lists are left out). */
export interface ActorFilterInput {
  countries?: string[];
  sectors?: Sector[];
  levels?: Level[];
  themes?: string[];
  networks?: string[];
  coalitions?: string[];
  text?: string;
}

const BRIEF = 'id name acronym sector level influence country { id name }';

export async function fetchOverlaps(
  filter: ActorFilterInput | null,
  minShared: number,
  crossSectorOnly: boolean,
  limit = 300,
): Promise<OverlapNetwork> {
  const data = await request<{ overlaps: OverlapNetwork }>(
    `query Overlaps($filter: ActorFilter, $min: Int, $limit: Int, $cross: Boolean) {
      overlaps(filter: $filter, minShared: $min, limit: $limit, crossSectorOnly: $cross) {
        nodes { ${BRIEF} }
        edges { source target weight score agreement disagreement themes { id name } crossSector linked }
        actorCount totalActors pairCount truncated } }`,
    { filter, min: minShared, limit, cross: crossSectorOnly || null },
  );
  return data.overlaps;
}

/** Who stands where on every shared theme; pairs are not read (limit 1) since the matrix needs none. */
export async function fetchAlignment(filter: ActorFilterInput | null): Promise<AlignmentResult> {
  const data = await request<{ alignment: AlignmentResult }>(
    `query Alignment($filter: ActorFilter) { alignment(filter: $filter, limit: 1) {
      actors { ${BRIEF} } totalActors truncated
      themes { theme { id name } weight actorCount supports opposes mixed unknown positions { actor { id } position priority } } } }`,
    // The API asks for actorIds or a filter: an empty filter means every actor (the 300 most influential).
    { filter: filter ?? {} },
  );
  return data.alignment;
}

export async function fetchPartners(actorId: string, limit = 10): Promise<PartnerSuggestion[]> {
  const data = await request<{ suggestPartners: PartnerSuggestion[] }>(
    `query Partners($id: ID!, $limit: Int) { suggestPartners(actorId: $id, limit: $limit) {
      actor { ${BRIEF} } score
      components { sharedThemes sectorComplementarity crossBorder sharedNetworks distance }
      alignment { score agreement disagreement }
      sharedThemes { theme { id name } position partnerPosition }
      sharedGroups distance via crossBorder explanation } }`,
    { id: actorId, limit },
  );
  return data.suggestPartners;
}
