/**
 * The API server in its own process for throughput and load tests, so the load generator does not share
 * its event loop. Prints "READY <url>" when listening.
 */
import type { ServerConfig } from '../../server/src/config';
import { startServer } from '../../server/src/main';

async function main(): Promise<void> {
  const uri = process.env.RA_BENCH_URI;
  if (!uri) throw new Error('RA_BENCH_URI is not set');
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: {
      uri,
      username: process.env.RA_BENCH_USERNAME ?? '',
      password: process.env.RA_BENCH_PASSWORD ?? '',
      database: process.env.RA_BENCH_DATABASE ?? 'neo4j',
    },
    security: { anonymousRead: true },
  };
  const running = await startServer(config);
  // Exit on SIGTERM rather than die of it, so `--cpu-prof` (bench/src/profile.ts) writes its profile.
  process.once('SIGTERM', () => {
    void running.close().finally(() => process.exit(0));
  });
  console.log(`READY ${running.url}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
