/**
 * Bubble-sets controller: each chosen theme is drawn as a translucent region hugging the actors who
 * hold it (cytoscape-bubblesets, an SVG layer under the nodes), so overlapping regions show who sits
 * in several themes. Redrawn when the regions or the layout change; never triggers a layout.
 */
import type { Core } from 'cytoscape';
import { BubbleSetsPlugin } from 'cytoscape-bubblesets';
import { useEffect, useRef, type RefObject } from 'react';

import type { ThemeRegion } from '../../core/alignment/overlap';

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function useBubbles(cyRef: RefObject<Core | null>, regions: ThemeRegion[], layoutVersion: number): void {
  const plugin = useRef<{ cy: Core; bubbles: BubbleSetsPlugin } | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutVersion === 0) return;
    if (plugin.current?.cy !== cy) {
      // Cytoscape-layers needs a rendered canvas; headless instances (tests) get no regions.
      if (!cy.container()) return;
      plugin.current = { cy, bubbles: new BubbleSetsPlugin(cy, { throttle: 50 }) };
    }
    const { bubbles } = plugin.current;
    for (const path of bubbles.getPaths()) bubbles.removePath(path);
    for (const r of regions) {
      const nodes = cy.collection();
      for (const id of r.members) nodes.merge(cy.getElementById(id));
      if (nodes.empty()) continue;
      bubbles.addPath(nodes, null, cy.nodes().not(nodes), {
        style: { fill: rgba(r.colour, 0.16), stroke: rgba(r.colour, 0.85), strokeWidth: '2px' },
        className: `region-${r.id}`,
        virtualEdges: true,
      });
    }
    const container = cy.container();
    if (container) container.dataset.regionCount = String(bubbles.getPaths().length);
  }, [cyRef, regions, layoutVersion]);
  useEffect(
    () => () => {
      plugin.current?.bubbles.destroy();
      plugin.current = null;
    },
    [],
  );
}
