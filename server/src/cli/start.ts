import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { startLocalNeo4j, stopLocalNeo4j } from '@reform-atlas/db';
import { illustrativeDataset } from '@reform-atlas/seed';

import { serverConfigFromEnv } from '../config';
import { Database } from '../db/database';
import { ensureFirstAdmin } from '../domain/auth/accounts';
import { isEmpty, loadDataset } from '../domain/seeding';
import { startServer } from '../main';

const CLIENT_DIR = resolve(__dirname, '..', '..', '..', 'client');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the client when its sources are newer than the last build. */
function ensureClientBuilt(): void {
  const built = join(CLIENT_DIR, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(CLIENT_DIR, 'src')), statSync(join(CLIENT_DIR, 'index.html')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the client (Vite)…');
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The client build failed');
}

/** `npm start`: Neo4j, schema, seed (into an empty database), API and client on one printed URL. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = serverConfigFromEnv();
  let startedNeo4j = false;
  if (config.neo4j.local) {
    startedNeo4j = (await startLocalNeo4j(config.neo4j.local)).started;
  } else {
    console.log(`Using the Neo4j at ${config.neo4j.uri} (NEO4J_URI)`);
  }
  ensureClientBuilt();
  const db = Database.connect(config.neo4j);
  await db.applySchema();
  if (await isEmpty(db)) {
    console.log('The database is empty: loading the illustrative seed…');
    const report = await loadDataset(db, illustrativeDataset);
    console.log(`Loaded ${report.actors} illustrative actors and ${report.relationships} links in ${report.millis} ms`);
  }
  const admin = await ensureFirstAdmin(db);
  const server = await startServer(config, db);
  if (admin) {
    console.log(`\nThe first administrator is '${admin.username}'. Its one-time password`);
    console.log(`(shown only now; the page asks for a new password right after signing in with it):  ${admin.password}`);
  }
  console.log(`\nReform Atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
  console.log(`GraphQL API: ${server.url}graphql   Health: ${server.url}healthz   (Ctrl-C stops)`);

  const shutdown = async (): Promise<void> => {
    console.log('\nStopping…');
    await server.close();
    if (startedNeo4j && config.neo4j.local) await stopLocalNeo4j(config.neo4j.local);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
