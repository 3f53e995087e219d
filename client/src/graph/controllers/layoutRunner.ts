/** Runs full layouts and reports readiness on the container (data-graph-ready) for tests and users. */
import type { Core, LayoutOptions } from 'cytoscape';

import type { LayoutName } from '../../core/view/viewState';
import { layoutOptions, seedPositions } from '../layouts';

/** How many full layouts ran: a test asserts that selecting a node adds none. */
export const layoutStats = { runs: 0 };

export function setReady(cy: Core, ready: boolean): void {
  const container = cy.container();
  if (!container) return;
  container.dataset.graphReady = String(ready);
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.layoutRuns = String(layoutStats.runs);
}

export function runFullLayout(cy: Core, name: LayoutName, onDone?: () => void): void {
  layoutStats.runs += 1;
  setReady(cy, false);
  const count = cy.nodes().length;
  const started = performance.now();
  seedPositions(cy);
  const options: LayoutOptions = layoutOptions(name === 'concentric' ? 'concentric' : 'fcose', count);
  const layout = cy.elements().layout(options);
  layout.one('layoutstop', () => {
    performance.mark?.('graph-layout-done');
    const container = cy.container();
    if (container) container.dataset.layoutMs = String(Math.round(performance.now() - started));
    setReady(cy, true);
    onDone?.();
  });
  // A zero-element layout never emits layoutstop in some versions: report ready right away.
  if (cy.elements().empty()) {
    setReady(cy, true);
    return;
  }
  // fcose's spectral start draws random samples; with animate: false it runs synchronously, so a
  // seeded Math.random for the duration of run() makes the same data give the same picture.
  const random = Math.random;
  Math.random = seededRandom(count);
  try {
    layout.run();
  } finally {
    Math.random = random;
  }
}

function seededRandom(seed: number): () => number {
  let t = seed >>> 0 || 1;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
