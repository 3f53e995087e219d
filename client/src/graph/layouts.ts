/**
 * Layout options and placement. Full layouts are seeded (deterministic starting positions), so
 * the same data gives the same picture; big graphs get a cheaper layout so the page never freezes.
 */
import type { Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';

import type { LayoutName } from '../core/view/viewState';

/**
 * Above this many nodes the force-directed layout runs in draft quality (spectral only), which
 * keeps a 2,000-element graph under a second; the seed (≈200 nodes, ≈1,100 edges) gets the full one.
 */
export const LARGE_GRAPH = 500;

/**
 * Above this many nodes even draft fcose is one main-thread task of several seconds on a 2-core
 * machine, so "force-directed" keeps the seeded arrangement (actors around their base country)
 * instead: instant, stable, and the page never freezes.
 */
export const HUGE_GRAPH = 1_500;

const COUNTRY_ORDER = ['KH', 'LA', 'MM', 'VN', 'TH', 'REGIONAL'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/** Where a node starts: actors near their base country on a big circle, everything else inside. */
export function seedPosition(node: NodeSingular, count: number): Position {
  const id = node.id();
  const kind = String(node.data('kind'));
  const scale = Math.max(400, Math.sqrt(count) * 60);
  if (kind === 'COUNTRY' || kind === 'ACTOR') {
    const code = kind === 'COUNTRY' ? id.slice('country:'.length) : String(node.data('country') ?? '');
    const slot = COUNTRY_ORDER.indexOf(code);
    const angle = ((slot < 0 ? hash(id) * 6 : slot) / COUNTRY_ORDER.length) * 2 * Math.PI;
    const jitter = kind === 'COUNTRY' ? 0 : 0.35 + hash(id) * 0.5;
    const r = scale * (kind === 'COUNTRY' ? 1.1 : 1 - jitter * 0.5);
    const spread = kind === 'COUNTRY' ? 0 : (hash(`${id}#a`) - 0.5) * 0.9;
    return { x: Math.cos(angle + spread) * r, y: Math.sin(angle + spread) * r };
  }
  const a = hash(id) * 2 * Math.PI;
  const r = scale * 0.45 * Math.sqrt(hash(`${id}#r`));
  return { x: Math.cos(a) * r, y: Math.sin(a) * r };
}

export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
  if (name === 'concentric') {
    return {
      name: 'concentric',
      animate: false,
      concentric: (n: NodeSingular) => n.degree(false),
      levelWidth: (nodes: NodeCollection) => Math.max(1, nodes.maxDegree(false) / 8),
      minNodeSpacing: large ? 4 : 14,
      avoidOverlap: !large,
      fit: true,
      padding: 30,
    } as LayoutOptions;
  }
  if (nodeCount > HUGE_GRAPH) return { name: 'preset', fit: true, padding: 30, animate: false } as LayoutOptions;
  const fcose = {
    name: 'fcose',
    // Draft quality (spectral only) is fast enough for thousands of elements; below that the
    // force-directed refinement runs too. Randomness is seeded by the runner for stable pictures.
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 120,
    nodeRepulsion: () => (large ? 20000 : 60000),
    idealEdgeLength: (edge: { data(key: string): unknown }) => (edge.data('kind') === 'INTERESTED_IN' ? 180 : 120),
    // 1,000 refinement iterations instead of 2,500: about half the time on a 2-core machine, with
    // no visible loss on the seed.
    numIter: 1000,
    tile: true,
  };
  return fcose as unknown as LayoutOptions;
}

/** Gives every node its seeded starting position (compound parents follow their children). */
export function seedPositions(cy: Core): void {
  const nodes = cy.nodes().filter((n) => !n.isParent());
  const count = nodes.length;
  nodes.positions((n) => seedPosition(n as NodeSingular, count));
}

/**
 * Places nodes that were just added next to neighbours already on the canvas, in a ring, without
 * moving anything that was placed before ("expand without re-laying out").
 */
export function placeNew(cy: Core, ids: string[]): void {
  const pending = new Set(ids.filter((id) => {
    const el = cy.getElementById(id);
    return el.nonempty() && el.isNode() && !el.isParent();
  }));
  const ringCount = new Map<string, number>();
  let progress = true;
  while (pending.size > 0 && progress) {
    progress = false;
    for (const id of [...pending]) {
      const node = cy.getElementById(id) as NodeSingular;
      const anchor = node.neighborhood().nodes().filter((n) => !pending.has(n.id()) && !n.isParent())[0];
      if (!anchor) continue;
      const key = anchor.id();
      const i = ringCount.get(key) ?? 0;
      ringCount.set(key, i + 1);
      const ring = 70 + Math.floor(i / 12) * 45;
      const angle = (i % 12) * (Math.PI / 6) + Math.floor(i / 12) * 0.26 + hash(key) * Math.PI;
      const p = anchor.position();
      node.position({ x: p.x + Math.cos(angle) * ring, y: p.y + Math.sin(angle) * ring });
      pending.delete(id);
      progress = true;
    }
  }
  // Unconnected newcomers go in a row under the current drawing.
  const box = cy.elements().boundingBox();
  let i = 0;
  for (const id of pending) {
    (cy.getElementById(id) as NodeSingular).position({ x: box.x1 + i * 60, y: box.y2 + 80 });
    i += 1;
  }
}
