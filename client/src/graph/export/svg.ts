/**
 * The vector export of a graph: a Scene as a figure body (core/export/figure.ts). Labels are <text>
 * elements (selectable, searchable, shaped by the viewer's text engine) with the white halo the map
 * draws (stroke under the glyphs, paint-order), so the fonts that cover Khmer, Lao, Burmese and Thai
 * are embedded as @font-face data URLs when the page can provide them (see fontCss.ts).
 *
 * On a PDF page the graph is scaled down to fit A4, and labels are drawn at no less than 7 pt: those
 * that grow then collide with a larger one are left out, largest labels first (the SVG keeps them all).
 */
import {
  haloAttrs,
  n2,
  parseColour,
  writeFigureSvg,
  xml,
  type DrawOptions,
  type Figure,
  type FigureBody,
} from '../../core/export/figure';
import { type Decorations, type Measure } from '../../core/export/frame';
import type { LegendEntry } from '../../core/export/legend';
import { dashArray, shapePath } from '../../core/export/shapes';
import { labelBox, LINE_HEIGHT, type Scene, type SceneEdge, type SceneNode, type SceneRegion } from './scene';

export { xml };

/** Padding around the graph's bounds, in model units. */
export const GRAPH_PADDING = 20;

const op = (v: number) => (v >= 0.999 ? '' : ` opacity="${n2(v)}"`);

function edgeSvg(e: SceneEdge): string {
  const dash = dashArray(e.dash, e.width);
  return `<line x1="${n2(e.x1)}" y1="${n2(e.y1)}" x2="${n2(e.x2)}" y2="${n2(e.y2)}" stroke="${xml(e.colour)}" stroke-width="${n2(e.width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${op(e.opacity)}/>`;
}

function regionSvg(r: SceneRegion): string {
  return `<path class="region" d="${xml(r.d)}" fill="${xml(r.fill)}" fill-opacity="${n2(r.fillOpacity)}" stroke="${xml(r.stroke)}" stroke-opacity="${n2(r.strokeOpacity)}" stroke-width="${n2(r.strokeWidth)}"/>`;
}

function bodySvg(n: SceneNode): string {
  const d = shapePath(n.shape, n.x, n.y, n.w, n.h);
  const dash = n.strokeDash === 'dashed' || n.strokeDash === 'dotted' ? dashArray(n.strokeDash, n.strokeWidth) : null;
  const stroke =
    n.strokeWidth > 0
      ? ` stroke="${xml(n.stroke)}" stroke-width="${n2(n.strokeWidth)}"${dash ? ` stroke-dasharray="${dash}"` : ''}`
      : '';
  const fillOpacity = n.fillOpacity < 0.999 ? ` fill-opacity="${n2(n.fillOpacity)}"` : '';
  return `<path d="${d}" fill="${xml(n.fill)}"${fillOpacity}${stroke}${op(n.opacity)}/>`;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A label as it will be drawn: its node at the drawn font size, and the box its lines take. */
interface PlacedLabel {
  node: SceneNode;
  box: Box;
  /** The label's size on the map: the larger, the more important (influence), the earlier it is placed. */
  rank: number;
}

function placeLabel(n: SceneNode, fontSize: number, measure: Measure): PlacedLabel {
  const node = { ...n, fontSize };
  const b = labelBox(node);
  const width = Math.max(0, ...n.lines.map((l) => measure(l, fontSize, n.fontWeight === 'bold')));
  const x1 = b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - width : b.x - width / 2;
  const top = b.y - b.lineHeight / 2;
  return { node, box: { x1, y1: top, x2: x1 + width, y2: top + b.lineHeight * n.lines.length }, rank: n.fontSize };
}

function labelSvg(n: SceneNode): string {
  if (n.lines.length === 0 || n.textOpacity * n.opacity <= 0.001) return '';
  const box = labelBox(n);
  const outline =
    n.outlineWidth > 0 && !n.background
      ? haloAttrs({ colour: parseColour(n.outlineColour).hex, width: n.outlineWidth * 2, opacity: n.outlineOpacity })
      : '';
  const style = `${n.fontWeight !== 'normal' ? ` font-weight="${xml(n.fontWeight)}"` : ''}${n.fontStyle !== 'normal' ? ` font-style="${xml(n.fontStyle)}"` : ''}`;
  const spans = n.lines
    .map((line, i) => `<tspan x="${n2(box.x)}" y="${n2(box.y + i * box.lineHeight)}">${xml(line)}</tspan>`)
    .join('');
  return `<text font-size="${n2(n.fontSize)}"${style} fill="${xml(n.textColour)}"${outline}${op(n.textOpacity * n.opacity)} text-anchor="${box.anchor}" dominant-baseline="central">${spans}</text>`;
}

/** The label's solid ground (Cytoscape's text-background), when it has one. */
function groundSvg(p: PlacedLabel): string {
  const bg = p.node.background;
  if (!bg || p.node.lines.length === 0) return '';
  const pad = 1.5;
  return `<rect x="${n2(p.box.x1 - pad)}" y="${n2(p.box.y1 - pad)}" width="${n2(p.box.x2 - p.box.x1 + 2 * pad)}" height="${n2(p.box.y2 - p.box.y1 + 2 * pad)}" rx="2" fill="${xml(bg.colour)}" fill-opacity="${n2(bg.opacity)}"${op(p.node.opacity)}/>`;
}

function edgeLabelSvg(e: SceneEdge, fontSize: number, measure: Measure): { svg: string; box: Box } | null {
  const l = e.label;
  if (!l) return null;
  // Along the edge, kept upright (Cytoscape's text-rotation: autorotate).
  let angle = (Math.atan2(e.y2 - e.y1, e.x2 - e.x1) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const w = measure(l.text, fontSize);
  const h = fontSize * LINE_HEIGHT;
  const rotate = Math.abs(angle) > 0.5 ? ` transform="rotate(${n2(angle)} ${n2(l.x)} ${n2(l.y)})"` : '';
  const ground = l.background
    ? `<rect x="${n2(l.x - w / 2 - 2)}" y="${n2(l.y - h / 2)}" width="${n2(w + 4)}" height="${n2(h)}" fill="${xml(l.background.colour)}" fill-opacity="${n2(l.background.opacity)}"/>`
    : '';
  const text = `<text x="${n2(l.x)}" y="${n2(l.y)}" font-size="${n2(fontSize)}" fill="${xml(l.colour)}" text-anchor="middle" dominant-baseline="central"${l.background ? '' : haloAttrs(true)}>${xml(l.text)}</text>`;
  // The box a rotated label takes, for leaving out those that would collide.
  const r = (Math.abs(angle) * Math.PI) / 180;
  const bw = Math.abs(w * Math.cos(r)) + Math.abs(h * Math.sin(r));
  const bh = Math.abs(w * Math.sin(r)) + Math.abs(h * Math.cos(r));
  return {
    svg: `<g class="edge-label"${rotate}${op(l.opacity)}>${ground}${text}</g>`,
    box: { x1: l.x - bw / 2, y1: l.y - bh / 2, x2: l.x + bw / 2, y2: l.y + bh / 2 },
  };
}

/**
 * The labels to draw: every visible one at its own size, or — when the floor enlarges some — those that
 * still fit, largest first (a node's label before an edge's), so the page never shows two on top of each other.
 */
function labelLayer(scene: Scene, others: SceneNode[], o: DrawOptions): string {
  const visible = others.filter((n) => n.lines.length > 0 && n.textOpacity * n.opacity > 0.001);
  const enlarged =
    visible.some((n) => n.fontSize < o.minFontPx) || scene.edges.some((e) => e.label && e.label.fontSize < o.minFontPx);
  const placed = visible.map((n) => placeLabel(n, Math.max(n.fontSize, o.minFontPx), o.measure));
  const edgeLabels = scene.edges.flatMap((e) => {
    const l = e.label ? edgeLabelSvg(e, Math.max(e.label.fontSize, o.minFontPx), o.measure) : null;
    return l ? [{ ...l, size: e.label?.fontSize ?? 0 }] : [];
  });
  if (!enlarged)
    return `<g class="edge-labels">${edgeLabels.map((l) => l.svg).join('')}</g><g class="labels">${placed.map((p) => groundSvg(p) + labelSvg(p.node)).join('')}</g>`;
  const kept: Box[] = [];
  // Grown labels stay within the drawing: past its edge they would run into the legend or off the page.
  const b = scene.bounds;
  const area = {
    x1: b.x - GRAPH_PADDING,
    y1: b.y - GRAPH_PADDING,
    x2: b.x + b.w + GRAPH_PADDING,
    y2: b.y + b.h + GRAPH_PADDING,
  };
  const keep = (box: Box) => {
    if (box.x1 < area.x1 || box.x2 > area.x2 || box.y1 < area.y1 || box.y2 > area.y2) return false;
    if (kept.some((k) => overlaps(k, box))) return false;
    kept.push(box);
    return true;
  };
  // Largest first; where its own side is taken, a label tries below, above, right and left of its node, as the map does.
  const sides: Array<Pick<SceneNode, 'valign' | 'halign' | 'marginX' | 'marginY'>> = [
    { valign: 'bottom', halign: 'center', marginX: 0, marginY: 3 },
    { valign: 'top', halign: 'center', marginX: 0, marginY: -3 },
    { valign: 'center', halign: 'right', marginX: 3, marginY: 0 },
    { valign: 'center', halign: 'left', marginX: -3, marginY: 0 },
  ];
  // A label centred under or over its node slides along, within the drawing, rather than run past its edge.
  const slide = (p: PlacedLabel): PlacedLabel => {
    if (p.node.halign !== 'center') return p;
    const dx = Math.max(0, area.x1 - p.box.x1) - Math.max(0, p.box.x2 - area.x2);
    return dx === 0 ? p : placeLabel({ ...p.node, marginX: p.node.marginX + dx }, p.node.fontSize, o.measure);
  };
  const nodeLabels = [...placed]
    .sort((a, b) => b.rank - a.rank || a.node.id.localeCompare(b.node.id))
    .flatMap((p) => {
      for (const candidate of [
        p,
        ...sides.map((side) => placeLabel({ ...p.node, ...side }, p.node.fontSize, o.measure)),
      ]) {
        const slid = slide(candidate);
        if (keep(slid.box)) return [slid];
      }
      return [];
    });
  const edgeKept = [...edgeLabels].sort((a, b) => b.size - a.size).filter((l) => keep(l.box));
  return `<g class="edge-labels">${edgeKept.map((l) => l.svg).join('')}</g><g class="labels">${nodeLabels.map((p) => groundSvg(p) + labelSvg(p.node)).join('')}</g>`;
}

/** The graph as a figure body, padded by GRAPH_PADDING around the scene's bounds. */
export function sceneBody(scene: Scene): FigureBody {
  const tx = GRAPH_PADDING - scene.bounds.x;
  const ty = GRAPH_PADDING - scene.bounds.y;
  const boxes = scene.nodes.filter((n) => n.compound);
  const others = scene.nodes.filter((n) => !n.compound);
  return {
    width: scene.bounds.w + 2 * GRAPH_PADDING,
    height: scene.bounds.h + 2 * GRAPH_PADDING,
    draw: (o) => {
      const out: string[] = [`<g class="graph" transform="translate(${n2(tx)} ${n2(ty)})">`];
      if (scene.clip) {
        const b = scene.bounds;
        out.push(
          `<clipPath id="view"><rect x="${n2(b.x)}" y="${n2(b.y)}" width="${n2(b.w)}" height="${n2(b.h)}"/></clipPath><g clip-path="url(#view)">`,
        );
      }
      if (scene.regions.length > 0) out.push(`<g class="regions">${scene.regions.map(regionSvg).join('')}</g>`);
      out.push(`<g class="boxes">${boxes.map((n) => bodySvg(n) + labelSvg(n)).join('')}</g>`);
      out.push(`<g class="edges">${scene.edges.map(edgeSvg).join('')}</g>`);
      out.push(`<g class="nodes">${others.map(bodySvg).join('')}</g>`);
      out.push(labelLayer(scene, others, o));
      out.push(scene.clip ? '</g></g>' : '</g>');
      return out.join('');
    },
  };
}

export function sceneFigure(scene: Scene, legend: LegendEntry[], name = 'Reform Atlas network map'): Figure {
  return { body: sceneBody(scene), legend, name };
}

export interface SvgOptions {
  decor: Decorations;
  legend: LegendEntry[];
  /** @font-face rules (data URLs) to embed; empty: the viewer's installed fonts are used. */
  fontCss: string;
  measure?: Measure;
}

export function writeSvg(scene: Scene, options: SvgOptions): string {
  return writeFigureSvg(sceneFigure(scene, options.legend), {
    decor: options.decor,
    fontCss: options.fontCss,
    measure: options.measure,
  }).svg;
}
