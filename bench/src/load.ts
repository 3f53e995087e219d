/**
 * `npm run test:load` (issue 6): mixed reads at 50 concurrent clients for 60 seconds on the 10k synthetic
 * dataset; throughput, p50/p95/p99, errors (must be zero), and the API server's RSS before and after.
 * RA_LOAD_SECONDS and RA_LOAD_CONNECTIONS override the defaults.
 */
import { DATASETS, openDataset } from './datasets';
import { searchWords } from './latency';
import { mixedWorkload } from './operations';
import { runLoad, startChildServer } from './throughput';

async function main(): Promise<void> {
  const spec = DATASETS.find((d) => d.name === (process.env.RA_LOAD_DATASET ?? '10k'));
  if (!spec) throw new Error('unknown dataset');
  const ds = await openDataset(spec, { log: console.log });
  let failed = false;
  try {
    const server = await startChildServer(ds.config);
    try {
      const words = await searchWords(new URL('graphql', server.url).toString());
      const workload = mixedWorkload(spec.actors, words);
      await runLoad(server.url, workload, { connections: 10, seconds: 5 }); // warm-up
      const before = server.rssMb();
      const seconds = Number(process.env.RA_LOAD_SECONDS ?? 60);
      const result = await runLoad(server.url, workload, { connections: Number(process.env.RA_LOAD_CONNECTIONS ?? 50), seconds });
      await new Promise((r) => setTimeout(r, 5_000));
      const after = server.rssMb();
      console.log(
        `Load test (${spec.name}, ${result.connections} connections, ${seconds} s): ${result.requests} requests, ` +
          `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latency.p50} p95 ${result.latency.p95} p99 ${result.latency.p99} ms, ` +
          `errors ${result.errors}; server RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`,
      );
      failed = result.errors > 0;
    } finally {
      await server.close();
    }
  } finally {
    await ds.close();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
