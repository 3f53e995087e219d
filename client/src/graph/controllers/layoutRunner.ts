/**
 * Runs full layouts and reports readiness on the container (data-graph-ready) for tests and users.
 *
 * Big force-directed layouts run in a worker (layoutWorker.ts): the seeded arrangement is drawn at
 * once, the page stays interactive, and the worker's positions are applied with a preset layout
 * when they arrive. Without a Worker (Jest's jsdom) or when it cannot start, they run here.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

import type { LayoutName } from '../../core/view/viewState';
import { LayoutWorker, workersAvailable } from '../layoutClient';
import {
  countryGridPositions,
  layoutInput,
  layoutOptions,
  placeNew,
  withSeededRandom,
  seedPositions,
  WORKER_MAX_NODES,
  WORKER_MIN_NODES,
  type PositionMap,
} from '../layouts';

/** How many full layouts ran: a test asserts that selecting a node adds none. */
export const layoutStats = { runs: 0 };

/** Per graph: its worker, and the token of the layout whose answer is still awaited. */
const workers = new WeakMap<Core, LayoutWorker>();
const pending = new WeakMap<Core, number>();
let tokens = 0;

export function setReady(cy: Core, ready: boolean): void {
  const container = cy.container();
  if (!container) return;
  container.dataset.graphReady = String(ready);
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.layoutRuns = String(layoutStats.runs);
}

/** True while a worker layout is on its way: newcomers are placed again when it lands. */
export function layoutPending(cy: Core): boolean {
  return pending.has(cy);
}

/** Ready, unless a worker layout is still on its way (it reports ready when applied). */
export function settle(cy: Core): void {
  setReady(cy, !layoutPending(cy));
}

function workerOf(cy: Core): LayoutWorker | null {
  if (!workersAvailable()) return null;
  let worker = workers.get(cy);
  if (!worker) {
    worker = new LayoutWorker();
    workers.set(cy, worker);
    cy.one('destroy', () => worker?.dispose());
  }
  return worker.failed ? null : worker;
}

/** Starts the graph's layout worker before the data arrives (no-op without Worker). */
export function prepareLayout(cy: Core): void {
  workerOf(cy)?.warm();
}

function usesWorker(name: LayoutName, count: number): boolean {
  return (name === 'fcose' || name === 'group') && count > WORKER_MIN_NODES && count <= WORKER_MAX_NODES;
}

export function runFullLayout(cy: Core, name: LayoutName, onDone?: () => void): void {
  layoutStats.runs += 1;
  setReady(cy, false);
  const token = (tokens += 1);
  // Whatever layout was on its way is stale now.
  pending.delete(cy);
  workers.get(cy)?.cancel();
  const count = cy.nodes().length;
  const started = performance.now();
  const finish = () => {
    performance.mark?.('graph-layout-done');
    const container = cy.container();
    if (container) container.dataset.layoutMs = String(Math.round(performance.now() - started));
    setReady(cy, true);
    onDone?.();
  };
  seedPositions(cy);
  // A zero-element layout never emits layoutstop in some versions: report ready right away.
  if (cy.elements().empty()) {
    setReady(cy, true);
    onDone?.();
    return;
  }
  if (name === 'country') {
    // Discs side by side: computed here at once, whatever the size.
    applyPositions(cy, countryGridPositions(cy), finish);
    return;
  }
  const worker = usesWorker(name, count) ? workerOf(cy) : null;
  if (!worker) {
    runHere(cy, name, count, finish);
    return;
  }
  // The seeded arrangement at once (actors around their base country); the worker refines it.
  cy.fit(undefined, 30);
  pending.set(cy, token);
  worker.run(layoutInput(cy, count, name === 'group')).then(
    (result) => {
      if (!result || pending.get(cy) !== token || cy.destroyed()) return;
      pending.delete(cy);
      const container = cy.container();
      if (container) container.dataset.workerMs = String(Math.round(result.workerMs));
      applyPositions(cy, result.positions, finish);
    },
    (error: unknown) => {
      if (pending.get(cy) !== token || cy.destroyed()) return;
      pending.delete(cy);
      console.warn(error instanceof Error ? error.message : error, '— laying out on the main thread');
      runHere(cy, name, count, finish);
    },
  );
}

function runHere(cy: Core, name: LayoutName, count: number, finish: () => void): void {
  const options: LayoutOptions = layoutOptions(name, count);
  const layout = cy.elements().layout(options);
  layout.one('layoutstop', finish);
  // The renderer places haystack edges with Math.random too, the first time it measures them: measure
  // first, so that only the layout draws from the seeded sequence, as in the worker.
  cy.elements().boundingBox();
  withSeededRandom(count, () => layout.run());
}

/**
 * Moves the nodes to the worker's positions. Nodes added while the worker computed (an expansion)
 * are not in its answer: they are placed next to their neighbours afterwards, as newcomers are.
 */
export function applyPositions(cy: Core, positions: PositionMap, finish: () => void): void {
  const newcomers = cy
    .nodes()
    .filter((n) => !n.isParent() && positions[n.id()] === undefined)
    .map((n) => n.id());
  const layout = cy.elements().layout({
    name: 'preset',
    // Null keeps a node where it is (compound parents follow their children).
    positions: (n: NodeSingular) => positions[n.id()] ?? null,
    fit: true,
    padding: 30,
    // No animation: every frame of it redraws every moved element (150–500 ms a frame for 2,000
    // elements on a 2-core machine), so it would be a few long tasks rather than a smooth move.
    animate: false,
  } as unknown as LayoutOptions);
  layout.one('layoutstop', () => {
    if (newcomers.length > 0) placeNew(cy, newcomers);
    finish();
  });
  layout.run();
}
