/**
 * Computes the network measures in a thread of its own: at 100,000 actors they take seconds of CPU that would
 * otherwise stall every request the server is answering. The thread lives on between computations (starting one
 * and loading graphology costs more than the measures of a small map); tasks come one at a time, each answered
 * with progress by phase, then its result.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

import { computeMetrics } from './compute';
import type { MetricsMessage, MetricsTask } from './protocol';

const post = (message: MetricsMessage): void => parentPort?.postMessage(message);

/**
 * CPU time this thread has used, in ms (Linux: /proc/thread-self/stat, utime + stime in 1/100 s; null elsewhere).
 * On a busy machine the wall time of a computation says more about the machine than about the computation.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

parentPort?.on('message', (task: MetricsTask) => {
  try {
    const cpuBefore = threadCpuMs();
    const result = computeMetrics(task.input, {
      ...task.options,
      onProgress: (phase, done, total) => post({ id: task.id, type: 'progress', phase, done, total }),
    });
    const { heapUsed, rss } = process.memoryUsage();
    const cpuAfter = threadCpuMs();
    const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    post({ id: task.id, type: 'done', result: { ...result, memory: { heapUsed, rss }, cpuMs } });
  } catch (error) {
    post({ id: task.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
