/** Selection controller: mirrors the selected id into Cytoscape and brings it into view. */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

export function useSelection(cyRef: RefObject<Core | null>, defs: ElementDefinition[], selected: string | null): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const current = cy.$(':selected');
    const target = selected ? cy.getElementById(selected) : cy.collection();
    if (current.same(target)) return;
    current.unselect();
    if (target.nonempty()) {
      target.select();
      const p = target.renderedBoundingBox({});
      const w = cy.width();
      const h = cy.height();
      // Pan (never zoom or lay out) only when the node is off screen.
      if (p.x2 < 0 || p.y2 < 0 || p.x1 > w || p.y1 > h) cy.animate({ center: { eles: target } }, { duration: 250 });
    }
  }, [cyRef, defs, selected]);
}
