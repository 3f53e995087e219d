/**
 * Runs computations of the measures in one worker thread (worker.ts), started on first use and kept (unreferenced,
 * so it never holds the process open). Tasks queue in the thread: the measures use one core, and two maps measured
 * at once would only each take twice as long. A thread that dies fails the tasks it holds and is started again.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { MetricsOptions, MetricsResult, NetworkInput } from './compute';
import type { MetricsMessage, MetricsTask } from './protocol';

/**
 * The worker's entry. The server runs from its TypeScript sources (under tsx, or Jest's transform in the tests), so
 * the thread registers tsx's CommonJS hook before it loads the module (as the XLSX reader's worker does).
 */
const WORKER = join(__dirname, `worker${extname(__filename)}`);
const WORKER_BOOT = `${extname(__filename) === '.ts' ? "require('tsx/cjs');" : ''} require(${JSON.stringify(WORKER)});`;

export type ProgressListener = (phase: string, done: number, total: number) => void;

interface Pending {
  resolve: (result: MetricsResult) => void;
  reject: (error: Error) => void;
  onProgress: ProgressListener;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const task of pending.values()) task.reject(error);
  pending.clear();
  worker = null;
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_BOOT, { eval: true });
  started.unref();
  started.on('message', (message: MetricsMessage) => {
    const task = pending.get(message.id);
    if (!task) return;
    if (message.type === 'progress') return task.onProgress(message.phase, message.done, message.total);
    pending.delete(message.id);
    if (message.type === 'done') task.resolve(message.result);
    else task.reject(new Error(`network measures failed: ${message.message}`));
  });
  started.on('error', (error) => {
    if (worker === started) failAll(error);
  });
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`the measures worker stopped (exit ${code}) before it answered`));
  });
  worker = started;
  return started;
}

export function runMetricsWorker(
  input: NetworkInput,
  options: Omit<MetricsOptions, 'onProgress'>,
  onProgress: ProgressListener = () => undefined,
): Promise<MetricsResult> {
  const id = nextId++;
  const task: MetricsTask = { id, input, options };
  return new Promise<MetricsResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    ensureWorker().postMessage(task);
  });
}

/** Stops the thread (tests and a server's shutdown); the next computation starts another. */
export async function stopMetricsWorker(): Promise<void> {
  const running = worker;
  worker = null;
  failAll(new Error('the measures worker was stopped'));
  await running?.terminate();
}
