/**
 * `npm run bench`: datasets, server latency (API vs raw Cypher vs @neo4j/graphql), throughput, load rate and
 * the client rendering benchmark and the explorer's page load on the seed; prints a table and writes bench/results/latest.json.
 *
 * Flags: --datasets 1k,10k,100k (the default; e.g. --datasets 10k for one), --quick (fewer samples, shorter runs),
 * --skip-client, --skip-throughput, --skip-metrics, --reload (reload the datasets).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { startLocalNeo4j, stopLocalNeo4j } from '@reform-atlas/db';

import type { Neo4jConfig } from '../../server/src/config';
import { measureClient } from './client';
import { DATASETS, openDataset } from './datasets';
import { measureLatency, searchWords, visibleActorIds } from './latency';
import { measureMetrics } from './metrics';
import { mixedWorkload } from './operations';
import { measurePageLoad } from './pageLoad';
import { formatTable, row, type ResultRow } from './stats';
import { runLoad, startChildServer, warmUp, WINDOW_SECONDS } from './throughput';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

// RA_BENCH_RESULTS: another folder, for a side run that must not replace the recorded results.
const resultsDir = process.env.RA_BENCH_RESULTS ?? join(__dirname, '..', 'results');

interface SavedLoad {
  actors: number;
  relationships: number;
  millis: number;
  at: string;
  method?: 'import' | 'unwind';
}

function readLoad(file: string): SavedLoad | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SavedLoad;
}

/**
 * The mixed read workload at 10 and 50 connections, first with the response cache off (every request does its
 * work), then with it on after one pass over the workload (the 400 requests a browsing session repeats).
 */
async function measureThroughput(
  config: Neo4jConfig,
  dataset: string,
  seconds: number,
  restartSeconds: number,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  let uncached50: number | undefined;
  let cached50: number | undefined;
  let workload: Array<{ query: string; variables: Record<string, unknown> }> = [];
  for (const cache of ['off', 'on'] as const) {
    const server = await startChildServer(config, cache === 'off' ? { RA_RESPONSE_CACHE_MB: '0' } : {});
    try {
      const graphqlUrl = new URL('graphql', server.url).toString();
      workload = mixedWorkload(await visibleActorIds(graphqlUrl), await searchWords(graphqlUrl));
      if (cache === 'on') await warmUp(server.url, workload);
      await runLoad(server.url, workload, { connections: 10, seconds: 3 }); // warm-up: query plans, JIT
      let baseline: number | undefined;
      for (const connections of [10, 50]) {
        const result = await runLoad(server.url, workload, { connections, seconds });
        log(
          `  mixed reads ${connections} conns, response cache ${cache}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latency.p50.toFixed(0)} p99 ${result.latency.p99.toFixed(0)} ms, errors ${result.errors}`,
        );
        const op = `mixed reads, ${connections} connections, ${cache === 'off' ? 'no response cache' : 'response cache warm'}`;
        const against =
          cache === 'on' && connections === 50 && uncached50 !== undefined
            ? { name: 'no cache, 50 conns', value: uncached50 }
            : baseline === undefined
              ? undefined
              : { name: '10 connections req/s', value: baseline };
        rows.push(
          row(op, dataset, 'requests/s', result.requestsPerSecond, '1/s', against),
          row(op, dataset, 'p99', result.latency.p99, 'ms'),
          row(op, dataset, 'errors', result.errors, 'count'),
        );
        baseline ??= result.requestsPerSecond;
        if (cache === 'off' && connections === 50) uncached50 = result.requestsPerSecond;
        if (cache === 'on' && connections === 50) cached50 = result.requestsPerSecond;
      }
    } finally {
      await server.close();
    }
  }
  // A restart (issue 19): Neo4j and the API both stopped and started again, then the same load at once for the first
  // minute, without and with the API's warm-up at start (server/src/http/warmUp.ts); the default server (response
  // cache on) against the warm one above, over the whole minute, in its last 10 s, and the first 10 s window that
  // reached half the warm throughput.
  const local = config.local;
  if (local && workload.length > 0) {
    for (const warm of ['0', '1'] as const) {
      await stopLocalNeo4j({ ...local, log: () => undefined });
      await startLocalNeo4j({ ...local, log: () => undefined });
      const server = await startChildServer(config, { RA_WARM_UP: warm });
      try {
        const result = await runLoad(server.url, workload, { connections: 50, seconds: restartSeconds });
        const op = `mixed reads, 50 connections, first ${restartSeconds} s after a restart, ${warm === '1' ? 'warm-up at start' : 'no warm-up'}`;
        const last = result.perWindow.at(-1) ?? 0;
        const half = cached50 === undefined ? -1 : result.perWindow.findIndex((rate) => rate >= cached50 / 2);
        log(
          `  ${op}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latency.p99.toFixed(0)} ms, errors ${result.errors}; per ${WINDOW_SECONDS} s: ${result.perWindow.map((r) => r.toFixed(0)).join(', ')} req/s`,
        );
        const warmRow = cached50 === undefined ? undefined : { name: 'warm, cache on, 50 conns', value: cached50 };
        rows.push(
          row(op, dataset, 'requests/s', result.requestsPerSecond, '1/s', warmRow),
          row(op, dataset, `requests/s in the last ${WINDOW_SECONDS} s`, last, '1/s', warmRow),
          row(op, dataset, 'seconds to half the warm rate', half < 0 ? -1 : (half + 1) * WINDOW_SECONDS, 's'),
          row(op, dataset, 'p99', result.latency.p99, 'ms'),
          row(op, dataset, 'errors', result.errors, 'count'),
        );
      } finally {
        await server.close();
      }
    }
  }
  return rows;
}

function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const quick = flag('--quick');
  const wanted = (value('--datasets') ?? '1k,10k,100k').split(',');
  const specs = process.env.NEO4J_URI
    ? DATASETS.filter((d) => d.name === (wanted[0] ?? '10k'))
    : DATASETS.filter((d) => wanted.includes(d.name));
  const rows: ResultRow[] = [];
  const throughputOn = process.env.RA_BENCH_THROUGHPUT_DATASET ?? '10k';
  for (const spec of specs) {
    log(`dataset ${spec.name} (${spec.actors} actors)`);
    const ds = await openDataset(spec, { log, reload: flag('--reload') });
    try {
      // A reused store was loaded by an earlier run: its figures are kept beside the results and reported
      // as such, so a run that reuses the 100k store still shows its load rate.
      const loadFile = join(resultsDir, `load-${spec.name}.json`);
      const load = ds.load ? { ...ds.load, at: new Date().toISOString() } : readLoad(loadFile);
      if (ds.load) {
        mkdirSync(resultsDir, { recursive: true });
        writeFileSync(loadFile, `${JSON.stringify(load, null, 2)}\n`);
      }
      if (load) {
        const seconds = load.millis / 1000;
        const how = load.method === 'import' ? 'neo4j-admin import' : 'UNWIND batches';
        const op = ds.load ? `load (${how})` : `load (${how}, earlier run ${load.at.slice(0, 10)})`;
        rows.push(
          row(op, spec.name, 'relationships/s', load.relationships / seconds, '1/s'),
          row(op, spec.name, 'actors/s', load.actors / seconds, '1/s'),
          row(op, spec.name, 'duration', seconds, 's'),
        );
      }
      if (!flag('--skip-latency'))
        rows.push(
          ...(await measureLatency({
            dataset: spec.name,
            actors: spec.actors,
            config: ds.config,
            sampleScale: quick ? 0.25 : 1,
            compareInterpreted: spec.name === throughputOn || specs.length === 1,
            log,
          })),
        );
      if (!flag('--skip-throughput') && (spec.name === throughputOn || specs.length === 1)) {
        rows.push(...(await measureThroughput(ds.config, spec.name, quick ? 5 : 10, 60)));
      }
      if (!flag('--skip-client') && spec.name === (process.env.RA_BENCH_CLIENT_DATASET ?? '10k')) {
        rows.push(...(await measureClient({ config: ds.config, dataset: spec.name, quick, log })));
      }
    } finally {
      await ds.close();
    }
  }
  // Network analytics (issue 18): computed from the generator's datasets, no store needed.
  if (!flag('--skip-metrics')) rows.push(...(await measureMetrics({ datasets: specs.map((s) => s.name), log })));
  // On its own store of the seed, so never with NEO4J_URI (that database holds the run's one dataset).
  if (!flag('--skip-client') && !process.env.NEO4J_URI) rows.push(...(await measurePageLoad({ quick, log })));
  const table = formatTable(rows);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const dir = resultsDir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync(
    join(dir, 'latest.md'),
    `Machine: ${machine}; run ${new Date().toISOString()}, ${((Date.now() - started) / 60000).toFixed(1)} min.\n\n${table}\n`,
  );
  console.log(
    `\n${table}\n\nMachine: ${machine}. Total ${((Date.now() - started) / 60000).toFixed(1)} min. Wrote bench/results/latest.json`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
