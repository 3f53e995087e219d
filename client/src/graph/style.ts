/** The Cytoscape stylesheet: data-driven so toElements() decides colour, shape and size. */
import type { Core, StylesheetJson } from 'cytoscape';

import { ACTIVITY_GLYPHS } from '../core/activities/glyphs';
import { LABEL_FONT } from '../core/labels/fontStack';
import { ACTIVITY_TYPES } from '../core/vocabulary';

/** Canvas text needs fonts that cover Khmer, Lao, Burmese and Thai: all bundled (core/labels/fontStack.ts). */
export { LABEL_FONT };

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 'data(fontSize)',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      // Level of detail: small labels appear as the user zooms in; big ones are always readable.
      'min-zoomed-font-size': 10,
      'border-width': 1,
      'border-color': '#ffffff',
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  {
    selector: 'node[kind = "NETWORK"], node[kind = "COALITION"]',
    style: {
      'background-color': '#ffffff',
      'border-color': 'data(colour)',
      'border-width': 4,
      width: 46,
      height: 30,
      color: 'data(colour)',
      'font-weight': 'bold',
    },
  },
  { selector: 'node[kind = "COALITION"]', style: { 'border-style': 'dashed' } },
  {
    selector: 'node[kind = "THEME"]',
    style: {
      'background-color': '#e3f1e3',
      'border-color': 'data(colour)',
      'border-width': 2,
      width: 44,
      height: 26,
      color: '#2c5e2c',
      'font-style': 'italic',
    },
  },
  {
    selector: 'node[kind = "COUNTRY"]',
    style: {
      'background-color': '#eceff2',
      'border-color': '#6b7480',
      'border-width': 2,
      color: '#3b4450',
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-margin-y': 0,
    },
  },
  // Each activity type its own glyph, outlined in white so it reads on links and on other nodes.
  { selector: 'node[kind = "ACTIVITY"]', style: { 'border-width': 1.5, 'border-color': '#ffffff' } },
  ...ACTIVITY_TYPES.map((t) => ({
    selector: `node[kind = "ACTIVITY"][activityType = "${t}"]`,
    style: { shape: 'polygon' as const, 'shape-polygon-points': ACTIVITY_GLYPHS[t].join(' ') },
  })),
  {
    selector: 'node[kind = "BOX"]',
    style: {
      'background-color': '#f4f6f8',
      'background-opacity': 0.7,
      'border-color': '#c5ccd4',
      'border-width': 1,
      shape: 'round-rectangle',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 16,
      'font-weight': 'bold',
      color: '#5b6673',
      padding: '18px',
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(line)' as never,
      'curve-style': 'haystack',
      opacity: 0.55,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  { selector: 'edge[kind = "COLLABORATES_WITH"]', style: { opacity: 0.75 } },
  { selector: 'edge[kind = "INTERESTED_IN"]', style: { opacity: 0.3 } },
  // Network analytics (graph/controllers/useMetricsOverlay.ts): size by a measure, fill by community.
  { selector: 'node.metric-sized', style: { width: 'data(metricSize)', height: 'data(metricSize)' } },
  { selector: 'node.community-coloured', style: { 'background-color': 'data(communityColour)' } },
  { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.2 } },
  // Chosen by the label controller so that no two labels overlap (controllers/useLabels.ts).
  // A sensitive actor (only analysts and administrators are ever sent one): a crimson ring outside its shape.
  {
    selector: 'node[?sensitive]',
    style: { 'outline-width': 3, 'outline-color': '#a3123a', 'outline-offset': 2, 'outline-style': 'solid' },
  },
  { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
  // Written on another side of its node where below was taken by another label or node (controllers/useLabels.ts).
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  {
    selector: 'node.label-right',
    style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 3 },
  },
  {
    selector: 'node.label-left',
    style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -3 },
  },
  // Time (core/time): new since the comparison day in green, ended as a faded dashed ghost, a shifted position with
  // a dark halo (amber, tried first, read as a civil-society disc). Before the selection and path rules, so those
  // still win; after the plain dimming.
  { selector: 'node.time-new', style: { 'border-color': '#009E73', 'border-width': 4 } },
  { selector: 'edge.time-new', style: { 'line-color': '#009E73', width: 3.5, opacity: 0.95, 'line-style': 'solid' } },
  {
    selector: 'node.time-ghost',
    style: { opacity: 0.35, 'border-style': 'dashed', 'border-color': '#6b7480', 'border-width': 2 },
  },
  { selector: 'edge.time-ghost', style: { opacity: 0.45, 'line-style': 'dashed', 'line-color': '#8a939d', width: 2 } },
  {
    selector: 'node.time-shifted',
    style: {
      'underlay-color': '#1d2733',
      'underlay-opacity': 0.3,
      'underlay-padding': 5,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'edge.time-shifted',
    style: { 'underlay-color': '#1d2733', 'underlay-opacity': 0.3, 'underlay-padding': 4 },
  },
  // A halo is not faded by the element's opacity: dimmed by the selection or a filter, it fades with its element.
  { selector: '.time-shifted.dimmed', style: { 'underlay-opacity': 0.04 } },
  { selector: 'edge.dimmed', style: { opacity: 0.05 } },
  { selector: '.filtered-out', style: { display: 'none' } },
  { selector: '.match', style: { 'border-color': '#111111', 'border-width': 3, 'z-index': 10 } },
  // Drawn only because the user expanded a neighbourhood: shown whatever the filters, marked as context.
  { selector: 'node.context', style: { 'border-style': 'dashed', 'border-color': '#4a5563', 'border-width': 2 } },
  {
    selector: 'node:selected',
    style: {
      'border-color': '#111111',
      'border-width': 4,
      'overlay-color': '#0072B2',
      'overlay-opacity': 0.12,
      'overlay-padding': 6,
      'z-index': 20,
      'min-zoomed-font-size': 0,
    },
  },
  { selector: '.neighbour', style: { 'min-zoomed-font-size': 0, opacity: 1 } },
  { selector: 'edge.neighbour', style: { opacity: 0.9 } },
  {
    selector: 'node.on-path',
    style: {
      'border-color': '#000000',
      'border-width': 5,
      'min-zoomed-font-size': 0,
      'z-index': 30,
      opacity: 1,
      'text-opacity': 1,
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': '#000000',
      width: 5,
      opacity: 1,
      'line-style': 'solid',
      'z-index': 30,
      'curve-style': 'bezier',
    },
  },
  { selector: '.expanded-from', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#0072B2' } },
];

/**
 * Above this many elements the graph is drawn with a cheaper sheet: every property a selector sets
 * costs Cytoscape work per element when it styles them (a third of adding 2,000 elements, profiled),
 * and these add little at the zoom a big graph is seen at — plain nodes lose their thin white
 * border, and nothing fades (a fade redraws every element each frame for 150 ms). The seed graph
 * (≈1,300 elements) stays under it and keeps the full sheet.
 */
export const LARGE_STYLE_ELEMENTS = 1_500;

const DROPPED: Record<string, string[]> = {
  node: ['border-width', 'border-color', 'transition-property', 'transition-duration'],
  edge: ['transition-property', 'transition-duration'],
};

export const largeGraphStyle: StylesheetJson = graphStyle.map((rule) => {
  const drop = 'selector' in rule ? DROPPED[rule.selector] : undefined;
  if (!drop || !('style' in rule)) return rule;
  const style = { ...(rule.style as Record<string, unknown>) };
  for (const name of drop) delete style[name];
  return { ...rule, style } as typeof rule;
});

const sheets = new WeakMap<Core, StylesheetJson>();

/** The sheet for a graph of `elementCount` elements (instances start with graphStyle). */
export function graphStyleFor(elementCount: number): StylesheetJson {
  return elementCount > LARGE_STYLE_ELEMENTS ? largeGraphStyle : graphStyle;
}

/** Switches the instance to the sheet for its size; a no-op when it already has it. */
export function applyGraphStyle(cy: Core, elementCount: number): void {
  const sheet = graphStyleFor(elementCount);
  if ((sheets.get(cy) ?? graphStyle) === sheet) return;
  sheets.set(cy, sheet);
  cy.style(sheet);
}
