/**
 * What changed between two days, classified for the map: which drawn elements are new (green), which ties ended
 * (drawn as ghosts: they are not on the map of the later day, so they are added from the changes themselves), and
 * which actors and interests shifted position. Pure: the graph's controller only turns these sets into classes.
 */
import type { Position, RelationType } from '../vocabulary';

/** The parts of a GraphQL GraphNode the classification reads (every field is carried over to a ghost). */
export interface ChangeNode {
  id: string;
  kind: string;
  name: string;
}

export interface TieChangeLike<N extends ChangeNode = ChangeNode> {
  edgeId: string;
  kind: RelationType;
  source: N;
  target: N;
  label: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface MapChangesLike<N extends ChangeNode = ChangeNode, T extends TieChangeLike<N> = TieChangeLike<N>> {
  from: string;
  to: string;
  newTies: readonly T[];
  endedTies: readonly T[];
  newActors: ReadonlyArray<{ actor: N; validFrom: string | null }>;
  positionShifts: ReadonlyArray<{ actor: N; theme: N; before: Position; after: Position; on: string }>;
}

export interface DiffClasses {
  /** Nodes and edges new since the comparison day. */
  added: Set<string>;
  /** Ties (and actors) that ended: drawn faded and dashed. */
  ghosts: Set<string>;
  /** Actors with a shifted position, and the interest edges that shifted. */
  shifted: Set<string>;
}

export const NO_DIFF: DiffClasses = { added: new Set(), ghosts: new Set(), shifted: new Set() };

/** The id GraphEdge gives an interest (kind:source:target), so a shift marks the drawn link. */
export function interestEdgeId(actorId: string, themeId: string): string {
  return `INTERESTED_IN:${actorId}:${themeId}`;
}

export interface GhostGraph<N, E> {
  nodes: N[];
  edges: E[];
}

/**
 * The elements to add to the drawn map for ended ties: the tie itself when at least one end is drawn, and the other
 * end as a ghost when it is no longer on the map. A tie with neither end drawn is listed in the panel only (drawing
 * both ends would put strangers on the map).
 */
export function ghostElements<N extends ChangeNode, E>(
  changes: Pick<MapChangesLike<N>, 'endedTies'>,
  drawnNodes: ReadonlySet<string>,
  drawnEdges: ReadonlySet<string>,
  toEdge: (tie: TieChangeLike<N>) => E,
): GhostGraph<N, E> {
  const nodes = new Map<string, N>();
  const edges: E[] = [];
  for (const tie of changes.endedTies) {
    if (drawnEdges.has(tie.edgeId)) continue;
    const hasSource = drawnNodes.has(tie.source.id);
    const hasTarget = drawnNodes.has(tie.target.id);
    if (!hasSource && !hasTarget) continue;
    if (!hasSource) nodes.set(tie.source.id, tie.source);
    if (!hasTarget) nodes.set(tie.target.id, tie.target);
    edges.push(toEdge(tie));
  }
  return { nodes: [...nodes.values()], edges };
}

/** The classes for the map: new, ghost and shifted, by element id. */
export function classifyChanges(
  changes: MapChangesLike | null,
  ghosts: GhostGraph<ChangeNode, { id: string }> | null,
): DiffClasses {
  if (!changes) return NO_DIFF;
  const added = new Set<string>();
  for (const tie of changes.newTies) added.add(tie.edgeId);
  for (const a of changes.newActors) added.add(a.actor.id);
  const ghostIds = new Set<string>();
  for (const n of ghosts?.nodes ?? []) ghostIds.add(n.id);
  for (const e of ghosts?.edges ?? []) ghostIds.add(e.id);
  // An ended tie already drawn (both ends still there but the map answer kept it) is a ghost too.
  for (const tie of changes.endedTies) ghostIds.add(tie.edgeId);
  const shifted = new Set<string>();
  for (const s of changes.positionShifts) {
    shifted.add(s.actor.id);
    shifted.add(interestEdgeId(s.actor.id, s.theme.id));
  }
  return { added, ghosts: ghostIds, shifted };
}

/** Whether a tie holds on `day`: validFrom ≤ day ≤ validTo, an unknown end open. */
export function holdsOn(tie: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (tie.validFrom === null || tie.validFrom <= day) && (tie.validTo === null || day <= tie.validTo);
}

/** "2016–2021", "since 2016", "until 2021", or null when neither end is known. */
export function describeValidity(validFrom: string | null, validTo: string | null): string | null {
  if (validFrom && validTo) return `${validFrom} – ${validTo}`;
  if (validFrom) return `from ${validFrom}`;
  if (validTo) return `until ${validTo}`;
  return null;
}
