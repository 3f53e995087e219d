import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';

import type { Database } from '../db/database';
import { createContext, type Context } from '../graphql/context';
import type { Viewer } from '../domain/viewer';

export const CLIENT_DIST = resolve(__dirname, '..', '..', '..', 'client', 'dist');

/** One origin for everything: the API at /graphql, health at /healthz, and the built client. */
export function createApp(options: { db: Database; apollo: ApolloServer<Context>; viewerFor?: (req: express.Request) => Viewer }): Express {
  const { db, apollo } = options;
  const viewerFor = options.viewerFor ?? (() => ({ role: 'analyst' as const }));
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    const neo4j = await db.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'degraded', neo4j: neo4j ? 'up' : 'down' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, viewerFor(req)) }),
  );

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The client is not built yet: run `npm run build` (npm start does it for you).');
    });
  }
  return app;
}
