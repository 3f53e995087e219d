/** Messages between the metrics service (runner.ts) and its worker thread (worker.ts). */
import type { MetricsOptions, MetricsResult, NetworkInput } from './compute';

export interface MetricsTask {
  id: number;
  input: NetworkInput;
  options: Omit<MetricsOptions, 'onProgress'>;
}

export type MetricsMessage =
  | { id: number; type: 'progress'; phase: string; done: number; total: number }
  | { id: number; type: 'done'; result: MetricsResult }
  | { id: number; type: 'failed'; message: string };
