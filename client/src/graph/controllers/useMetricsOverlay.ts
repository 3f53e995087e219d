/**
 * Network analytics controller: actors sized by a measure and filled with their community's colour
 * (core/metrics overlayOf), as node data read by the `metric-sized` and `community-coloured` rules of style.ts.
 * Data and classes only, set after the elements controller has applied its diff: never runs a layout.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

import type { NodeOverlay } from '../../core/metrics/metrics';

export const METRIC_CLASSES = 'metric-sized community-coloured';

export function useMetricsOverlay(
  cyRef: RefObject<Core | null>,
  defs: ElementDefinition[],
  overlay: ReadonlyMap<string, NodeOverlay> | null,
): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.metric-sized, .community-coloured').removeClass(METRIC_CLASSES);
      if (!overlay) return;
      for (const [id, entry] of overlay) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        if (entry.size !== undefined) node.data('metricSize', entry.size).addClass('metric-sized');
        if (entry.colour !== undefined) node.data('communityColour', entry.colour).addClass('community-coloured');
      }
    });
  }, [cyRef, defs, overlay]);
}
