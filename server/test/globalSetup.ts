import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { startLocalNeo4j } from '@reform-atlas/db';

import { neo4jConfigFromEnv } from '../src/config';
import { ensureNetworkx } from './pythonTools';

export const MARKER = resolve(__dirname, '..', '..', '.data', 'test-started-neo4j');

/**
 * Makes sure networkx is installed for the export interoperability test (stopping the run, with what is missing,
 * when it cannot be), then starts the test Neo4j (a store separate from `npm start`'s) unless NEO4J_TEST_URI
 * points elsewhere.
 */
export default async function globalSetup(): Promise<void> {
  ensureNetworkx();
  const config = neo4jConfigFromEnv('test');
  if (!config.local) return;
  const { started } = await startLocalNeo4j({ ...config.local, log: () => undefined });
  if (started) {
    mkdirSync(dirname(MARKER), { recursive: true });
    writeFileSync(MARKER, join(config.local.home));
  }
}
