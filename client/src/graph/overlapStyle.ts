/**
 * Stylesheet of the alignment graph. Cross-sector overlaps are the emphasised ones (solid, dark
 * blue, on top); same-sector ones recede (thin grey); a pair with more disagreement than agreement
 * is dashed vermilion. Labels (shared themes · score) show on the emphasised and selected edges,
 * where the label controller (alignLabels.ts) finds them room.
 */
import type { StylesheetJson } from 'cytoscape';

import { LABEL_FONT } from './style';

export const overlapStyle: StylesheetJson = [
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
      'font-weight': 'bold',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWidth)',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'min-zoomed-font-size': 7,
      'z-index': 10,
    },
  },
  // Partner graph: each suggestion's label on the far side of its node from the asking actor (placeSpokeLabels).
  { selector: 'node.spoke-above', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  {
    selector: 'node.spoke-left',
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -5,
      'text-margin-y': 0,
      'text-justification': 'right',
    },
  },
  {
    selector: 'node.spoke-right',
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 5,
      'text-margin-y': 0,
      'text-justification': 'left',
    },
  },
  // Written on another side of its node where below was taken by another label or node (alignLabels.ts).
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  {
    selector: 'node.label-left',
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -3,
      'text-margin-y': 0,
      'text-justification': 'right',
    },
  },
  {
    selector: 'node.label-right',
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 3,
      'text-margin-y': 0,
      'text-justification': 'left',
    },
  },
  { selector: 'node[role = "anchor"]', style: { 'border-color': '#111111', 'border-width': 5, 'z-index': 30 } },
  { selector: 'node[role = "suggested"]', style: { 'border-color': '#0072B2', 'border-width': 3 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#b5bcc4',
      opacity: 0.45,
      'curve-style': 'bezier',
      label: '',
      'font-family': LABEL_FONT,
      'font-size': 'data(fontSize)',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-rotation': 'autorotate',
      'min-zoomed-font-size': 8,
      'z-index': 1,
    },
  },
  {
    selector: 'edge[cross = "yes"]',
    style: { 'line-color': '#0072B2', opacity: 0.8, label: 'data(label)', color: '#0b3d63', 'z-index': 5 },
  },
  {
    selector: 'edge[contested = "yes"]',
    style: { 'line-color': '#D55E00', 'line-style': 'dashed', opacity: 0.85, label: 'data(label)', color: '#7a2f00' },
  },
  {
    selector: 'edge[kind = "suggestion"]',
    style: {
      'line-color': '#0072B2',
      opacity: 0.9,
      label: 'data(label)',
      color: '#0b3d63',
      'min-zoomed-font-size': 0,
      'curve-style': 'straight',
    },
  },
  {
    selector: 'edge[kind = "suggestion"][contested = "yes"]',
    style: { 'line-color': '#D55E00', 'line-style': 'dashed' },
  },
  { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'edge.dimmed', style: { opacity: 0.04, label: '' } },
  // A brushed set's labels sit on a white ground: the faded labels behind them, and a neighbour's label, do not show through.
  {
    selector: 'node.lit',
    style: {
      'border-color': '#111111',
      'border-width': 4,
      'z-index': 40,
      'min-zoomed-font-size': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
    },
  },
  { selector: 'edge.lit', style: { opacity: 1, label: 'data(label)', 'z-index': 40, 'min-zoomed-font-size': 0 } },
  { selector: 'node.shortlisted', style: { 'background-blacken': -0.1, 'border-color': '#009E73', 'border-width': 6 } },
  {
    selector: 'node:selected',
    style: {
      'border-color': '#111111',
      'border-width': 5,
      'overlay-color': '#0072B2',
      'overlay-opacity': 0.15,
      'overlay-padding': 6,
      'z-index': 50,
      'min-zoomed-font-size': 0,
    },
  },
  // Last, so that they win: a label with no room is not drawn (its box stays measurable for the next choice), and
  // meeting mode's actors of sectors not yet revealed are not drawn at all, nor their links.
  { selector: '.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  { selector: '.unrevealed', style: { display: 'none' } },
];
