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
