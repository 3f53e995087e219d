/** The alignment graph (core/alignment/overlap.ts) → Cytoscape element definitions. Pure. */
import type { ElementDefinition } from 'cytoscape';

import type { AlignGraph } from '../core/alignment/overlap';
import { SECTOR_ENCODING } from '../core/vocabulary';

export function toOverlapElements(graph: AlignGraph, largeLabels = false): ElementDefinition[] {
  const scale = largeLabels ? 1.9 : 1;
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const enc = SECTOR_ENCODING[n.sector];
    const influence = n.influence ?? 2;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.rank ? `${n.rank}. ${n.label}` : n.label,
        name: n.name,
        // Meeting mode reveals actors sector by sector.
        sector: n.sector,
        colour: enc.colour,
        shape: enc.shape,
        size: (n.anchor ? 54 : 20 + influence * 5) * (largeLabels ? 1.3 : 1),
        fontSize: Math.round((n.anchor ? 15 : 10 + influence) * scale),
        // Names wrap at the same number of letters whatever their size.
        labelWidth: Math.round(150 * scale),
        role: n.anchor ? 'anchor' : n.rank ? 'suggested' : 'actor',
      },
    };
  });
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        label: e.label,
        width: 0.8 + e.strength * (e.kind === 'suggestion' ? 0.8 : 0.7),
        cross: e.crossSector ? 'yes' : 'no',
        contested: e.contested ? 'yes' : 'no',
        linked: e.linked ? 'yes' : 'no',
        fontSize: Math.round((e.kind === 'suggestion' ? 12 : 10) * scale),
      },
    }));
  return [...nodes, ...edges];
}
