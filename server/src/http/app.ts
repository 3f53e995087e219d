import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';

import type { ResponseCacheOptions, SecurityConfig } from '../config';
import type { Database } from '../db/database';
import { addressFailureWindow } from '../domain/auth/accounts';
import type { Viewer } from '../domain/viewer';
import { createContext, type Context, type ResponseCachePort } from '../graphql/context';
import { CONTENT_POLICY } from './contentPolicy';
import { crossSiteGuard } from './crossSite';
import { embedRouter } from './embedRoute';
import { contextError } from './errors';
import { exportRouter } from './exportRoutes';
import { importRouter } from './importRoutes';
import { responseCache } from './responseCache';
import { requestCaller, sessionPort } from './session';
import { warmUp } from './warmUp';

export const CLIENT_DIST = resolve(__dirname, '..', '..', '..', 'client', 'dist');
export const MAX_BODY = '1mb';

/** One origin for everything: the API at /graphql, health at /healthz, and the built client. */
export function createApp(options: {
  db: Database;
  apollo: ApolloServer<Context>;
  security: SecurityConfig;
  responseCache: ResponseCacheOptions;
  /**
   * Send the explorer's main reads once in the background (./warmUp.ts). Off unless RA_WARM_UP=1: measured on this
   * shared machine it made the first 20 s after a restart worse, not better (bench/README.md, round two).
   */
  warmUp?: boolean;
}): Express {
  const { db, apollo, security } = options;
  if (options.warmUp ?? process.env.RA_WARM_UP === '1') {
    void warmUp(apollo, db).then((report) => {
      if (process.env.RA_WARM_UP_LOG === '1') console.log(`warm-up: ${report.millis} ms, ${report.failed} failed`);
    });
  }
  const answers = responseCache(db, options.responseCache);
  const addressFailures = addressFailureWindow();
  const app = express();
  app.disable('x-powered-by');
  trustProxies(app, security.trustedProxies);
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { ...CONTENT_POLICY, upgradeInsecureRequests: null } },
      strictTransportSecurity: security.secureCookies,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    const neo4j = await db.ping();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'degraded', neo4j: neo4j ? 'up' : 'down' });
  });

  const guard = crossSiteGuard(security);
  app.use(
    '/graphql',
    cors({ origin: security.corsOrigins, credentials: true }),
    guard,
    express.json({ limit: MAX_BODY }),
    answers.middleware((req, res) => requestCaller(db, req, res, security.secureCookies)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const locals = res.locals as { viewer?: Viewer; responseCache?: ResponseCachePort };
        try {
          const viewer = locals.viewer ?? (await requestCaller(db, req, res, security.secureCookies));
          return createContext(
            db,
            viewer,
            sessionPort(req, res, security.secureCookies, addressFailures),
            locals.responseCache,
          );
        } catch (error) {
          throw contextError(error);
        }
      },
    }),
  );

  app.use('/api', guard, exportRouter(db, security), importRouter(db, security));

  if (existsSync(CLIENT_DIST)) {
    app.use(embedRouter(db, CLIENT_DIST));
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The client is not built yet: run `npm run build` (npm start does it for you).');
    });
  }
  // Oversized or malformed bodies: a short JSON error, never a stack trace.
  app.use(
    (
      error: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error.status) return next(error);
      res.status(error.status).json({
        errors: [
          {
            message: error.type === 'entity.too.large' ? `Request body over ${MAX_BODY}` : 'Malformed request',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    },
  );
  return app;
}

/**
 * Whose X-Forwarded-For to believe: only the proxies named in RA_TRUSTED_PROXIES (addresses, subnets, or Express's
 * names loopback, linklocal, uniquelocal); none by default, since believing a header any client can send would let
 * it choose its own address and escape the per-address sign-in limit.
 */
function trustProxies(app: Express, proxies: readonly string[]): void {
  try {
    app.set('trust proxy', proxies.length > 0 ? [...proxies] : false);
  } catch (error) {
    throw new Error(`RA_TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`);
  }
}
