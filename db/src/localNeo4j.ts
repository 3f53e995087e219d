import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';

/** Where the repository's db/ folder is, so every workspace resolves the same paths. */
const DB_DIR = resolve(__dirname, '..');
const REPO_ROOT = resolve(DB_DIR, '..');
const JAR = join(DB_DIR, 'target', 'reform-atlas-neo4j-1.0.0.jar');
const LIB = join(DB_DIR, 'target', 'lib');
const MAIN_CLASS = 'org.reformatlas.db.EmbeddedNeo4j';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Folder holding the store, logs and the pid/ready markers. */
  home: string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Neo4j page cache, e.g. "512m". */
  pageCache?: string;
  /** How long to wait for Bolt to accept connections. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  uri: string;
  home: string;
}

/** The development database (`npm start`) and the test database (`npm test`) never share a store. */
export function defaultLocalOptions(purpose: 'dev' | 'test' = 'dev'): LocalNeo4jOptions {
  const port = Number(process.env.RA_NEO4J_PORT ?? (purpose === 'test' ? 7688 : 7687));
  const home = process.env.RA_NEO4J_HOME ?? join(REPO_ROOT, '.data', purpose === 'test' ? 'neo4j-test' : 'neo4j');
  return {
    port,
    home: resolve(home),
    heap: process.env.RA_NEO4J_HEAP ?? '1g',
    pageCache: process.env.RA_NEO4J_PAGECACHE ?? '512m',
  };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function readPid(home: string): number | undefined {
  const pidFile = join(home, 'pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether a process (or, for a negative number, any process of that group) exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portAnswers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolvePromise(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function status(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const pid = readPid(options.home);
  const running =
    pid !== undefined && isAlive(pid) && existsSync(join(options.home, 'ready')) && (await portAnswers(options.port));
  return { running, pid: running ? pid : undefined, uri: boltUri(options.port), home: options.home };
}

function newerThan(a: string, b: string): boolean {
  return statSync(a).mtimeMs > statSync(b).mtimeMs;
}

/** Builds the launcher jar and copies Neo4j's jars from Maven Central, once. */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  const pom = join(DB_DIR, 'pom.xml');
  const source = join(DB_DIR, 'src', 'main', 'java', 'org', 'reformatlas', 'db', 'EmbeddedNeo4j.java');
  if (existsSync(JAR) && existsSync(LIB) && !newerThan(pom, JAR) && !newerThan(source, JAR)) return;
  log('Building the embedded Neo4j launcher (Maven; the first run downloads Neo4j 5.26 from Maven Central)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', pom, 'package', '-DskipTests'], { stdio: 'inherit' });
  if (result.error) throw new Error(`Could not run Maven (is it installed and on PATH?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`Maven failed to build db/ (exit ${String(result.status)})`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function logTail(home: string, lines = 30): string {
  const file = join(home, 'launcher.log');
  if (!existsSync(file)) return '(no launcher.log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Starts the embedded Neo4j unless it already runs. Returns whether this call started it,
 * so a caller (the test runner) stops only what it started.
 */
export async function start(options: LocalNeo4jOptions): Promise<{ started: boolean; uri: string }> {
  // Jest runs the global setups of its projects concurrently: one caller starts Neo4j, the others wait.
  mkdirSync(options.home, { recursive: true });
  const lock = join(options.home, 'launcher.lock');
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > (options.timeoutMs ?? 180_000) || Date.now() > deadline) rmSync(lock, { force: true });
      else await sleep(250);
    }
  }
  try {
    return await startUnlocked(options);
  } finally {
    rmSync(lock, { force: true });
  }
}

async function startUnlocked(options: LocalNeo4jOptions): Promise<{ started: boolean; uri: string }> {
  const log = options.log ?? console.log;
  const uri = boltUri(options.port);
  if ((await status(options)).running) {
    log(`Neo4j already running on ${uri}`);
    return { started: false, uri };
  }
  if (await portAnswers(options.port)) {
    throw new Error(
      `Port ${options.port} on 127.0.0.1 is taken by another process. Stop it, set RA_NEO4J_PORT, or point NEO4J_URI at that server.`,
    );
  }
  ensureLauncherBuilt(log);
  rmSync(join(options.home, 'ready'), { force: true });
  const out = openSync(join(options.home, 'launcher.log'), 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      `${JAR}:${join(LIB, '*')}`,
      MAIN_CLASS,
      options.home,
      String(options.port),
      options.pageCache ?? '512m',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new Error('Could not start java (is a JDK 17+ on PATH?)');
  writeFileSync(join(options.home, 'pid'), String(child.pid));
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`Neo4j exited during start (code ${String(exited)}). Last log lines:\n${logTail(options.home)}`);
    }
    if (existsSync(join(options.home, 'ready')) && (await portAnswers(options.port))) {
      log(`Neo4j started on ${uri} (data in ${options.home})`);
      return { started: true, uri };
    }
    await sleep(250);
  }
  // It was started here and is of no use: stop it rather than leave a half-started store holding the port and lock.
  if (child.pid !== undefined && isAlive(child.pid)) process.kill(child.pid, 'SIGKILL');
  rmSync(join(options.home, 'pid'), { force: true });
  throw new Error(`Neo4j did not become ready within the timeout. Last log lines:\n${logTail(options.home)}`);
}

/** One CSV file of `neo4j-admin database import`: nodes with these labels (`Actor`, `Group:Network`) or links of a type. */
export interface ImportFile {
  kind: 'nodes' | 'relationships';
  /** Labels joined by ':' for nodes, the relationship type for relationships. */
  name: string;
  file: string;
}

/**
 * Replaces the store's `neo4j` database with the CSV files through Neo4j's bulk importer (`neo4j-admin database
 * import full`, run from the launcher's own jars), which writes the store files directly instead of through
 * transactions. The store must be stopped. Schema (constraints, indexes) is applied afterwards, at start.
 * Resolves with the importer's own duration; its output goes to <home>/import.log.
 */
export async function importCsv(
  options: LocalNeo4jOptions,
  files: readonly ImportFile[],
  arrayDelimiter: string,
): Promise<{ millis: number }> {
  if ((await status(options)).running) throw new Error('stop the store before importing into it');
  ensureLauncherBuilt(options.log ?? console.log);
  const conf = join(options.home, 'conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(join(conf, 'neo4j.conf'), '');
  const started = Date.now();
  const out = openSync(join(options.home, 'import.log'), 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-cp',
      `${JAR}:${join(LIB, '*')}`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      '--overwrite-destination',
      `--array-delimiter=${arrayDelimiter}`,
      // Its list of bad entries, empty for our files: beside the store, not in the caller's working directory.
      `--report-file=${join(options.home, 'import.report')}`,
      ...files.map((f) => `--${f.kind}=${f.name}=${resolve(f.file)}`),
    ],
    { env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf }, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const code = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (exit) => done(exit ?? -1));
  });
  if (code !== 0) {
    const tail = readFileSync(join(options.home, 'import.log'), 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(`neo4j-admin database import failed (exit ${code}):\n${tail}`);
  }
  return { millis: Date.now() - started };
}

/** Stops the embedded Neo4j cleanly (SIGTERM runs its shutdown hook); kills it if it hangs. */
export async function stop(options: LocalNeo4jOptions, timeoutMs = 60_000): Promise<boolean> {
  const log = options.log ?? console.log;
  const pid = readPid(options.home);
  if (pid === undefined || !isAlive(pid)) {
    log('Neo4j is not running');
    rmSync(join(options.home, 'pid'), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log('Neo4j did not stop in time; killing it');
    process.kill(pid, 'SIGKILL');
  }
  rmSync(join(options.home, 'pid'), { force: true });
  rmSync(join(options.home, 'ready'), { force: true });
  log('Neo4j stopped');
  return true;
}
