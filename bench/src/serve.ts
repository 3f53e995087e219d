/**
 * The API server in its own process for throughput and load tests, so the load generator does not share
 * its event loop. Prints "READY <url>" when listening. With RA_BENCH_NO_CACHE_CONTROL=1 it builds the same
 * server with Apollo's cache-control plugin disabled (an experiment; the project's startServer is untouched).
 */
import type { Server } from 'node:http';

import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

import { securityConfigFromEnv, type ServerConfig } from '../../server/src/config';
import { Database } from '../../server/src/db/database';
import { createApolloServer } from '../../server/src/graphql/server';
import { createApp } from '../../server/src/http/app';
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
  if (process.env.RA_BENCH_NO_CACHE_CONTROL !== '1') {
    const running = await startServer(config);
    console.log(`READY ${running.url}`);
    return;
  }
  const db = Database.connect(config.neo4j);
  await db.applySchema();
  const security = { ...securityConfigFromEnv(false), anonymousRead: true };
  const apollo = createApolloServer({ production: false, anonymousRead: true, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const app = createApp({ db, apollo, security });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  console.log(`READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
