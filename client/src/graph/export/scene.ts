/**
 * A snapshot of what the graph draws, as plain data: positions, sizes and resolved styles of the
 * visible elements. captureScene() (capture.ts) reads it from Cytoscape; the SVG writer and the
 * legend only read this, so they are pure and tested without a canvas.
 */
import type { Present } from '../../core/export/legend';

export type Dash = 'solid' | 'dashed' | 'dotted';

export interface SceneNode {
  id: string;
  kind: string;
  /** Centre and body size in model coordinates (without the border). */
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeDash: Dash | 'double';
  opacity: number;
  /** The label already wrapped as the canvas wraps it. */
  lines: string[];
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  fontFamily: string;
  textColour: string;
  textOpacity: number;
  valign: 'top' | 'center' | 'bottom';
  marginY: number;
  /** Beside the node (left or right of it, lines aligned towards it) or centred on it. */
  halign: 'left' | 'center' | 'right';
  marginX: number;
  outlineColour: string;
  outlineWidth: number;
  outlineOpacity: number;
  /** A solid ground behind the label (Cytoscape's text-background), drawn instead of the outline's halo. */
  background: { colour: string; opacity: number } | null;
  /** Compound boxes are drawn under the edges, other nodes over them. */
  compound: boolean;
}

export interface SceneEdge {
  id: string;
  kind: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  dash: Dash;
  opacity: number;
  /** Written at the edge's midpoint along it (the alignment graph's "2 themes · 0.61"). */
  label: SceneEdgeLabel | null;
}

export interface SceneEdgeLabel {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  colour: string;
  opacity: number;
  background: { colour: string; opacity: number } | null;
}

/** A translucent area drawn under the graph (a theme region of the overlap view). */
export interface SceneRegion {
  name: string;
  /** SVG path data in model coordinates. */
  d: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeOpacity: number;
  strokeWidth: number;
}

export interface Scene {
  /** The drawn area in model coordinates. */
  bounds: { x: number; y: number; w: number; h: number };
  nodes: SceneNode[];
  edges: SceneEdge[];
  present: Present;
  regions: SceneRegion[];
  /** Viewport exports cut the drawing at the bounds; whole-graph exports never need to. */
  clip: boolean;
}

/** Line height as a multiple of the font size: room for Burmese and Khmer stacked vowels. */
export const LINE_HEIGHT = 1.25;

/** Where a node's label lines start (y of the first line's middle) and their anchor (x, and which end of a line). */
export function labelBox(n: SceneNode): {
  x: number;
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
} {
  const lineHeight = n.fontSize * LINE_HEIGHT;
  const block = lineHeight * n.lines.length;
  const half = n.h / 2 + n.strokeWidth / 2;
  let top: number;
  if (n.valign === 'bottom') top = n.y + half + n.marginY;
  else if (n.valign === 'top') top = n.y - half - block + n.marginY;
  else top = n.y - block / 2 + n.marginY;
  const halfWidth = n.w / 2 + n.strokeWidth / 2;
  if (n.halign === 'right')
    return { x: n.x + halfWidth + n.marginX, y: top + lineHeight / 2, lineHeight, anchor: 'start' };
  if (n.halign === 'left')
    return { x: n.x - halfWidth + n.marginX, y: top + lineHeight / 2, lineHeight, anchor: 'end' };
  return { x: n.x + n.marginX, y: top + lineHeight / 2, lineHeight, anchor: 'middle' };
}
