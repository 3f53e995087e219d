/**
 * Computes the network measures in a thread of its own: at 100,000 actors they take seconds of CPU that would
 * otherwise stall every request the server is answering. The thread lives on between computations (starting one
 * and loading graphology costs more than the measures of a small map); tasks come one at a time, each answered
 * with progress by phase, then its result.
 */
import { parentPort } from 'node:worker_threads';

import { computeMetrics } from './compute';
import type { MetricsMessage, MetricsTask } from './protocol';

const post = (message: MetricsMessage): void => parentPort?.postMessage(message);

parentPort?.on('message', (task: MetricsTask) => {
  try {
    const result = computeMetrics(task.input, {
      ...task.options,
      onProgress: (phase, done, total) => post({ id: task.id, type: 'progress', phase, done, total }),
    });
    const { heapUsed, rss } = process.memoryUsage();
    post({ id: task.id, type: 'done', result: { ...result, memory: { heapUsed, rss } } });
  } catch (error) {
    post({ id: task.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
