/**
 * Label controller: no two node labels overlap. After a layout, and once the view stops moving, the labels to draw
 * are chosen again (core/labels/labelPlacement.ts): the selection and its neighbours, then filter matches, then the
 * most influential and largest nodes. Zooming in makes room, so more labels appear, most important first. Classes
 * only; it never moves a node.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

import { chooseLabels, labelScaleAt, type LabelBox } from '../../core/labels/labelPlacement';
import { currentSide, labelSideBoxes } from '../labelGeometry';

/** Labels rendered smaller than this are not drawn at all (the stylesheet's min-zoomed-font-size). */
export const MIN_RENDERED_FONT = 10;
/** How long the view must rest before labels are chosen again: moving the view should stay smooth. */
const SETTLE_MS = 90;

function priorityOf(node: NodeSingular): number {
  if (node.selected()) return 1_000;
  const kind = String(node.data('kind'));
  let p = node.hasClass('neighbour') || node.hasClass('on-path') ? 500 : node.hasClass('match') ? 100 : 0;
  if (node.hasClass('dimmed')) p -= 50;
  // Countries orient the reader; a network or coalition counts as much as the members drawn around it (one with a
  // single member drawn says less than an influential actor's name); among actors, influence (1–5) decides.
  if (kind === 'COUNTRY') p += 8;
  else if (kind === 'NETWORK' || kind === 'COALITION') p += Math.min(8, 1 + node.degree(false));
  else p += Number(node.data('influence') ?? 0);
  return p;
}

/** The stylesheet's classes that write a label on another side of its node than below. */
const SIDE_CLASSES = ['label-above', 'label-right', 'label-left'] as const;

/** The gap between a node and its label, in model units (the stylesheet's text-margin-y, above or below). */
const LABEL_GAP = 3;

/** How wide a label may be before it wraps, in model units at its own size (the stylesheet's text-max-width). */
const LABEL_WIDTH = 140;

/** A label's drawn size in model units: its own size (fontSize), enlarged when the view is zoomed far out. */
export function labelSizeOf(node: { data(key: string): unknown; scratch(key: string): unknown }): number {
  return Number(node.data('fontSize') ?? 12) * Number(node.scratch('_labelScale') ?? 1);
}

/**
 * Sizes every label for the zoom: zoomed far out, the map's names stay readable (larger in model units) and keep only
 * their first line (the acronym or name; the local-script name below it returns as the user zooms in), so that a
 * name takes half the room and more of them fit. Set as a style bypass, not through data: Cytoscape re-measures a
 * label's bounds when a bypassed font size changes, but not when a data-mapped one does (its texture cache then
 * draws the new text clipped to the old bounds).
 */
function scaleLabels(cy: Core, zoom: number): void {
  // Meeting mode's maps ask for larger names (GraphView's readableLabelPx, kept on the instance).
  const readable = cy.scratch('readableLabelPx') as number | undefined;
  const scale = labelScaleAt(zoom, readable);
  const changed = cy.nodes().filter((node) => Number(node.scratch('_labelScale') ?? 1) !== scale);
  if (changed.empty()) return;
  cy.batch(() => {
    changed.forEach((node) => {
      node.scratch('_labelScale', scale);
      if (scale === 1) {
        node.removeStyle('font-size text-max-width label');
        return;
      }
      const label = String(node.data('label') ?? '');
      const firstLine = label.split('\n')[0] ?? label;
      node.style({
        'font-size': Number(node.data('fontSize') ?? 12) * scale,
        'text-max-width': `${LABEL_WIDTH * scale}px`,
        ...(firstLine === label ? {} : { label: firstLine }),
      });
    });
  });
}

/** Chooses the labels to draw for the view as it is now. */
export function placeLabels(cy: Core): void {
  const zoom = cy.zoom();
  scaleLabels(cy, zoom);
  const pan = cy.pan();
  const boxes: LabelBox[] = [];
  const bodies: LabelBox[] = [];
  const always = new Set<string>();
  cy.nodes().forEach((node) => {
    if (node.data('kind') === 'BOX' || !node.visible()) return;
    // Dimmed nodes step back: their shapes do not keep a lit node's name away.
    if (!node.hasClass('dimmed')) {
      const body = node.boundingBox({ includeLabels: false, includeOverlays: false });
      bodies.push({
        id: node.id(),
        x: body.x1 * zoom + pan.x,
        y: body.y1 * zoom + pan.y,
        width: body.w * zoom,
        height: body.h * zoom,
        priority: 0,
      });
    }
    if (!node.data('label')) return;
    const font = labelSizeOf(node) * zoom;
    if (font < MIN_RENDERED_FONT && !node.selected() && !node.hasClass('neighbour') && !node.hasClass('on-path'))
      return;
    const bb = node.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (!Number.isFinite(bb.w) || bb.w <= 0) return;
    if (node.selected() || node.hasClass('on-path')) always.add(node.id());
    // The label's box below its node and, for labels written below, the same box on the other sides: all worked out
    // from where the label is drawn now, whichever side that is (labelGeometry.ts).
    const box: LabelBox = {
      id: node.id(),
      x: bb.x1 * zoom + pan.x,
      y: bb.y1 * zoom + pan.y,
      width: bb.w * zoom,
      height: bb.h * zoom,
      priority: priorityOf(node),
    };
    const sideways = SIDE_CLASSES.some((c) => node.hasClass(c)) || node.style('text-valign') === 'bottom';
    const sides = sideways ? labelSideBoxes(node, currentSide(node, 'label'), LABEL_GAP, zoom, pan) : null;
    if (sides) {
      box.x = sides.at.below.x;
      box.y = sides.at.below.y;
      box.sides = { above: sides.at.above, right: sides.at.right, left: sides.at.left };
    }
    boxes.push(box);
  });
  const shown = chooseLabels(boxes, always, 2, bodies, { width: cy.width(), height: cy.height() });
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (node.data('kind') === 'BOX') return;
      const side = shown.get(node.id());
      if (node.hasClass('label-hidden') !== !side) node.toggleClass('label-hidden', !side);
      for (const name of SIDE_CLASSES) {
        const want = side !== undefined && name === `label-${side}`;
        if (node.hasClass(name) !== want) node.toggleClass(name, want);
      }
    });
  });
  const container = cy.container();
  if (container) {
    container.dataset.labelsShown = String(shown.size);
    // The view these labels were chosen for: tests wait until it is the view on screen (no animation between).
    container.dataset.labelsZoom = zoom.toFixed(4);
  }
}

/** `deps` are what changes which labels matter (elements, highlight classes). */
export function useLabels(cyRef: RefObject<Core | null>, deps: readonly unknown[]): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => placeLabels(cy), SETTLE_MS);
    };
    cy.on('viewport layoutstop add remove resize', schedule);
    schedule();
    return () => {
      if (timer) clearTimeout(timer);
      cy.off('viewport layoutstop add remove resize', schedule);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what changes the labels' importance
  }, [cyRef, ...deps]);
}
