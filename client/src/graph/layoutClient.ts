/**
 * Main-thread side of the layout worker: one worker per graph, one layout at a time. A newer
 * request ends the one in progress (the worker is terminated, so its answer can never arrive);
 * if the worker cannot start (no Worker, a blocked script), the caller lays out on the main thread.
 */
import type { LayoutInput, PositionMap } from './layouts';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutAnswer = { id: number; positions: PositionMap; ms: number } | { id: number; error: string };

/** The worker's own time for the last answer, for the bench and data-worker-ms. */
export interface LayoutResult {
  positions: PositionMap;
  workerMs: number;
}

interface Current {
  id: number;
  resolve(result: LayoutResult | null): void;
  reject(error: Error): void;
}

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

export class LayoutWorker {
  private worker: Worker | null = null;
  private current: Current | null = null;
  private nextId = 1;
  /** Set once the worker failed to start or crashed: later layouts stay on the main thread. */
  failed = false;

  /** Starts the worker ahead of the first layout, so loading its script overlaps the data fetch. */
  warm(): void {
    if (!this.failed) this.ensure();
  }

  /** Positions for `input`, or null when a newer request or cancel() ended this one. */
  run(input: LayoutInput): Promise<LayoutResult | null> {
    this.cancel();
    const worker = this.ensure();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<LayoutResult | null>((resolve, reject) => {
      this.current = { id, resolve, reject };
      worker.postMessage({ id, input } satisfies LayoutRequest);
    });
  }

  /** Ends the layout in progress, if any: its promise resolves to null. */
  cancel(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    this.terminate();
    current.resolve(null);
  }

  dispose(): void {
    this.cancel();
    this.terminate();
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // Vite bundles the worker from this exact pattern (client build and bench page alike).
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const answer = event.data;
      const current = this.current;
      if (!current || answer.id !== current.id) return; // stale: a newer layout was requested
      this.current = null;
      if ('error' in answer) current.reject(new Error(`layout worker: ${answer.error}`));
      else current.resolve({ positions: answer.positions, workerMs: answer.ms });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.failed = true;
      const current = this.current;
      this.current = null;
      this.terminate();
      current?.reject(new Error(`layout worker failed: ${event.message || 'could not load'}`));
    };
    this.worker = worker;
    return worker;
  }
}
