/**
 * Reads what Cytoscape draws into a Scene: only visible elements (filters in "hide" mode are gone,
 * "dim" keeps its dimming), with the styles the stylesheet resolved (highlight, selection, path).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import type { Measure } from '../../core/export/frame';
import { wrapText } from '../../core/export/frame';
import type { Dash, Scene, SceneEdge, SceneNode } from './scene';

const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : Number.parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
};
const str = (v: unknown, fallback: string): string => (typeof v === 'string' && v.length > 0 ? v : fallback);
const dashOf = (v: unknown): Dash => (v === 'dashed' || v === 'dotted' ? v : 'solid');

function nodeOf(n: NodeSingular, measure: Measure): SceneNode {
  const bb = n.boundingBox({ includeLabels: false, includeOverlays: false });
  const strokeWidth = num(n.style('border-width'));
  const fontSize = num(n.style('font-size'), 12);
  // As drawn: zoomed far out, a label keeps only its first line (controllers/useLabels.ts).
  const label = String(n.style('label') ?? n.data('label') ?? '');
  const wrap = n.style('text-wrap') === 'wrap';
  const maxWidth = num(n.style('text-max-width'), 110);
  const font = `${str(n.style('font-style'), 'normal')} ${str(n.style('font-weight'), 'normal')}`;
  const lines = label
    ? wrap
      ? wrapText(label, maxWidth, fontSize, (t, px) => measure(t, px, font.includes('bold')))
      : label.split('\n')
    : [];
  const valign = n.style('text-valign');
  const halign = n.style('text-halign');
  const borderStyle = n.style('border-style');
  return {
    id: n.id(),
    kind: String(n.data('kind') ?? ''),
    x: (bb.x1 + bb.x2) / 2,
    y: (bb.y1 + bb.y2) / 2,
    w: Math.max(1, bb.w - strokeWidth),
    h: Math.max(1, bb.h - strokeWidth),
    shape: str(n.style('shape'), 'ellipse'),
    fill: str(n.style('background-color'), '#999999'),
    fillOpacity: num(n.style('background-opacity'), 1),
    stroke: str(n.style('border-color'), '#ffffff'),
    strokeWidth,
    strokeDash: borderStyle === 'double' ? 'double' : dashOf(borderStyle),
    opacity: n.effectiveOpacity(),
    lines,
    fontSize,
    fontWeight: str(n.style('font-weight'), 'normal'),
    fontStyle: str(n.style('font-style'), 'normal'),
    fontFamily: str(n.style('font-family'), 'sans-serif'),
    textColour: str(n.style('color'), '#000000'),
    textOpacity: num(n.style('text-opacity'), 1),
    valign: valign === 'top' || valign === 'center' ? valign : 'bottom',
    marginY: num(n.style('text-margin-y')),
    // Compound boxes keep their title centred above them whatever text-halign says.
    halign: !n.isParent() && (halign === 'left' || halign === 'right') ? halign : 'center',
    marginX: num(n.style('text-margin-x')),
    outlineColour: str(n.style('text-outline-color'), '#ffffff'),
    outlineWidth: num(n.style('text-outline-width')),
    outlineOpacity: num(n.style('text-outline-opacity'), 1),
    compound: n.isParent(),
  };
}

function edgeOf(e: EdgeSingular): SceneEdge {
  // Haystack edges are straight; the path's bezier edges are drawn straight too (a small simplification).
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const sp = Number.isFinite(s?.x) ? s : e.source().position();
  const tp = Number.isFinite(t?.x) ? t : e.target().position();
  return {
    id: e.id(),
    kind: String(e.data('kind') ?? ''),
    x1: sp.x,
    y1: sp.y,
    x2: tp.x,
    y2: tp.y,
    colour: str(e.style('line-color'), '#999999'),
    width: num(e.style('width'), 1),
    dash: dashOf(e.style('line-style')),
    opacity: e.effectiveOpacity(),
  };
}

export interface CaptureOptions {
  /** true: the whole graph; false: only what the viewport shows. */
  full: boolean;
  measure: Measure;
}

export function captureScene(cy: Core, options: CaptureOptions): Scene {
  const visible = cy.elements().filter((ele) => ele.visible() && ele.effectiveOpacity() > 0);
  const nodes = visible.nodes().map((n) => nodeOf(n, options.measure));
  const edges = visible.edges().map(edgeOf);
  const sectors = new Set<string>();
  const kinds = new Set<string>();
  const relations = new Set<string>();
  visible.nodes().forEach((n) => {
    kinds.add(String(n.data('kind') ?? ''));
    const sector = n.data('sector') as unknown;
    if (typeof sector === 'string' && sector) sectors.add(sector);
  });
  visible.edges().forEach((e) => {
    const kind = String(e.data('kind') ?? '');
    relations.add(kind);
    const stance = e.data('stance') as unknown;
    if (kind === 'INTERESTED_IN' && typeof stance === 'string' && stance) relations.add(`INTERESTED_IN:${stance}`);
  });
  let bounds: Scene['bounds'];
  if (options.full) {
    const bb = visible.boundingBox({ includeOverlays: false });
    bounds = bb.w > 0 ? { x: bb.x1, y: bb.y1, w: bb.w, h: bb.h } : { x: 0, y: 0, w: 1, h: 1 };
  } else {
    const ext = cy.extent();
    bounds = { x: ext.x1, y: ext.y1, w: ext.w, h: ext.h };
  }
  return { bounds, nodes, edges, present: { sectors, kinds, relations }, clip: !options.full };
}
