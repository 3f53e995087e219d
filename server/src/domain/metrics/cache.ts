/**
 * Computed measures kept in memory, keyed by the data version, the audience and the arguments: the second request
 * for the same network costs one count-store read. The data version is the writes this process has made plus
 * cypher/queries/data-fingerprint.cypher (read at most once a second, as the response cache does), so a write here
 * is seen at once and one made by another instance within a second. A computation asked for twice while it runs is
 * run once; its progress is readable while it runs.
 */
import { writesInThisProcess, type Database } from '../../db/database';
import type { MetricsResult } from './compute';

const CHECK_INTERVAL_MS = 1_000;
/** Results at 100,000 actors are tens of MB: keep a few. */
const MAX_ENTRIES = 6;

export interface Progress {
  phase: string;
  done: number;
  total: number;
  startedAt: number;
}

export class MetricsCache {
  private fingerprint: { value: string; at: number; writes: number } | null = null;
  private readonly entries = new Map<string, MetricsResult>();
  private readonly running = new Map<string, { promise: Promise<MetricsResult>; progress: Progress }>();

  async version(db: Database): Promise<string> {
    const writes = writesInThisProcess();
    const known = this.fingerprint;
    if (!known || known.writes !== writes || Date.now() - known.at >= CHECK_INTERVAL_MS) {
      const [row] = await db.read('data-fingerprint');
      this.fingerprint = { value: JSON.stringify(row?.fingerprint ?? null), at: Date.now(), writes };
    }
    return `${writes}|${this.fingerprint?.value ?? ''}`;
  }

  get(key: string): MetricsResult | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: move the hit to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  progress(key: string): Progress | undefined {
    return this.running.get(key)?.progress;
  }

  /** The running computation for the key, or a new one started with `compute`. */
  run(key: string, compute: (progress: Progress) => Promise<MetricsResult>): Promise<MetricsResult> {
    const running = this.running.get(key);
    if (running) return running.promise;
    const progress: Progress = { phase: 'reading', done: 0, total: 1, startedAt: Date.now() };
    const promise = compute(progress)
      .then((result) => {
        this.entries.set(key, result);
        while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
        return result;
      })
      .finally(() => this.running.delete(key));
    this.running.set(key, { promise, progress });
    return promise;
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<Database, MetricsCache>();

/** One cache per database: tests run servers over different stores in one process. */
export function metricsCacheOf(db: Database): MetricsCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new MetricsCache();
    caches.set(db, cache);
  }
  return cache;
}
