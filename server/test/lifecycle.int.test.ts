import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { portAnswers, processIsAlive as isAlive } from '@reform-atlas/db';

/**
 * `npm start` as a person runs it in a terminal: its own process group (npm → sh → tsx → node), an embedded
 * Neo4j of its own (a temporary store on a free port, never the suite's test store), and a browser's
 * keep-alive connection. Ctrl-C (SIGINT to the whole group) and SIGTERM to the group must stop the server
 * and the Neo4j it started, cleanly (SIGTERM to Neo4j, which flushes the store), and end npm.
 */
const ROOT = resolve(__dirname, '..', '..');
/** How long stopping may take once the signal is sent; Neo4j's own clean shutdown takes ~10 s here. */
const STOP_WITHIN_MS = 40_000;

interface RunningApp {
  npm: ChildProcess;
  /** npm's pid, which is also its process group's id. */
  group: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its Neo4j folder (pid file, launcher.log), and the java pid read from it once Neo4j is up. */
  home: string;
  javaPid: number;
  boltPort: number;
  output: () => string;
}

/** Every Neo4j folder made by this suite, removed at the end. */
const homes: string[] = [];
/** The first two tests share a store: the second start finds it seeded, as a person's second start does. */
let sharedHome: string;
let app: RunningApp | undefined;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until `npm start` has printed a line matching `pattern`; fails with its output if it exits first. */
async function waitFor(running: Omit<RunningApp, 'javaPid'>, pattern: RegExp): Promise<RegExpExecArray> {
  let done = false;
  void running.exited.then(() => (done = true));
  for (;;) {
    const match = pattern.exec(running.output());
    if (match) return match;
    if (done) throw new Error(`npm start exited before printing ${String(pattern)}:\n${running.output()}`);
    await sleep(200);
  }
}

/**
 * Spawns `npm start` in a process group of its own, with its own ports and Neo4j folder, and resolves once
 * it prints a line matching `until` (Neo4j is then up: its pid is read).
 */
async function spawnApp(home: string, until: RegExp): Promise<{ app: RunningApp; match: RegExpExecArray }> {
  const [httpPort, boltPort] = [await freePort(), await freePort()];
  // As from a terminal: Jest's NODE_ENV=test changes how libraries treat signals, and NEO4J_URI would
  // point the app at another server instead of starting its own.
  const { NODE_ENV: _nodeEnv, NEO4J_URI: _uri, ...env } = process.env;
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      PORT: String(httpPort),
      HOST: '127.0.0.1',
      RA_NEO4J_PORT: String(boltPort),
      RA_NEO4J_HOME: home,
      RA_NEO4J_HEAP: '512m',
      RA_NEO4J_PAGECACHE: '64m',
    },
  });
  const group = npm.pid;
  if (group === undefined) throw new Error('could not spawn npm');
  let output = '';
  npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    npm.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const starting = { npm, group, exited, home, boltPort, output: () => output };
  // Registered before waiting, so afterEach cleans up even if the start fails.
  app = { ...starting, javaPid: 0 };
  const match = await waitFor(starting, until);
  app.javaPid = Number(readFileSync(join(home, 'pid'), 'utf8').trim());
  return { app, match };
}

const READY = /Reform Atlas is ready in [\d.]+ s: (http:\/\/\S+)/;

/**
 * Waits, at most STOP_WITHIN_MS after the signal, until Neo4j and every process of npm's group have exited
 * (on SIGTERM npm and sh end at once while node finishes stopping), then checks that the stop was clean.
 */
async function expectStopped(running: RunningApp, sentAt: number): Promise<void> {
  const deadline = sentAt + STOP_WITHIN_MS;
  const state = (): { neo4j: boolean; group: boolean } => ({
    neo4j: isAlive(running.javaPid),
    group: isAlive(-running.group),
  });
  while ((state().neo4j || state().group) && Date.now() < deadline) await sleep(200);
  expect(state()).toEqual({ neo4j: false, group: false });
  expect(await portAnswers(running.boltPort)).toBe(false);
  expect(await running.exited).toBeDefined();
  // Neo4j ran its shutdown hook (SIGTERM, not a kill) and the launcher saw it go.
  expect(readFileSync(join(running.home, 'launcher.log'), 'utf8')).toMatch(/neo4j stopped\s*$/);
  expect(existsSync(join(running.home, 'pid'))).toBe(false);
  expect(running.output()).toContain('Stopping…');
}

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ra-lifecycle-'));
  homes.push(home);
  return home;
}

beforeAll(async () => {
  sharedHome = await newHome();
});

afterEach(async () => {
  // Whatever happened, leave nothing running: the group, then a Neo4j it may have left behind.
  const running = app;
  app = undefined;
  if (!running) return;
  if (running.npm.exitCode === null && running.npm.signalCode === null) {
    try {
      process.kill(-running.group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const pidFile = join(running.home, 'pid');
  const javaPid = running.javaPid || (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0);
  if (javaPid > 0 && isAlive(javaPid)) {
    process.kill(javaPid, 'SIGTERM');
    while (isAlive(javaPid)) await sleep(200);
  }
});

afterAll(async () => {
  for (const home of homes) await rm(home, { recursive: true, force: true });
});

describe('npm start stops the embedded Neo4j it started', () => {
  test('Ctrl-C (SIGINT to the process group) with a browser connection open', async () => {
    const { app: running, match } = await spawnApp(sharedHome, READY);
    const agent = new Agent({ keepAlive: true });
    try {
      const status = await new Promise<number | undefined>((resolveGet, reject) =>
        get(`${match[1]}healthz`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolveGet(res.statusCode));
        }).once('error', reject),
      );
      expect(status).toBe(200);
      const sentAt = Date.now();
      process.kill(-running.group, 'SIGINT');
      await expectStopped(running, sentAt);
    } finally {
      agent.destroy();
    }
  });

  test('SIGTERM to the process group', async () => {
    const { app: running } = await spawnApp(sharedHome, READY);
    const sentAt = Date.now();
    process.kill(-running.group, 'SIGTERM');
    await expectStopped(running, sentAt);
  });

  test('Ctrl-C during start-up, while the seed loads into a new store', async () => {
    const { app: running } = await spawnApp(await newHome(), /loading the illustrative seed/);
    const sentAt = Date.now();
    process.kill(-running.group, 'SIGINT');
    await expectStopped(running, sentAt);
    expect(running.output()).not.toMatch(READY);
  });
});
