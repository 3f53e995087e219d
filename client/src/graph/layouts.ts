/**
 * Layout options and placement. Full layouts are seeded (deterministic starting positions), so
 * the same data gives the same picture; big graphs get a cheaper layout so the page never freezes.
 *
 * Everything here is plain functions over Cytoscape collections (no Cytoscape runtime import), so
 * the same code builds the options and starting positions on the main thread and in the layout
 * worker (layoutWorker.ts), and the two give the same picture.
 */
import type { Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';

import type { LayoutName } from '../core/view/viewState';

/**
 * Above this many nodes the force-directed layout runs in draft quality (spectral only), which
 * keeps a 2,000-element graph under a second; the seed (≈200 nodes, ≈1,100 edges) gets the full one.
 */
export const LARGE_GRAPH = 500;

/**
 * Without a worker (no Worker, or it failed to start), above this many nodes even draft fcose is
 * one main-thread task of several seconds on a 2-core machine, so "force-directed" keeps the
 * seeded arrangement (actors around their base country) instead: instant, stable, and the page
 * never freezes.
 */
export const HUGE_GRAPH = 1_500;

/**
 * Force-directed layouts of more nodes than this run in the layout worker: the page shows the
 * seeded arrangement at once and stays responsive while the worker computes. Below it the
 * main-thread layout is shorter than the worker's round trip.
 */
export const WORKER_MIN_NODES = 150;

/**
 * Above this many nodes even the worker keeps the seeded arrangement: a draft fcose of that size
 * takes longer than anyone waits for a picture to settle.
 */
export const WORKER_MAX_NODES = 3_000;

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

/**
 * The force-directed (fcose) options for a graph of `nodeCount` nodes. Its functions are rebuilt
 * from the node count and edge data wherever it runs, so the worker needs only the count.
 */
export function fcoseOptions(nodeCount: number, grouped = false): LayoutOptions {
  const large = nodeCount > LARGE_GRAPH;
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
    // Compact enough that the map fills the canvas at a zoom where the most influential names are readable
    // (labels scale with the zoom): the first view of ~100 nodes fits at about zoom 1 on a laptop.
    nodeSeparation: 70,
    nodeRepulsion: () => (large ? 12000 : 9000),
    idealEdgeLength: (edge: { data(key: string): unknown }) =>
      edge.data('kind') === 'INTERESTED_IN' ? 120 : grouped && edge.data('kind') === 'MEMBER_OF' ? 35 : 70,
    // Grouped by network / coalition: memberships pull harder, so each group's region is compact.
    edgeElasticity: (edge: { data(key: string): unknown }) =>
      grouped && edge.data('kind') === 'MEMBER_OF' ? 0.9 : 0.45,
    // 1,000 refinement iterations instead of 2,500: about half the time on a 2-core machine, with
    // no visible loss on the seed.
    numIter: 1000,
    tile: true,
  };
  return fcose as unknown as LayoutOptions;
}

/** Options for a main-thread layout: above HUGE_GRAPH nodes "force-directed" keeps the seeded arrangement. */
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
  return fcoseOptions(nodeCount, name === 'group');
}

/** A Math.random replacement with a fixed sequence per seed: fcose's spectral start draws samples. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0 || 1;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs a layout with Math.random replaced by seededRandom(seed): fcose's spectral start draws random samples and,
 * with animate: false, runs synchronously, so the same data gives the same picture (on the page, in the worker,
 * in tests and screenshots).
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = random;
  }
}

/** What the layout worker needs of a graph: plain data, since functions and elements cannot be posted. */
export interface LayoutInput {
  /** The node count the options and the random seed are built from (compound parents included). */
  count: number;
  /** Grouped by network / coalition: memberships pull harder. */
  grouped?: boolean;
  /** In the instance's order (the order changes fcose's picture). */
  nodes: Array<{
    id: string;
    kind: string;
    country?: string;
    parent?: string;
    /** Outer width and height as drawn (fcose's node dimensions); padding for compound parents. */
    w: number;
    h: number;
    padding?: number;
    hidden?: boolean;
  }>;
  edges: Array<{ id: string; source: string; target: string; kind: string; hidden?: boolean }>;
}

/** Node id → position, as the worker posts it back. */
export type PositionMap = Record<string, Position>;

/** Reads the layout input off a styled instance (main thread). */
export function layoutInput(cy: Core, count = cy.nodes().length, grouped = false): LayoutInput {
  const nodes: LayoutInput['nodes'] = [];
  cy.nodes().forEach((n) => {
    const parent = n.data('parent') as string | undefined;
    const country = n.data('country') as string | undefined;
    const node: LayoutInput['nodes'][number] = {
      id: n.id(),
      kind: String(n.data('kind')),
      w: n.outerWidth(),
      h: n.outerHeight(),
    };
    if (country !== undefined && country !== null) node.country = String(country);
    if (parent) node.parent = parent;
    if (n.isParent()) node.padding = parseFloat(String(n.css('padding'))) || 0;
    if (n.css('display') === 'none') node.hidden = true;
    nodes.push(node);
  });
  const edges: LayoutInput['edges'] = [];
  cy.edges().forEach((e) => {
    const edge: LayoutInput['edges'][number] = {
      id: e.id(),
      source: e.data('source') as string,
      target: e.data('target') as string,
      kind: String(e.data('kind')),
    };
    if (e.css('display') === 'none') edge.hidden = true;
    edges.push(edge);
  });
  return grouped ? { count, grouped, nodes, edges } : { count, nodes, edges };
}

/** The positions of the (non-compound) nodes of an instance. */
export function positionsOf(cy: Core): PositionMap {
  const out: PositionMap = {};
  cy.nodes().forEach((n) => {
    if (!n.isParent()) out[n.id()] = { ...n.position() };
  });
  return out;
}

/** Gives every node its seeded starting position (compound parents follow their children). */
export function seedPositions(cy: Core): void {
  const nodes = cy.nodes().filter((n) => !n.isParent());
  const count = nodes.length;
  nodes.positions((n) => seedPosition(n as NodeSingular, count));
}

/**
 * Places nodes that were just added next to neighbours already on the canvas, in a ring, without
 * moving anything that was placed before ("expand without re-laying out"). Newcomers with no placed
 * neighbour (an actor found by search far from the drawn map, with its neighbourhood) form islands in
 * a row under the drawing: the best-connected of them is placed first and the others ring around it.
 */
export function placeNew(cy: Core, ids: string[]): void {
  const pending = new Set(
    ids.filter((id) => {
      const el = cy.getElementById(id);
      return el.nonempty() && el.isNode() && !el.isParent();
    }),
  );
  if (pending.size === 0) return;
  const below = cy
    .elements()
    .filter((el) => !pending.has(el.id()))
    .boundingBox();
  const ringCount = new Map<string, number>();
  let islands = 0;
  while (pending.size > 0) {
    if (!placeBesideNeighbours(cy, pending, ringCount)) {
      const hub = mostConnected(cy, pending);
      const x = (Number.isFinite(below.x1) ? below.x1 : 0) + islands * ISLAND_SPACING;
      const y = (Number.isFinite(below.y2) ? below.y2 : 0) + ISLAND_SPACING / 2;
      hub.position({ x, y });
      pending.delete(hub.id());
      islands += 1;
    }
  }
}

/** Distance between islands of newcomers, and from the drawing above them, in model pixels. */
const ISLAND_SPACING = 320;

/** One pass of ring placement around placed neighbours; false when no pending node has one. */
function placeBesideNeighbours(cy: Core, pending: Set<string>, ringCount: Map<string, number>): boolean {
  let progress = false;
  for (const id of [...pending]) {
    const node = cy.getElementById(id) as NodeSingular;
    const anchor = node
      .neighborhood()
      .nodes()
      .filter((n) => !pending.has(n.id()) && !n.isParent())[0];
    if (!anchor) continue;
    const key = anchor.id();
    const i = ringCount.get(key) ?? 0;
    ringCount.set(key, i + 1);
    // Ten to a ring, 90 apart on the first: the largest nodes (54 px) do not touch.
    const ring = 90 + Math.floor(i / 10) * 60;
    const angle = (i % 10) * (Math.PI / 5) + Math.floor(i / 10) * 0.31 + hash(key) * Math.PI;
    const p = anchor.position();
    node.position({ x: p.x + Math.cos(angle) * ring, y: p.y + Math.sin(angle) * ring });
    pending.delete(id);
    progress = true;
  }
  return progress;
}

/** The pending node with the most pending neighbours (ties: the first in id order, so placement is stable). */
function mostConnected(cy: Core, pending: Set<string>): NodeSingular {
  let best: NodeSingular | null = null;
  let bestDegree = -1;
  for (const id of [...pending].sort()) {
    const node = cy.getElementById(id) as NodeSingular;
    const degree = node
      .neighborhood()
      .nodes()
      .filter((n) => pending.has(n.id())).length;
    if (degree > bestDegree) {
      best = node;
      bestDegree = degree;
    }
  }
  return best as NodeSingular;
}

/** The golden angle: successive members of a sunflower spiral never line up, so the disc fills evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance unit between members of a country's disc, in model pixels. */
const DISC_STEP = 46;
/** Space between country boxes (their padding and title included). */
const BOX_GAP = 110;

function influenceOf(n: NodeSingular): number {
  return Number(n.data('influence') ?? 0);
}

/** Members of a box in reading order: the country first, then the most influential actors (centre of the disc). */
function discOrder(a: NodeSingular, b: NodeSingular): number {
  const country = Number(b.data('kind') === 'COUNTRY') - Number(a.data('kind') === 'COUNTRY');
  return country || influenceOf(b) - influenceOf(a) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
}

/**
 * "Grouped by country": each country's actors in a disc (a sunflower spiral, the most influential at its centre),
 * the discs side by side in rows in the region's order, so no two country boxes overlap; networks, coalitions and
 * themes, which span countries, in a band below, each under the middle of the actors it links. Deterministic and
 * linear in the node count, so it runs on the main thread at any size.
 */
export function countryGridPositions(cy: Core): PositionMap {
  const out: PositionMap = {};
  const rank = (id: string) => {
    const i = COUNTRY_ORDER.indexOf(id.slice('box:'.length));
    return i < 0 ? COUNTRY_ORDER.length : i;
  };
  const boxes = cy.nodes('[kind = "BOX"]').sort((a, b) => rank(a.id()) - rank(b.id()) || (a.id() < b.id() ? -1 : 1));
  const blocks = boxes.map((box) => {
    const members = (box as NodeSingular)
      .children()
      .toArray()
      .map((n) => n as NodeSingular)
      .sort(discOrder);
    return { members, radius: DISC_STEP * Math.sqrt(Math.max(members.length, 1)) + 30 };
  });
  const area = blocks.reduce((sum, b) => sum + (2 * b.radius + BOX_GAP) ** 2, 0);
  const widest = Math.max(0, ...blocks.map((b) => 2 * b.radius));
  const rowWidth = Math.max(widest, Math.sqrt(area * 1.6));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    const d = 2 * block.radius;
    if (x > 0 && x + d > rowWidth) {
      x = 0;
      y += rowHeight + BOX_GAP;
      rowHeight = 0;
    }
    const cx = x + block.radius;
    const cy0 = y + block.radius;
    block.members.forEach((n, i) => {
      const r = DISC_STEP * Math.sqrt(i + 0.5);
      out[n.id()] = { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy0 + r * Math.sin(i * GOLDEN_ANGLE) };
    });
    x += d + BOX_GAP;
    rowHeight = Math.max(rowHeight, d);
  }
  const loose = cy
    .nodes()
    .filter((n) => !n.isParent() && n.data('parent') === undefined)
    .map((n) => {
      const placed = n
        .neighborhood()
        .nodes()
        .map((m) => out[m.id()])
        .filter((p): p is Position => p !== undefined);
      const at = placed.length > 0 ? placed.reduce((s, p) => s + p.x, 0) / placed.length : Number.MAX_SAFE_INTEGER;
      return { id: n.id(), at };
    })
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const top = (blocks.length > 0 ? y + rowHeight : 0) + BOX_GAP * 1.2;
  const perRow = Math.max(1, Math.floor(Math.max(rowWidth, 600) / 90));
  loose.forEach((n, i) => {
    out[n.id] = { x: (i % perRow) * 90, y: top + Math.floor(i / perRow) * 80 };
  });
  return out;
}
