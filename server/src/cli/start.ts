/**
 * `npm start` runs this file in one Node process (`node --import tsx`), not through the tsx command: on SIGINT or
 * SIGTERM the tsx command waits 30 ms for its child to report the signal, another 30 ms after relaying it, then sends
 * SIGKILL. A server busy for longer than that (a large answer being serialised, a loaded machine) was killed in the
 * middle of stopping, leaving Neo4j's pid file behind or Neo4j itself running (seen in the lifecycle test when the
 * CI ran beside a benchmark; reproduced with a child busy in 150 ms slices: killed every time under tsx, clean under
 * node --import tsx).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '@reform-atlas/db';
import { illustrativeDataset } from '@reform-atlas/seed';

import { serverConfigFromEnv } from '../config';
import { Database } from '../db/database';
import { ensureFirstAdmin } from '../domain/auth/accounts';
import { isEmpty, loadDataset } from '../domain/seeding';
import { startServer, type RunningServer } from '../main';

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

/**
 * What `npm start` has started, for the shutdown to undo. Ctrl-C in a terminal sends SIGINT to every process of
 * the group (npm, sh and this one), and a second Ctrl-C or a relayed signal may follow: the handlers stay installed
 * and stopping happens once. They are installed before Neo4j starts, so a Ctrl-C during start-up, or a failed
 * start, stops the Neo4j this process started too. Neo4j runs in a process group of its own (it must not die
 * with the terminal's signal): it is stopped with SIGTERM, which flushes the store.
 */
let neo4j: { options: LocalNeo4jOptions; start: Promise<{ started: boolean }> } | undefined;
let db: Database | undefined;
let server: RunningServer | undefined;
let stopping: Promise<void> | undefined;

async function stopEverything(): Promise<void> {
  try {
    // The HTTP server, Apollo and the driver (or just the driver, if the server never started).
    if (server) await server.close();
    else await db?.close();
  } finally {
    const started = neo4j ? (await neo4j.start.catch(() => ({ started: false }))).started : false;
    if (neo4j && started) await stopLocalNeo4j(neo4j.options);
  }
}

/** Stops everything once, then exits; later calls (a second signal, a start-up step failing because of the stop) wait for it. */
function shutdown(exitCode: number): Promise<void> {
  stopping ??= stopEverything().then(
    () => process.exit(exitCode),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
  return stopping;
}

function onSignal(): void {
  if (stopping) {
    console.log('Still stopping (Neo4j is flushing its store)…');
    return;
  }
  console.log('\nStopping…');
  void shutdown(0);
}

/** `npm start`: Neo4j, schema, seed (into an empty database), API and client on one printed URL. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = serverConfigFromEnv();
  if (config.neo4j.local) {
    neo4j = { options: config.neo4j.local, start: startLocalNeo4j(config.neo4j.local) };
    await neo4j.start;
  } else {
    console.log(`Using the Neo4j at ${config.neo4j.uri} (NEO4J_URI)`);
  }
  if (stopping) return;
  ensureClientBuilt();
  db = Database.connect(config.neo4j);
  await db.applySchema();
  if (stopping) return;
  if (await isEmpty(db)) {
    console.log('The database is empty: loading the illustrative seed…');
    const report = await loadDataset(db, illustrativeDataset);
    console.log(`Loaded ${report.actors} illustrative actors and ${report.relationships} links in ${report.millis} ms`);
  }
  if (stopping) return;
  const admin = await ensureFirstAdmin(db);
  if (stopping) return;
  server = await startServer(config, db);
  if (stopping) return;
  if (admin) {
    console.log(`\nThe first administrator is '${admin.username}'. Its one-time password`);
    console.log(
      `(shown only now; the page asks for a new password right after signing in with it):  ${admin.password}`,
    );
  }
  console.log(`\nReform Atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${server.url}`);
  console.log(`GraphQL API: ${server.url}graphql   Health: ${server.url}healthz   (Ctrl-C stops)`);
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
main().catch((error: unknown) => {
  // A step that fails because a signal is stopping everything is not news; anything else is.
  if (!stopping) console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
