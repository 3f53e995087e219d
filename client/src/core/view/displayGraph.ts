/**
 * What the graph shows: the base subgraph plus expanded neighbourhoods and the current path,
 * merged by id; in focus mode only the ego network of the focused node.
 */
import type {
  GraphEdgeFragment as GraphEdge,
  GraphElementsFragment as GraphElements,
  GraphNodeFragment as GraphNode,
} from '../../data/generated/graphql';

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function mergeGraphs(parts: Array<Pick<GraphElements, 'nodes' | 'edges'> | null | undefined>): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    if (!part) continue;
    for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of part.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  const list = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: list };
}

/** The focused node, its direct neighbours and the links among them. */
export function egoNetwork(graph: Subgraph, id: string): Subgraph {
  const keep = new Set([id]);
  for (const e of graph.edges) {
    if (e.source === id) keep.add(e.target);
    if (e.target === id) keep.add(e.source);
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** Node ids given as bare actor ids (from older links) become graph ids. */
export function toNodeId(id: string): string {
  return id.includes(':') ? id : `actor:${id}`;
}

export interface DisplayParts {
  /** The actors matching the filter (the first of them, most influential first) and what they link to. */
  matches: Subgraph | null;
  /** With a filter in dim mode: the first view without the filter, drawn dimmed around the matches. */
  background: Subgraph | null;
  /** Neighbourhoods the user expanded: context, shown and marked whatever the filters. */
  expansions: Subgraph[];
  path: Subgraph | null;
  /** Focus mode: the focused node's id and its neighbourhood. */
  focus: { id: string; neighbourhood: Subgraph | null } | null;
  /** Whether a filter is set (then `matching` says what it matched). */
  filtered: boolean;
}

export interface Display extends Subgraph {
  /** What the filter matched: its actors and the nodes they link to; null when no filter is set. */
  matching: Set<string> | null;
  /** Nodes drawn only because the user expanded a neighbourhood: never dimmed or hidden, marked as context. */
  context: Set<string>;
  /** Actors drawn that the filter matched (the "N" of "N of M shown"). */
  matchedActors: number;
}

/**
 * Composes what the map draws. Counts never include expanded context: they are the server's, over the filter alone.
 */
export function composeDisplay(parts: DisplayParts): Display {
  const merged = mergeGraphs([parts.background, parts.matches, ...parts.expansions, parts.path]);
  const shown = parts.focus ? egoNetwork(mergeGraphs([merged, parts.focus.neighbourhood]), parts.focus.id) : merged;
  const fromMatches = new Set((parts.matches?.nodes ?? []).map((n) => n.id));
  const matchedActorIds = new Set((parts.matches?.nodes ?? []).filter((n) => n.kind === 'ACTOR').map((n) => n.id));
  let matching: Set<string> | null = null;
  if (parts.filtered) {
    matching = new Set(matchedActorIds);
    // A group, country or theme is lit when a matched actor links to it.
    for (const e of parts.matches?.edges ?? []) {
      if (matchedActorIds.has(e.source)) matching.add(e.target);
      if (matchedActorIds.has(e.target)) matching.add(e.source);
    }
  }
  const context = new Set<string>();
  for (const part of parts.expansions) for (const n of part.nodes) if (!fromMatches.has(n.id)) context.add(n.id);
  return {
    ...shown,
    matching,
    context,
    matchedActors: shown.nodes.filter((n) => matchedActorIds.has(n.id)).length,
  };
}

/** The nodes linked to `id` on the map, each with the link (for the details panel). */
export function neighboursOf(
  graph: Subgraph,
  nodes: ReadonlyMap<string, GraphNode>,
  id: string,
): Array<{ node: GraphNode; edge: GraphEdge }> {
  return graph.edges.flatMap((edge) => {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    const node = other ? nodes.get(other) : undefined;
    return node ? [{ node, edge }] : [];
  });
}

/** Links per node on the map (the table's "links" column). */
export function degreesOf(graph: Subgraph): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}
