/** One suite's stack: a freshly seeded test database, the real API + client server, and Chromium. */
import { generateSyntheticDataset, illustrativeDataset } from '@reform-atlas/seed';
import type { Browser, Page } from 'playwright-core';

import { neo4jConfigFromEnv } from '../../server/src/config';
import { createUser } from '../../server/src/domain/auth/accounts';
import { loadDataset } from '../../server/src/domain/seeding';
import { startServer, type RunningServer } from '../../server/src/main';
import { freshDatabase } from '../../server/test/testDatabase';
import { launchChromium, requireClientBuild } from './browser';

/** The account the browser tests sign in with to edit (created in the fresh test database). */
export const ANALYST = { username: 'e2e-analyst', role: 'analyst' as const, password: 'e2e-analyst-password-2015' };

export interface Stack {
  server: RunningServer;
  browser: Browser;
  url: string;
  /** A page of its own (a fresh context: no cookies shared) at 1,440 × 900, with the page's errors logged. */
  openPage(options?: { acceptDownloads?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** A synthetic map of this many actors instead of the illustrative seed (the 10k map of the browser tests). */
  syntheticActors?: number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  requireClientBuild();
  const synthetic = options.syntheticActors;
  const db = await freshDatabase(synthetic === undefined ? illustrativeDataset : undefined);
  if (synthetic !== undefined) {
    const loaded = await loadDataset(db, generateSyntheticDataset({ actors: synthetic }), {
      kind: 'synthetic',
      batchSize: 5_000,
    });
    console.log(
      `stack: ${loaded.actors} synthetic actors, ${loaded.relationships} links loaded in ${loaded.millis} ms`,
    );
  }
  await createUser(db, 'system', ANALYST);
  await db.close();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    production: false,
    neo4j: neo4jConfigFromEnv('test'),
  });
  const chromium = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    server,
    browser: chromium.browser,
    url: server.url,
    openPage: async (options = {}) => {
      const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      return page;
    },
    close: async () => {
      await chromium.close();
      await server.close();
    },
  };
}
