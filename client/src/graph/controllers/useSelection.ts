/**
 * Selection controller: mirrors the selected id into Cytoscape and keeps the node in the visible part of the canvas.
 * Opening the details panel narrows the canvas (a resize); a picked node may arrive with its neighbourhood after the
 * selection (an add). After either, a selected node that sits outside the canvas, or within a margin of its edge, is
 * brought to the centre, and zoomed in as far as names are readable if the view was zoomed further out (an actor
 * found by search on a 10,000-actor map arrives far from the drawn map). Never zoomed out, never laid out.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';

/** How far inside the canvas edge the selected node must be, in screen pixels. */
const MARGIN = 40;
/** The zoom at which an ordinary label (14 model units) renders at about 10.5 px. */
const READABLE_ZOOM = 0.75;

export function revealIfHidden(cy: Core, node: NodeSingular): boolean {
  if (node.removed() || !node.visible()) return false;
  const box = node.renderedBoundingBox({});
  const w = cy.width();
  const h = cy.height();
  if (box.x1 >= MARGIN && box.y1 >= MARGIN && box.x2 <= w - MARGIN && box.y2 <= h - MARGIN) return false;
  cy.stop(true, true);
  const zoom = Math.max(cy.zoom(), READABLE_ZOOM);
  const at = node.position();
  cy.animate({ zoom, pan: { x: w / 2 - at.x * zoom, y: h / 2 - at.y * zoom } }, { duration: 250 });
  return true;
}

export function useSelection(cyRef: RefObject<Core | null>, defs: ElementDefinition[], selected: string | null): void {
  // The selection already brought into view: new elements elsewhere do not pan back to it once the user moved away.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const current = cy.$(':selected');
    const target = selected ? cy.getElementById(selected) : cy.collection();
    if (!current.same(target)) {
      current.unselect();
      target.select();
    }
    if (!selected || target.empty() || revealed.current === selected) return;
    revealed.current = selected;
    revealIfHidden(cy, target.first() as NodeSingular);
  }, [cyRef, defs, selected]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!selected) revealed.current = null;
    if (!cy || !selected) return;
    const check = () => {
      const node = cy.getElementById(selected);
      if (node.nonempty()) revealIfHidden(cy, node as NodeSingular);
    };
    // After the panel opens (the canvas narrows) and after a layout moves things.
    cy.on('resize layoutstop', check);
    return () => {
      cy.off('resize layoutstop', check);
    };
  }, [cyRef, selected]);
}
