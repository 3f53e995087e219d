/**
 * Reads what Cytoscape draws into a Scene: only visible elements (filters in "hide" mode are gone,
 * "dim" keeps its dimming), with the styles the stylesheet resolved (highlight, selection, path).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import { parseColour } from '../../core/export/figure';
import type { Measure } from '../../core/export/frame';
import { wrapText } from '../../core/export/frame';
import type { Dash, Scene, SceneEdge, SceneEdgeLabel, SceneNode, SceneRegion } from './scene';

const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : Number.parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
};
const str = (v: unknown, fallback: string): string => (typeof v === 'string' && v.length > 0 ? v : fallback);
const dashOf = (v: unknown): Dash => (v === 'dashed' || v === 'dotted' ? v : 'solid');
/** A polygon (an activity's glyph) carries its points, which core/export/shapes.ts reads back. */
const shapeOf = (n: NodeSingular): string => {
  const shape = str(n.style('shape'), 'ellipse');
  if (shape !== 'polygon') return shape;
  const points: unknown = n.style('shape-polygon-points');
  return `polygon:${Array.isArray(points) ? points.join(' ') : String(points ?? '')}`;
};

function nodeOf(n: NodeSingular, measure: Measure, keepHiddenLabels: boolean): SceneNode {
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
    shape: shapeOf(n),
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
    textOpacity: keepHiddenLabels && n.hasClass('label-hidden') ? 1 : num(n.style('text-opacity'), 1),
    valign: valign === 'top' || valign === 'center' ? valign : 'bottom',
    marginY: num(n.style('text-margin-y')),
    // Compound boxes keep their title centred above them whatever text-halign says.
    halign: !n.isParent() && (halign === 'left' || halign === 'right') ? halign : 'center',
    marginX: num(n.style('text-margin-x')),
    outlineColour: str(n.style('text-outline-color'), '#ffffff'),
    outlineWidth: num(n.style('text-outline-width')),
    outlineOpacity: num(n.style('text-outline-opacity'), 1),
    background: backgroundOf(n),
    compound: n.isParent(),
  };
}

function backgroundOf(ele: NodeSingular | EdgeSingular): SceneNode['background'] {
  const opacity = num(ele.style('text-background-opacity'), 0);
  return opacity > 0 ? { colour: str(ele.style('text-background-color'), '#ffffff'), opacity } : null;
}

function edgeLabelOf(e: EdgeSingular): SceneEdgeLabel | null {
  const text = String(e.style('label') ?? '');
  const opacity = num(e.style('text-opacity'), 1) * e.effectiveOpacity();
  if (!text || opacity <= 0.001) return null;
  const mid = e.midpoint();
  return {
    text,
    x: mid.x,
    y: mid.y,
    fontSize: num(e.style('font-size'), 10),
    colour: str(e.style('color'), '#000000'),
    opacity,
    background: backgroundOf(e),
  };
}

/** The theme regions the bubble-sets layer draws (controllers/useBubbles.ts): SVG paths in model coordinates. */
function regionsOf(cy: Core): Array<SceneRegion & { box: { x1: number; y1: number; x2: number; y2: number } }> {
  const container = cy.container();
  if (!container) return [];
  return Array.from(container.querySelectorAll<SVGPathElement>('path[class*="region-"]')).flatMap((path) => {
    const d = path.getAttribute('d');
    if (!d) return [];
    const fill = parseColour(path.style.fill);
    const stroke = parseColour(path.style.stroke);
    const b = path.getBBox();
    const id = /region-(\S+)/.exec(path.getAttribute('class') ?? '')?.[1] ?? '';
    return [
      {
        name: id,
        d,
        fill: fill.hex,
        fillOpacity: fill.alpha,
        stroke: stroke.hex,
        strokeOpacity: stroke.alpha,
        strokeWidth: num(path.style.strokeWidth, 2),
        box: { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height },
      },
    ];
  });
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
    label: edgeLabelOf(e),
  };
}

export interface CaptureOptions {
  /** true: the whole graph; false: only what the viewport shows. */
  full: boolean;
  measure: Measure;
  /**
   * Names the screen left out at its zoom are kept: the picture chooses its own (the PDF drops those with no room at
   * 7 pt). The alignment graph asks for it: at its fitted zoom the screen may draw no name at all.
   */
  keepHiddenLabels?: boolean;
}

export function captureScene(cy: Core, options: CaptureOptions): Scene {
  const visible = cy.elements().filter((ele) => ele.visible() && ele.effectiveOpacity() > 0);
  const nodes = visible.nodes().map((n) => nodeOf(n, options.measure, options.keepHiddenLabels ?? false));
  const edges = visible.edges().map(edgeOf);
  const sectors = new Set<string>();
  const kinds = new Set<string>();
  const relations = new Set<string>();
  visible.nodes().forEach((n) => {
    kinds.add(String(n.data('kind') ?? ''));
    // An activity's type, as `ACTIVITY:<type>`, so the exported legend shows the glyphs drawn.
    const activityType = n.data('activityType') as unknown;
    if (typeof activityType === 'string' && activityType) kinds.add(`ACTIVITY:${activityType}`);
    const sector = n.data('sector') as unknown;
    if (typeof sector === 'string' && sector) sectors.add(sector);
  });
  visible.edges().forEach((e) => {
    const kind = String(e.data('kind') ?? '');
    relations.add(kind);
    const stance = e.data('stance') as unknown;
    if (kind === 'INTERESTED_IN' && typeof stance === 'string' && stance) relations.add(`INTERESTED_IN:${stance}`);
  });
  const regions = regionsOf(cy);
  let bounds: Scene['bounds'];
  if (options.full) {
    const bb = visible.boundingBox({ includeOverlays: false });
    // The regions reach beyond the nodes they hug.
    const x1 = Math.min(bb.x1, ...regions.map((r) => r.box.x1));
    const y1 = Math.min(bb.y1, ...regions.map((r) => r.box.y1));
    const x2 = Math.max(bb.x2, ...regions.map((r) => r.box.x2));
    const y2 = Math.max(bb.y2, ...regions.map((r) => r.box.y2));
    bounds = x2 > x1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : { x: 0, y: 0, w: 1, h: 1 };
  } else {
    const ext = cy.extent();
    bounds = { x: ext.x1, y: ext.y1, w: ext.w, h: ext.h };
  }
  return {
    bounds,
    nodes,
    edges,
    present: { sectors, kinds, relations },
    regions: regions.map(({ box: _box, ...r }) => r),
    clip: !options.full,
  };
}
