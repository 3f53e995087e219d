/**
 * The alignment graph's labels, chosen so that none covers another label or another actor's shape
 * (core/labels/labelPlacement.ts, as the explorer's map does): the selection first, then the brushed actors, the
 * asking actor and its suggestions by rank, then the others by influence; actors' names before the shared-theme
 * labels of links. An actor's name that has no room below its node is tried above, right and left of it (a
 * partner suggestion keeps its side, away from its spoke). With large labels (meeting mode) no label is drawn
 * smaller on screen than LARGE_LABEL_PX however far out the view is zoomed: fewer names fit, and each is legible.
 * Classes and style bypasses only; never a layout.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';

import { chooseLabels, type LabelBox } from '../core/labels/labelPlacement';
import { currentSide, labelSideBoxes } from './labelGeometry';

/** Smallest rendered size of an actor's name, and of a link's label, with large labels (px). */
export const LARGE_LABEL_PX = 20;
export const LARGE_EDGE_LABEL_PX = 16;
/** Below this rendered size the stylesheet does not draw a label (its min-zoomed-font-size), unless it is brought forward. */
const MIN_NODE_PX = 7;
const MIN_EDGE_PX = 8;
/** How long the view must rest before labels are chosen again. */
const SETTLE_MS = 90;
/** With large labels, how far (px) a name keeps from another actor's shape. */
const CLEARANCE = 14;
/** The stylesheet's gap between a node and its name (text-margin). */
const GAP = 3;

const SIDES = ['label-above', 'label-right', 'label-left'] as const;

export interface AlignLabelOptions {
  large: boolean;
  /** Labels of links (shared themes · score): off while meeting mode reveals actors sector by sector. */
  edgeLabels: boolean;
}

const SPOKES = ['spoke-above', 'spoke-below', 'spoke-left', 'spoke-right'];

/** Scales a label's font so that it renders at least `floor` px (quarter steps, so small zooms restyle nothing). */
function scaleFont(el: NodeSingular | EdgeSingular, zoom: number, floor: number | null): void {
  const base = Number(el.data('fontSize') ?? 12);
  const exact = floor ? Math.max(1, floor / (base * zoom)) : 1;
  const scale = Math.ceil(exact * 4) / 4;
  if (Number(el.scratch('_alignScale') ?? 1) !== scale) {
    el.scratch('_alignScale', scale);
    if (scale === 1) el.removeStyle('font-size text-max-width');
    else
      el.style({
        'font-size': base * scale,
        ...(el.isNode() ? { 'text-max-width': `${Math.round(Number(el.data('labelWidth') ?? 150) * scale)}px` } : {}),
      });
  }
}

function nodePriority(n: NodeSingular): number {
  if (n.hasClass('lit')) return 500;
  const role = String(n.data('role'));
  if (role === 'anchor') return 400;
  const size = Number(n.data('size') ?? 0);
  return (role === 'suggested' ? 300 : 0) + (n.hasClass('dimmed') ? -50 : 0) + size / 10;
}

/** Chooses the labels to draw for the graph as it is on screen now. */
export function placeAlignLabels(cy: Core, options: AlignLabelOptions): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (b: { x1: number; y1: number; w: number; h: number }, id: string, priority: number): LabelBox => ({
    id,
    x: b.x1 * zoom + pan.x,
    y: b.y1 * zoom + pan.y,
    width: b.w * zoom,
    height: b.h * zoom,
    priority,
  });
  // Sizes first, in one batch: the boxes are measured once the new sizes are applied.
  const nodeFloor = options.large ? LARGE_LABEL_PX : null;
  const edgeFloor = options.large ? LARGE_EDGE_LABEL_PX : null;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.visible()) scaleFont(n, zoom, nodeFloor);
    });
    cy.edges().forEach((e) => {
      if (e.visible()) scaleFont(e, zoom, edgeFloor);
    });
  });
  const boxes: LabelBox[] = [];
  const bodies: LabelBox[] = [];
  const always = new Set<string>();
  const fontOf = (el: NodeSingular | EdgeSingular) =>
    Number(el.data('fontSize') ?? 12) * Number(el.scratch('_alignScale') ?? 1);
  cy.nodes().forEach((n) => {
    if (!n.visible()) return;
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    if (!n.hasClass('dimmed')) {
      const b = toScreen(body, n.id(), 0);
      // With large labels a name keeps clear of other actors by more than of its own, so it reads as its own.
      bodies.push(
        options.large
          ? {
              ...b,
              x: b.x - CLEARANCE,
              y: b.y - CLEARANCE,
              width: b.width + 2 * CLEARANCE,
              height: b.height + 2 * CLEARANCE,
            }
          : b,
      );
    }
    if (!n.data('label')) return;
    if (fontOf(n) * zoom < MIN_NODE_PX && !n.selected() && !n.hasClass('lit')) return;
    const bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(bb.w > 0)) return;
    if (n.selected()) always.add(n.id());
    const box = toScreen(bb, n.id(), nodePriority(n));
    // A partner suggestion keeps its side; an actor's name may move around its node (labelGeometry.ts).
    const sides = SPOKES.some((c) => n.hasClass(c)) ? null : labelSideBoxes(n, currentSide(n, 'label'), GAP, zoom, pan);
    if (sides) {
      box.x = sides.at.below.x;
      box.y = sides.at.below.y;
      box.sides = { above: sides.at.above, right: sides.at.right, left: sides.at.left };
    }
    boxes.push(box);
  });
  cy.edges().forEach((e) => {
    if (!e.visible() || String(e.style('label') ?? '') === '') return;
    if (!options.edgeLabels && !e.hasClass('lit')) return;
    if (fontOf(e) * zoom < MIN_EDGE_PX && !e.hasClass('lit')) return;
    const bb = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(bb.w > 0)) return;
    const kind = String(e.data('kind'));
    const priority = e.hasClass('lit') ? 450 : kind === 'suggestion' ? 250 : -100 + Number(e.data('width') ?? 0);
    boxes.push(toScreen(bb, e.id(), priority));
  });
  const shown = chooseLabels(boxes, always, 2, bodies, { width: cy.width(), height: cy.height() });
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const hide = !shown.has(e.id());
      if (e.hasClass('label-hidden') !== hide) e.toggleClass('label-hidden', hide);
    });
    cy.nodes().forEach((n) => {
      const side = shown.get(n.id());
      if (n.hasClass('label-hidden') !== !side) n.toggleClass('label-hidden', !side);
      for (const name of SIDES) {
        const want = side !== undefined && name === `label-${side}`;
        if (n.hasClass(name) !== want) n.toggleClass(name, want);
      }
    });
  });
}

/**
 * Chooses the labels again once the view rests, after a layout, and whenever `deps` change (highlight, reveal).
 * The container says when the labels drawn were chosen for the view on screen (`data-labels-settled`) and for
 * which reveal (`data-labels-for`, meeting mode's key): browser tests wait on those facts.
 */
export function useAlignLabels(
  cyRef: RefObject<Core | null>,
  options: AlignLabelOptions & { key: string },
  deps: readonly unknown[],
): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const cy = cyRef.current;
    const container = cy?.container();
    if (!cy || !container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      if (cy.animated()) {
        schedule();
        return;
      }
      placeAlignLabels(cy, latest.current);
      container.dataset.labelsFor = latest.current.key;
      container.dataset.labelsSettled = 'true';
    };
    const schedule = (): void => {
      container.dataset.labelsSettled = 'false';
      if (timer) clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    cy.on('viewport layoutstop add remove resize', schedule);
    schedule();
    return () => {
      if (timer) clearTimeout(timer);
      cy.off('viewport layoutstop add remove resize', schedule);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what changes the labels' importance
  }, [cyRef, options.large, options.edgeLabels, options.key, ...deps]);
}
