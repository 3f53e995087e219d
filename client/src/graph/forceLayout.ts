/**
 * The force-directed layout on plain data: a headless Cytoscape instance with the nodes' drawn
 * sizes, the same seeded starting positions, options and random sequence as the main thread, so
 * the layout worker draws the same picture the page would have drawn itself.
 */
import cytoscape, {
  type CollectionArgument,
  type CollectionReturnValue,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';

import {
  fcoseOptions,
  positionsOf,
  seedPositions,
  withSeededRandom,
  type LayoutInput,
  type PositionMap,
} from './layouts';

cytoscape.use(fcose);

interface PrivateNode {
  isNode(): boolean;
  id(): string;
  _private: { edges: Array<{ _private: { data: { source: string; target: string } } }> };
}

type EdgesWith = (this: CollectionReturnValue, other: CollectionArgument | string) => CollectionReturnValue;

/**
 * fcose finds components and neighbourhoods with `a.edgesWith(b)` for every pair of neighbours, and
 * Cytoscape walks b's edges: next to a hub (a country with 2,000 actors, a theme) that is quadratic,
 * 40 s of a 2,500-node, 17,000-edge layout (5 s with this). Between two single nodes, walking the node with fewer
 * edges gives the same edges in the same order (a node's edges are kept in the order they were
 * added), so the picture does not change. Installed once, in the layout worker's Cytoscape only.
 */
export const edgesWithPatch: { original: EdgesWith | null } = { original: null };

export function installFastEdgesWith(): void {
  if (edgesWithPatch.original) return;
  const probe = cytoscape({ headless: true });
  const proto = Object.getPrototypeOf(probe.collection()) as { edgesWith: EdgesWith };
  probe.destroy();
  const original = proto.edgesWith;
  edgesWithPatch.original = original;
  proto.edgesWith = function edgesWith(
    this: CollectionReturnValue,
    other: CollectionArgument | string,
  ): CollectionReturnValue {
    if (typeof other !== 'string' && this.length === 1 && other.length === 1) {
      // A node's own edge list (Cytoscape 3 keeps it in _private.edges): connectedEdges() is not cached.
      const a = this[0] as unknown as PrivateNode;
      const b = (other as CollectionReturnValue)[0] as unknown as PrivateNode;
      if (a.isNode() && b.isNode() && a._private.edges.length < b._private.edges.length) {
        const ida = a.id();
        const idb = b.id();
        const found = a._private.edges.filter((e) => {
          const { source, target } = e._private.data;
          return (source === ida && target === idb) || (source === idb && target === ida);
        });
        return (this as unknown as { spawn(eles: unknown[], unique: boolean): CollectionReturnValue }).spawn(
          found,
          true,
        );
      }
    }
    return original.call(this, other);
  };
}

/** Only what fcose reads: outer size (no border), padding of compound parents, and display. */
const LAYOUT_STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0, padding: '0px' } },
  { selector: '.hidden', style: { display: 'none' } },
];

export function layoutElements(input: LayoutInput): ElementDefinition[] {
  const defs: ElementDefinition[] = [];
  for (const n of input.nodes) {
    defs.push({
      group: 'nodes',
      data: { id: n.id, kind: n.kind, country: n.country, parent: n.parent, w: n.w, h: n.h },
      classes: n.hidden ? 'hidden' : undefined,
    });
  }
  for (const e of input.edges) {
    defs.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind },
      classes: e.hidden ? 'hidden' : undefined,
    });
  }
  return defs;
}

export function computeForceLayout(input: LayoutInput): PositionMap {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: LAYOUT_STYLE, elements: layoutElements(input) });
  try {
    for (const n of input.nodes) if (n.padding) cy.getElementById(n.id).style('padding', `${n.padding}px`);
    seedPositions(cy);
    withSeededRandom(input.count, () =>
      cy
        .elements()
        .layout({
          ...fcoseOptions(input.count, input.grouped ?? false),
          animate: false,
          fit: false,
        } as cytoscape.LayoutOptions)
        .run(),
    );
    return positionsOf(cy);
  } finally {
    cy.destroy();
  }
}
