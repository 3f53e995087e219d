/**
 * `npm run test:load` (issue 6): mixed reads at 50 concurrent clients for 60 seconds on the 10k synthetic
 * dataset; throughput, p50/p95/p99, errors (must be zero), and the API server's RSS before and after.
 * RA_LOAD_SECONDS and RA_LOAD_CONNECTIONS override the defaults.
 */
import { DATASETS, openDataset } from './datasets';
import { searchWords, visibleActorIds } from './latency';
import { mixedWorkload } from './operations';
import { runLoad, startChildServer } from './throughput';

async function main(): Promise<void> {
  const spec = DATASETS.find((d) => d.name === (process.env.RA_LOAD_DATASET ?? '10k'));
  if (!spec) throw new Error('unknown dataset');
  const ds = await openDataset(spec, { log: console.log });
  let failed = false;
  try {
    // The response cache off: this test loads the real work (Neo4j, resolvers), not answers from memory.
    const server = await startChildServer(ds.config, { RA_RESPONSE_CACHE_MB: '0' });
    try {
      const graphqlUrl = new URL('graphql', server.url).toString();
      const workload = mixedWorkload(await visibleActorIds(graphqlUrl), await searchWords(graphqlUrl));
      await runLoad(server.url, workload, { connections: 10, seconds: 5 }); // warm-up
      const before = server.rssMb();
      const seconds = Number(process.env.RA_LOAD_SECONDS ?? 60);
      const connections = Number(process.env.RA_LOAD_CONNECTIONS ?? 50);
      // RSS every 5 s during the run, then a second, shorter run: memory that kept growing would show there.
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(server.rssMb()), 5_000);
      const result = await runLoad(server.url, workload, { connections, seconds }).finally(() =>
        clearInterval(sampler),
      );
      await new Promise((r) => setTimeout(r, 5_000));
      const after = server.rssMb();
      const again = await runLoad(server.url, workload, { connections, seconds: Math.ceil(seconds / 3) });
      await new Promise((r) => setTimeout(r, 5_000));
      const afterAgain = server.rssMb();
      console.log(
        `Load test (${spec.name}, ${result.connections} connections, ${seconds} s): ${result.requests} requests, ` +
          `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latency.p50.toFixed(0)} p95 ${result.latency.p95.toFixed(0)} ` +
          `p99 ${result.latency.p99.toFixed(0)} ms, errors ${result.errors}`,
      );
      console.log(
        `Server RSS (MB): ${before.toFixed(0)} before; during ${samples.map((m) => m.toFixed(0)).join(' ')}; ${after.toFixed(0)} after`,
      );
      console.log(
        `Second run (${again.connections} connections, ${Math.ceil(seconds / 3)} s): ${again.requestsPerSecond.toFixed(0)} req/s, ` +
          `errors ${again.errors}; RSS ${afterAgain.toFixed(0)} MB after (${afterAgain <= after * 1.1 ? 'steady' : 'GREW'} vs ${after.toFixed(0)})`,
      );
      failed = result.errors > 0 || again.errors > 0;
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
