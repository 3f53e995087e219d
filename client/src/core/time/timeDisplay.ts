/**
 * The explorer's drawn map with the comparison folded in: ended ties added as ghosts (with a missing end), and the
 * classes the graph's time controller applies (new, ghost, shifted).
 */
import type { GraphEdgeFragment as GraphEdge, GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
import type { Display } from '../view/displayGraph';
import { POSITIONS, type Position } from '../vocabulary';
import {
  classifyChanges,
  ghostElements,
  NO_DIFF,
  type DiffClasses,
  type MapChangesLike,
  type TieChangeLike,
} from './mapChanges';

export interface TimedDisplay {
  display: Display;
  diff: DiffClasses;
}

type Changes = MapChangesLike<GraphNode, TieChangeLike<GraphNode> & { provenance: GraphEdge['provenance'] }>;

function isPosition(label: string | null): label is Position {
  return (POSITIONS as readonly string[]).includes(label ?? '');
}

/** An ended tie as the map's edge: the label carries a role, a kind or a position, as the contract says. */
export function tieEdge(tie: TieChangeLike<GraphNode> & { provenance: GraphEdge['provenance'] }): GraphEdge {
  return {
    id: tie.edgeId,
    kind: tie.kind,
    source: tie.source.id,
    target: tie.target.id,
    label: tie.label,
    position: tie.kind === 'INTERESTED_IN' && isPosition(tie.label) ? tie.label : null,
    priority: null,
    role: tie.kind === 'MEMBER_OF' ? tie.label : null,
    provenance: tie.provenance,
    validFrom: tie.validFrom,
    validTo: tie.validTo,
  };
}

export function withChanges(display: Display, changes: Changes | null): TimedDisplay {
  if (!changes) return { display, diff: NO_DIFF };
  const ghosts = ghostElements(
    changes,
    new Set(display.nodes.map((n) => n.id)),
    new Set(display.edges.map((e) => e.id)),
    (tie) => tieEdge(tie as TieChangeLike<GraphNode> & { provenance: GraphEdge['provenance'] }),
  );
  const diff = classifyChanges(changes, ghosts);
  if (ghosts.nodes.length === 0 && ghosts.edges.length === 0) return { display, diff };
  return {
    display: { ...display, nodes: [...display.nodes, ...ghosts.nodes], edges: [...display.edges, ...ghosts.edges] },
    diff,
  };
}
