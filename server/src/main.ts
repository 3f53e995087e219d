import type { Server } from 'node:http';

import { responseCacheConfigFromEnv, securityConfigFromEnv, type ServerConfig } from './config';
import { Database } from './db/database';
import { createApolloServer } from './graphql/server';
import { createApp } from './http/app';

/** How long a request still running when the server stops may take to finish. */
const CLOSE_GRACE_MS = 5_000;

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** Connects to Neo4j, applies the schema and serves the API and client on one port. */
export async function startServer(config: ServerConfig, db = Database.connect(config.neo4j)): Promise<RunningServer> {
  await db.applySchema();
  const security = { ...securityConfigFromEnv(config.production), ...config.security };
  const apollo = createApolloServer({ production: config.production, anonymousRead: security.anonymousRead });
  await apollo.start();
  const app = createApp({
    db,
    apollo,
    security,
    responseCache: { ...responseCacheConfigFromEnv(), ...config.responseCache },
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`,
    db,
    close: async () => {
      // New connections stop at once; idle keep-alive ones close now; a request still running may finish within
      // the grace period (a long export), after which its connection is cut so that stopping never hangs.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await closed;
      clearTimeout(grace);
      await apollo.stop();
      await db.close();
    },
  };
}
