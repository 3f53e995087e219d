/**
 * GraphQL elements → Cytoscape element definitions. Pure and headless-testable: the visual
 * encoding (colour, shape, size, label) is resolved here into data fields the stylesheet maps.
 */
import type { ElementDefinition } from 'cytoscape';

import { COUNTRY_NAMES, KIND_ENCODING, POSITION_ENCODING, SECTOR_ENCODING } from '../core/vocabulary';
import type {
  GraphEdgeFragment as GraphEdge,
  GraphElementsFragment as GraphElements,
  GraphNodeFragment as GraphNode,
} from '../data/generated/graphql';

export type Grouping = 'country' | 'group' | null;

export interface NodeData {
  id: string;
  kind: string;
  label: string;
  colour: string;
  shape: string;
  size: number;
  fontSize: number;
  /** An actor's influence (1–5): the label controller draws the most influential names first. */
  influence?: number;
  sector?: string;
  /** Base country code, used to seed positions. */
  country?: string;
  parent?: string;
  /** Drawn with a ring only those allowed to see sensitive actors ever get (they are never sent to others). */
  sensitive?: boolean;
  /** An activity's type: the stylesheet draws its glyph (core/activities/glyphs.ts). */
  activityType?: string;
}

const BOX_PREFIX = 'box:';

export function isBoxId(id: string): boolean {
  return id.startsWith(BOX_PREFIX);
}

/** Short, readable label: acronym or name, with the first local-script name underneath. */
export function displayLabel(node: GraphNode): string {
  const main = node.kind === 'ACTOR' && node.acronym ? node.acronym : node.kind === 'COUNTRY' ? node.name : node.label;
  const local =
    node.altNames.find((a) => /[^\u0020-\u024f]/.test(a)) ?? node.altNames.find((a) => a !== main && a !== node.name);
  return local && node.kind !== 'COUNTRY' ? `${main}\n${local}` : main;
}

function nodeData(node: GraphNode): NodeData {
  if (node.kind === 'ACTOR') {
    const enc = node.sector ? SECTOR_ENCODING[node.sector] : SECTOR_ENCODING.CIVIL_SOCIETY;
    const influence = node.influence ?? 2;
    return {
      id: node.id,
      kind: node.kind,
      label: displayLabel(node),
      colour: enc.colour,
      shape: enc.shape,
      size: 18 + influence * 6,
      // Influence sets the label size too: at the first view's zoom the most influential actors' names are read
      // first, and smaller ones appear as the user zooms in (the stylesheet's min-zoomed-font-size).
      fontSize: 10 + influence * 1.5,
      influence,
      sector: node.sector ?? undefined,
      country: node.country ?? undefined,
      ...(node.sensitive ? { sensitive: true } : {}),
    };
  }
  const enc = KIND_ENCODING[node.kind];
  // An activity's glyph (its type) needs a little more room than a plain shape to be told apart when zoomed out.
  const size = node.kind === 'COUNTRY' ? 56 : node.kind === 'ACTIVITY' ? 28 : 40;
  return {
    id: node.id,
    kind: node.kind,
    label: displayLabel(node),
    colour: enc.colour,
    shape: enc.shape,
    size,
    fontSize: node.kind === 'ACTIVITY' ? 11 : node.kind === 'COUNTRY' ? 16 : 14,
    ...(node.kind === 'ACTIVITY' && node.activityType ? { activityType: node.activityType } : {}),
  };
}

function edgeData(edge: GraphEdge): ElementDefinition['data'] {
  const pos = edge.position ? POSITION_ENCODING[edge.position] : null;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    stance: edge.position ?? '',
    colour:
      edge.kind === 'INTERESTED_IN' && pos ? pos.colour : edge.kind === 'COLLABORATES_WITH' ? '#333333' : '#a9b0b7',
    line:
      edge.kind === 'INTERESTED_IN' && pos
        ? pos.line
        : edge.kind === 'BASED_IN' || edge.kind === 'OPERATES_IN'
          ? 'dotted'
          : 'solid',
    width:
      edge.kind === 'COLLABORATES_WITH' ? 2.5 : edge.kind === 'INTERESTED_IN' ? 1.2 + (edge.priority ?? 1) * 0.4 : 1,
  };
}

/**
 * Which compound box a node sits in (null: none). Only countries are boxes: an actor has one base country, so the
 * boxes partition the actors and are laid out side by side (layouts.ts countryGridPositions). Networks and
 * coalitions overlap, so they are drawn as regions instead (groupRegions.ts), never as boxes.
 */
function boxOf(node: GraphNode, grouping: Grouping): string | null {
  if (grouping !== 'country') return null;
  if (node.kind === 'COUNTRY') return node.entityId;
  if (node.kind === 'ACTOR' && node.country) return node.country;
  return null;
}

export function toElements(
  graph: Pick<GraphElements, 'nodes' | 'edges'>,
  grouping: Grouping = null,
): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const boxes = new Map<string, string>();
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const data: NodeData = nodeData(node);
    const box = boxOf(node, grouping);
    if (box) {
      const boxId = `${BOX_PREFIX}${box}`;
      boxes.set(boxId, COUNTRY_NAMES[box] ?? box);
      data.parent = boxId;
    }
    return { group: 'nodes', data };
  });
  const parents: ElementDefinition[] = [...boxes].map(([id, label]) => ({
    group: 'nodes',
    data: { id, kind: 'BOX', label, colour: '#f4f6f8', shape: 'round-rectangle', size: 10, fontSize: 16 },
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((e) => ({ group: 'edges', data: edgeData(e) }));
  return [...parents, ...nodes, ...edges];
}
