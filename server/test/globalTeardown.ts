import { existsSync, rmSync } from 'node:fs';

import { stopLocalNeo4j } from '@reform-atlas/db';

import { neo4jConfigFromEnv } from '../src/config';
import { MARKER } from './globalSetup';

/** Stops the test Neo4j only if this run started it. */
export default async function globalTeardown(): Promise<void> {
  const config = neo4jConfigFromEnv('test');
  if (!config.local || !existsSync(MARKER)) return;
  rmSync(MARKER, { force: true });
  await stopLocalNeo4j({ ...config.local, log: () => undefined });
}
