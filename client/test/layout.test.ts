/**
 * The layout worker's parts, run in Jest without a real Worker: the options both sides build, the
 * plain-data input, the worker's computation (the same picture as the main thread), the fcose
 * speed-up, applying an answer, and the runner's handling of stale answers (with a fake Worker).
 */
import cytoscape, { type CollectionReturnValue, type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

import type {
  GraphEdgeFragment as GraphEdge,
  GraphElementsFragment as GraphElements,
  GraphNodeFragment as GraphNode,
} from '../src/data/generated/graphql';
import { applyPositions, layoutPending, runFullLayout, settle } from '../src/graph/controllers/layoutRunner';
import { computeForceLayout, edgesWithPatch, installFastEdgesWith } from '../src/graph/forceLayout';
import type { LayoutAnswer, LayoutRequest } from '../src/graph/layoutClient';
import {
  fcoseOptions,
  HUGE_GRAPH,
  layoutInput,
  layoutOptions,
  placeNew,
  positionsOf,
  WORKER_MIN_NODES,
  type PositionMap,
} from '../src/graph/layouts';
import { graphStyle } from '../src/graph/style';
import { toElements } from '../src/graph/toElements';
import { sample } from './sample';

cytoscape.use(fcose);

function node(id: string, kind: GraphNode['kind'], extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    entityId: id,
    kind,
    label: id,
    name: id,
    acronym: null,
    altNames: [],
    sector: null,
    level: null,
    influence: null,
    country: null,
    activityType: null,
    sensitive: false,
    ...extra,
  };
}
function edge(kind: GraphEdge['kind'], source: string, target: string): GraphEdge {
  return {
    id: `${kind}:${source}:${target}`,
    kind,
    source,
    target,
    label: null,
    position: null,
    priority: null,
    role: null,
    provenance: null as never,
    validFrom: null,
    validTo: null,
  };
}

/** Enough actors for the worker path: each based in a country, interested in a theme, a few partners. */
function bigGraph(actors: number): GraphElements {
  const countries = ['KH', 'LA', 'MM', 'VN', 'TH'];
  const nodes = [
    ...countries.map((c) => node(`country:${c}`, 'COUNTRY', { country: c })),
    ...[0, 1, 2].map((t) => node(`theme:${t}`, 'THEME')),
  ];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < actors; i += 1) {
    const country = countries[i % countries.length] as string;
    nodes.push(node(`actor:${i}`, 'ACTOR', { country, influence: (i % 5) + 1, sector: 'CIVIL_SOCIETY' }));
    edges.push(edge('BASED_IN', `actor:${i}`, `country:${country}`));
    if (i % 2 === 0) edges.push(edge('INTERESTED_IN', `actor:${i}`, `theme:${i % 3}`));
    if (i > 3 && i % 3 === 0) edges.push(edge('COLLABORATES_WITH', `actor:${i}`, `actor:${i - 3}`));
  }
  return { nodes, edges, truncated: false };
}

function styled(graph: Pick<GraphElements, 'nodes' | 'edges'>, grouping: 'country' | null = null): Core {
  return cytoscape({ headless: true, styleEnabled: true, style: graphStyle, elements: toElements(graph, grouping) });
}

/** The main-thread picture: the runner without a Worker (as in jsdom), synchronous for fcose. */
function mainThreadPositions(cy: Core): PositionMap {
  const scope = globalThis as unknown as { Worker?: unknown };
  const worker = scope.Worker;
  delete scope.Worker;
  try {
    runFullLayout(cy, 'fcose');
  } finally {
    if (worker) scope.Worker = worker;
  }
  return positionsOf(cy);
}

function expectSame(a: PositionMap, b: PositionMap): void {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const [id, p] of Object.entries(a)) {
    expect(b[id]?.x).toBeCloseTo(p.x, 6);
    expect(b[id]?.y).toBeCloseTo(p.y, 6);
  }
}

describe('layout options', () => {
  it('builds the same fcose options on both sides, rebuilding its functions from the node count', () => {
    const small = fcoseOptions(200) as unknown as Record<string, unknown>;
    const big = fcoseOptions(1_000) as unknown as Record<string, unknown>;
    expect(small).toMatchObject({ name: 'fcose', quality: 'default', randomize: true, numIter: 1000 });
    expect(big.quality).toBe('draft');
    expect((small.nodeRepulsion as () => number)()).toBe(9000);
    expect((big.nodeRepulsion as () => number)()).toBe(12000);
    const idealEdgeLength = small.idealEdgeLength as (e: { data(k: string): unknown }) => number;
    expect(idealEdgeLength({ data: () => 'INTERESTED_IN' })).toBe(120);
    expect(idealEdgeLength({ data: () => 'BASED_IN' })).toBe(70);
    // The main thread's own options are the same up to HUGE_GRAPH, then the seeded arrangement.
    expect(JSON.stringify(layoutOptions('fcose', 200))).toBe(JSON.stringify(small));
    expect(layoutOptions('fcose', HUGE_GRAPH + 1)).toMatchObject({ name: 'preset' });
  });

  it('reads plain data (no functions) in the instance order, with drawn sizes, parents and hidden elements', () => {
    const cy = styled(sample, 'country');
    cy.getElementById('theme:forest').addClass('filtered-out');
    const input = layoutInput(cy);
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(input.count).toBe(cy.nodes().length);
    expect(input.nodes.map((n) => n.id)).toEqual(cy.nodes().map((n) => n.id()));
    expect(input.edges.map((e) => e.id)).toEqual(cy.edges().map((e) => e.id()));
    const kfca = input.nodes.find((n) => n.id === 'actor:kfca');
    // size 18 + influence 3 × 6, plus the 1px border: what fcose reads as the node's dimensions.
    expect(kfca).toMatchObject({ kind: 'ACTOR', country: 'KH', parent: 'box:KH', w: 37, h: 37 });
    expect(input.nodes.find((n) => n.id === 'box:KH')?.padding).toBe(18);
    expect(input.nodes.find((n) => n.id === 'theme:forest')?.hidden).toBe(true);
    expect(input.edges.find((e) => e.kind === 'INTERESTED_IN')).toMatchObject({
      source: 'actor:kfca',
      target: 'theme:forest',
    });
  });
});

describe('the worker computation', () => {
  it('draws the same picture as the main thread, with compound boxes too', () => {
    for (const grouping of [null, 'country'] as const) {
      const graph = bigGraph(60);
      const here = mainThreadPositions(styled(graph, grouping));
      const cy = styled(graph, grouping);
      const there = computeForceLayout(layoutInput(cy));
      expectSame(here, there);
      // Not everything at the origin: a real spread.
      const xs = Object.values(there).map((p) => p.x);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    }
  });

  it('finds the edges between two nodes from the smaller side, the same as Cytoscape', () => {
    const graph = bigGraph(40);
    const before = computeForceLayout(layoutInput(styled(graph)));
    installFastEdgesWith();
    const original = edgesWithPatch.original;
    expect(original).not.toBeNull();
    const cy = styled(graph);
    const nodes = cy.nodes();
    for (const a of nodes) {
      for (const b of nodes) {
        const fast = a.edgesWith(b).map((e) => e.id());
        expect(fast).toEqual(original?.call(a as unknown as CollectionReturnValue, b).map((e) => e.id()));
      }
    }
    // Collections of several nodes keep Cytoscape's own walk.
    expect(nodes.edgesWith(nodes).length).toBe(cy.edges().length);
    expectSame(before, computeForceLayout(layoutInput(styled(graph))));
  });
});

describe('applying an answer', () => {
  it('moves nodes to their positions and places nodes added meanwhile next to a neighbour', async () => {
    const cy = styled(sample);
    const answer: PositionMap = {};
    cy.nodes().forEach((n, i) => {
      if (n.id() !== 'theme:forest') answer[n.id()] = { x: i * 100, y: -i * 50 };
    });
    await new Promise<void>((resolve) => applyPositions(cy, answer, resolve));
    for (const [id, p] of Object.entries(answer)) expect(cy.getElementById(id).position()).toEqual(p);
    // theme:forest was not in the answer (added while the worker computed): it sits near KFCA.
    const theme = cy.getElementById('theme:forest').position();
    const kfca = cy.getElementById('actor:kfca').position();
    expect(Math.hypot(theme.x - kfca.x, theme.y - kfca.y)).toBeLessThan(120);
  });
});

describe('the runner with a worker', () => {
  /** Answers on a later tick with the real computation; remembers what was posted and terminated. */
  class FakeWorker {
    static created: FakeWorker[] = [];
    onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    posted: LayoutRequest[] = [];
    terminated = false;
    constructor() {
      FakeWorker.created.push(this);
    }
    postMessage(request: LayoutRequest): void {
      this.posted.push(request);
    }
    /** Sends the answer to the n-th request (after the test decided when). */
    answer(n = 0): void {
      const request = this.posted[n] as LayoutRequest;
      const answer: LayoutAnswer = { id: request.id, positions: computeForceLayout(request.input), ms: 1 };
      if (!this.terminated) this.onmessage?.({ data: answer } as MessageEvent<LayoutAnswer>);
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  const hadWorker = 'Worker' in globalThis;
  beforeAll(() => {
    (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  });
  afterAll(() => {
    if (!hadWorker) delete (globalThis as unknown as { Worker?: unknown }).Worker;
  });

  function mounted(graph: GraphElements): { cy: Core; container: HTMLElement } {
    const container = document.createElement('div');
    document.body.appendChild(container);
    // jsdom has no canvas: a headless instance that still reports readiness on its container.
    const cy = cytoscape({
      container,
      headless: true,
      styleEnabled: true,
      style: graphStyle,
      elements: toElements(graph),
    });
    return { cy, container };
  }

  const settled = (cy: Core) => new Promise<void>((resolve) => cy.one('layoutstop', () => setTimeout(resolve, 0)));

  it('shows the seeded arrangement, stays "not ready" until the answer lands, then applies it', async () => {
    const graph = bigGraph(WORKER_MIN_NODES + 20);
    const expected = mainThreadPositions(styled(graph));
    const { cy, container } = mounted(graph);
    const worker = (): FakeWorker => FakeWorker.created[FakeWorker.created.length - 1] as FakeWorker;
    runFullLayout(cy, 'fcose');
    expect(container.dataset.graphReady).toBe('false');
    expect(layoutPending(cy)).toBe(true);
    expect(worker().posted).toHaveLength(1);
    // Newcomers while the layout is on its way are placed, but the graph is not "ready" yet.
    placeNew(cy, []);
    settle(cy);
    expect(container.dataset.graphReady).toBe('false');
    const done = settled(cy);
    worker().answer();
    await done;
    expect(container.dataset.graphReady).toBe('true');
    expect(layoutPending(cy)).toBe(false);
    expectSame(expected, positionsOf(cy));
    cy.destroy();
  });

  it('ignores the answer to a layout that a newer one replaced', async () => {
    const graph = bigGraph(WORKER_MIN_NODES + 20);
    const { cy, container } = mounted(graph);
    runFullLayout(cy, 'fcose');
    const first = FakeWorker.created[FakeWorker.created.length - 1] as FakeWorker;
    runFullLayout(cy, 'fcose');
    // The worker busy with the first layout was ended; a fresh one has the second request.
    expect(first.terminated).toBe(true);
    const second = FakeWorker.created[FakeWorker.created.length - 1] as FakeWorker;
    expect(second).not.toBe(first);
    const seeded = positionsOf(cy);
    first.answer();
    await new Promise((r) => setTimeout(r, 50));
    expect(positionsOf(cy)).toEqual(seeded);
    expect(container.dataset.graphReady).toBe('false');
    const done = settled(cy);
    second.answer();
    await done;
    expect(container.dataset.graphReady).toBe('true');
    cy.destroy();
    expect(second.terminated).toBe(true);
  });

  it('keeps small and concentric layouts on the main thread', () => {
    const { cy, container } = mounted(bigGraph(20));
    const before = FakeWorker.created.length;
    runFullLayout(cy, 'fcose');
    expect(container.dataset.graphReady).toBe('true');
    expect(layoutPending(cy)).toBe(false);
    // Concentric needs a drawn instance's size: a headless one without a container will do here.
    const big = styled(bigGraph(WORKER_MIN_NODES + 20));
    runFullLayout(big, 'concentric');
    expect(layoutPending(big)).toBe(false);
    expect(FakeWorker.created.length).toBe(before);
    cy.destroy();
  });
});

describe('placeNew', () => {
  it('rings newcomers around placed neighbours and makes an island of those with none, moving nothing placed', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.add([
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'a-b', source: 'a', target: 'b' } },
    ]);
    const before = positionsOf(cy);
    // "n" joins "a"; "hub" (found far from the map) comes with four neighbours, none of them placed.
    const added = ['n', 'hub', 'h1', 'h2', 'h3', 'h4'];
    cy.add([
      ...added.map((id) => ({ data: { id } })),
      { data: { id: 'a-n', source: 'a', target: 'n' } },
      ...['h1', 'h2', 'h3', 'h4'].map((id) => ({ data: { id: `hub-${id}`, source: 'hub', target: id } })),
    ]);
    placeNew(cy, added);
    const after = positionsOf(cy);
    expect({ a: after.a, b: after.b }).toEqual(before);
    expect(Math.hypot((after.n?.x ?? 0) - 0, after.n?.y ?? 0)).toBeCloseTo(90);
    const hub = after.hub ?? { x: NaN, y: NaN };
    expect(hub.y).toBeGreaterThan(100); // below the drawing
    for (const id of ['h1', 'h2', 'h3', 'h4']) {
      const p = after[id] ?? { x: NaN, y: NaN };
      expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeCloseTo(90);
    }
    expect(new Set(Object.values(after).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(8);
    cy.destroy();
  });
});
