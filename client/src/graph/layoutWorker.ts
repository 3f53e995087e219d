/**
 * The layout worker: runs the force-directed layout off the main thread and posts back
 * { id → position }. Built by Vite from `new Worker(new URL('./layoutWorker.ts', import.meta.url))`.
 */
import { computeForceLayout, installFastEdgesWith } from './forceLayout';
import type { LayoutRequest, LayoutAnswer } from './layoutClient';

// The client's TypeScript lib is DOM, not WebWorker: only what the worker uses is declared.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(answer: LayoutAnswer): void;
};

installFastEdgesWith();

scope.onmessage = (event) => {
  const { id, input } = event.data;
  const started = performance.now();
  try {
    const positions = computeForceLayout(input);
    scope.postMessage({ id, positions, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
