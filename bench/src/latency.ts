/**
 * Latency of the main operations through the GraphQL API, side by side with the same work done by the raw
 * Cypher through neo4j-driver (the floor for our API layer) and, for actor(id) and actors(filter), through an
 * @neo4j/graphql server over the same database. Samples are interleaved request by request, so a noisy
 * machine slows every mode alike and the ratios hold.
 */
import { performance } from 'node:perf_hooks';

import neo4j, { type Driver } from 'neo4j-driver';

import type { Neo4jConfig, ServerConfig } from '../../server/src/config';
import { toParams } from '../../server/src/db/convert';
import { Database, type Params, type QueryName } from '../../server/src/db/database';
import { query } from '../../server/src/db/queries';
import { startServer } from '../../server/src/main';
import { ActorIdsDocument, ActorNamesDocument } from './generated/graphql';
import { NEO4J_GRAPHQL_ACTOR, NEO4J_GRAPHQL_ACTORS, startNeo4jGraphqlServer } from './neo4jGraphql';
import { mixedWorkload, operations, type Document, type Operation } from './operations';
import { row, summarise, type ResultRow } from './stats';
import { runLoad } from './throughput';

interface Statement {
  name: QueryName;
  params: Params;
}

interface GraphqlAnswer {
  data?: unknown;
  errors?: Array<{ message: string }>;
}

export async function postGraphql(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as GraphqlAnswer;
  if (!response.ok && !answer.errors) throw new Error(`HTTP ${response.status}`);
  return answer;
}

/** Sends a typed document (the page's or the bench's); the data comes back typed as the document's result. */
export async function postDocument<TResult, TVariables extends Record<string, unknown>>(
  url: string,
  document: Document<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult | null> {
  const answer = await postGraphql(url, { query: document.toString(), variables });
  return (answer.data as TResult | null | undefined) ?? null;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Replays the statements one API request sent, each in its own session as the server does. */
async function replayRaw(driver: Driver, database: string, statements: readonly Statement[]): Promise<number> {
  let records = 0;
  for (const s of statements) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(query(s.name), toParams(s.params) as Params));
      records += result.records.length;
    } finally {
      await session.close();
    }
  }
  return records;
}

/** Words from actor names, to search for the way a user types them. */
export async function searchWords(graphqlUrl: string): Promise<string[]> {
  const data = await postDocument(graphqlUrl, ActorNamesDocument, {});
  const names = (data?.actors.nodes ?? []).map((n) => n.name);
  const words = names
    .flatMap((n) =>
      n
        .split(/\s+/)
        .filter((w) => w.length >= 5)
        .slice(0, 1),
    )
    .map((w) => w.slice(0, 5).toLowerCase());
  return [...new Set(words)].slice(0, 20);
}

/**
 * Ids of actors an anonymous caller may see, spread over the whole id range (a page ordered by name): the
 * synthetic data marks 1% of actors sensitive, and asking for one of those is a NOT_FOUND, not a measurement.
 */
export async function visibleActorIds(graphqlUrl: string): Promise<string[]> {
  const data = await postDocument(graphqlUrl, ActorIdsDocument, {});
  const ids = (data?.actors.nodes ?? []).map((n) => n.id);
  if (ids.length < 2) throw new Error('the dataset has fewer than two visible actors');
  return ids;
}

export interface LatencyOptions {
  dataset: string;
  actors: number;
  config: Neo4jConfig;
  /** Scales every operation's sample count (e.g. 0.5 for a quick run). */
  sampleScale: number;
  /** Also send every request to a server executing through graphql-js (one dataset: it adds a request per sample). */
  compareInterpreted?: boolean;
  log: (line: string) => void;
}

export async function measureLatency(options: LatencyOptions): Promise<ResultRow[]> {
  const { config, log, dataset } = options;
  const db = Database.connect(config);
  const recorded: Statement[] = [];
  const read = db.read.bind(db);
  // Record what each request sends, to replay exactly that through the bare driver.
  db.read = (name: QueryName, params: Params = {}) => {
    recorded.push({ name, params });
    return read(name, params);
  };
  // The response cache off: these figures are the work of each request, paired with the same work in raw Cypher
  // (repeated arguments would otherwise be answered from memory). Throughput is measured with it on and off.
  // No warm-up at start (server/src/http/warmUp.ts): its statements would land among the recorded ones; the mixed
  // workload below warms the server instead. createApp reads RA_WARM_UP as startServer builds it.
  const warmUpSetting = process.env.RA_WARM_UP;
  process.env.RA_WARM_UP = '0';
  const server = await startServer(inProcessConfig(config), db);
  const interpreted = options.compareInterpreted ? await startInterpretedServer(config) : undefined;
  if (warmUpSetting === undefined) delete process.env.RA_WARM_UP;
  else process.env.RA_WARM_UP = warmUpSetting;
  const interpretedUrl = interpreted ? new URL('graphql', interpreted.url).toString() : undefined;
  const apiUrl = new URL('graphql', server.url).toString();
  const auth = config.username ? neo4j.auth.basic(config.username, config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth, { disableLosslessIntegers: false });
  const alt = await startNeo4jGraphqlServer(config);
  const rows: ResultRow[] = [];
  try {
    const words = await searchWords(apiUrl);
    const ids = await visibleActorIds(apiUrl);
    // A Neo4j just started (and often just loaded) runs Cypher on code the JVM has not compiled yet: on fresh stores
    // the raw actor(id) read took 12.7 ms p50 where a store that had served for a while took 5.9. The mixed
    // workload runs first, so each operation is measured on a database and server that have been working.
    const warmSeconds = options.sampleScale < 1 ? 5 : 30;
    log(`  ${dataset}: warming up with the mixed workload for ${warmSeconds} s`);
    await runLoad(server.url, mixedWorkload(ids, words), { connections: 4, seconds: warmSeconds });
    if (interpreted)
      await runLoad(interpreted.url, mixedWorkload(ids, words), { connections: 4, seconds: warmSeconds / 5 });
    const ops = operations(ids, words, { actor: NEO4J_GRAPHQL_ACTOR, actors: NEO4J_GRAPHQL_ACTORS });
    for (const op of ops)
      rows.push(
        ...(await measureOperation(op, {
          apiUrl,
          ...(interpretedUrl ? { interpretedUrl } : {}),
          altUrl: alt.url,
          driver,
          database: config.database,
          recorded,
          dataset,
          sampleScale: options.sampleScale,
          log,
        })),
      );
  } finally {
    await alt.close();
    await driver.close();
    await server.close();
    await interpreted?.close();
  }
  return rows;
}

/** An API server in this process, on a free port, anonymous reading on and the response cache off. */
const inProcessConfig = (neo4j: Neo4jConfig): ServerConfig => ({
  port: 0,
  host: '127.0.0.1',
  production: false,
  neo4j,
  security: { anonymousRead: true },
  responseCache: { maxMegabytes: 0 },
});

/**
 * The same server executing through graphql-js instead of graphql-jit (server/src/graphql/compiledExecution.ts), on
 * a Database of its own (not recorded), for the compiled ÷ interpreted rows. The warm-up is off as for the other.
 */
async function startInterpretedServer(config: Neo4jConfig) {
  const settings = { RA_COMPILED_EXECUTION: process.env.RA_COMPILED_EXECUTION, RA_WARM_UP: process.env.RA_WARM_UP };
  process.env.RA_COMPILED_EXECUTION = '0';
  process.env.RA_WARM_UP = '0';
  try {
    return await startServer(inProcessConfig(config), Database.connect(config));
  } finally {
    for (const [name, value] of Object.entries(settings)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Wall time one operation's samples may take (all modes together), once MIN_SAMPLES are in. */
const OPERATION_BUDGET_MS = 40_000;
const MIN_SAMPLES = 20;

async function measureOperation(
  op: Operation,
  ctx: {
    apiUrl: string;
    /** Set on the dataset where compiled and interpreted execution are compared. */
    interpretedUrl?: string;
    altUrl: string;
    driver: Driver;
    database: string;
    recorded: Statement[];
    dataset: string;
    sampleScale: number;
    log: (line: string) => void;
  },
): Promise<ResultRow[]> {
  const samples = Math.max(10, Math.round(op.samples * ctx.sampleScale));
  const warmup = Math.min(10, samples);
  const api: number[] = [];
  const raw: number[] = [];
  const alt: number[] = [];
  const interpreted: number[] = [];
  let errors = 0;
  let altErrors = 0;
  let statementsPerRequest = 0;
  const started = performance.now();
  for (let i = 0; i < warmup + samples; i += 1) {
    // A time budget per operation: at 100k the heaviest requests take seconds each, and their full sample counts
    // alone had pushed `npm run bench` past half an hour. At least MIN_SAMPLES are always taken.
    if (i >= warmup + MIN_SAMPLES && performance.now() - started > OPERATION_BUDGET_MS) break;
    const measure = i >= warmup;
    const variables = op.variables(i);
    // The interpreted server's request goes first on every other sample: which of two requests for the same thing
    // comes first changes its time (the second finds Neo4j's pages and plans warm), and neither side should always win.
    const viaGraphqlJs = () => timed(() => postGraphql(ctx.interpretedUrl ?? '', { query: op.query, variables }));
    const early = ctx.interpretedUrl && i % 2 === 1 ? await viaGraphqlJs() : undefined;
    ctx.recorded.length = 0;
    const a = await timed(() => postGraphql(ctx.apiUrl, { query: op.query, variables }));
    if (a.value.errors) {
      errors += 1;
      if (errors === 1) ctx.log(`  ${op.name}: ${a.value.errors[0]?.message ?? 'error'}`);
    }
    const statements = [...ctx.recorded];
    statementsPerRequest = statements.length;
    const r = await timed(() => replayRaw(ctx.driver, ctx.database, statements));
    const g = early ?? (ctx.interpretedUrl ? await viaGraphqlJs() : undefined);
    if (measure) {
      api.push(a.ms);
      raw.push(r.ms);
      if (g) interpreted.push(g.ms);
    }
    if (op.neo4jGraphql) {
      const g = await timed(() =>
        postGraphql(ctx.altUrl, {
          query: op.neo4jGraphql?.query ?? '',
          variables: op.neo4jGraphql?.variables(i) ?? {},
        }),
      );
      if (g.value.errors) {
        altErrors += 1;
        if (altErrors === 1) ctx.log(`  ${op.name} (@neo4j/graphql): ${g.value.errors[0]?.message ?? 'error'}`);
      }
      if (measure) alt.push(g.ms);
    }
  }
  const sa = summarise(api);
  const sr = summarise(raw);
  const si = interpreted.length > 0 ? summarise(interpreted) : undefined;
  ctx.log(
    `  ${ctx.dataset} ${op.name}: API p50 ${sa.p50.toFixed(1)} p95 ${sa.p95.toFixed(1)} ms, raw p50 ${sr.p50.toFixed(1)} ms` +
      ` (${statementsPerRequest} statement${statementsPerRequest === 1 ? '' : 's'}), errors ${errors}` +
      (si ? `; through graphql-js p50 ${si.p50.toFixed(1)} p95 ${si.p95.toFixed(1)} ms` : ''),
  );
  const base = (name: string, v: number) => ({ name, value: v });
  const out: ResultRow[] = [
    row(op.name, ctx.dataset, 'p50', sa.p50, 'ms', base('raw Cypher p50', sr.p50)),
    row(op.name, ctx.dataset, 'p95', sa.p95, 'ms', base('raw Cypher p95', sr.p95)),
    row(op.name, ctx.dataset, 'p99', sa.p99, 'ms', base('raw Cypher p99', sr.p99)),
  ];
  if (si)
    out.push(
      row(op.name, ctx.dataset, 'p50, compiled vs graphql-js', sa.p50, 'ms', base('graphql-js p50', si.p50)),
      row(op.name, ctx.dataset, 'p95, compiled vs graphql-js', sa.p95, 'ms', base('graphql-js p95', si.p95)),
    );
  if (errors > 0) out.push(row(op.name, ctx.dataset, 'errors', errors, 'count'));
  if (op.neo4jGraphql) {
    const sg = summarise(alt);
    ctx.log(
      `  ${ctx.dataset} ${op.name}: @neo4j/graphql p50 ${sg.p50.toFixed(1)} p95 ${sg.p95.toFixed(1)} ms, errors ${altErrors}`,
    );
    out.push(
      row(op.name, ctx.dataset, 'p50 vs @neo4j/graphql', sa.p50, 'ms', base('@neo4j/graphql p50', sg.p50)),
      row(op.name, ctx.dataset, 'p95 vs @neo4j/graphql', sa.p95, 'ms', base('@neo4j/graphql p95', sg.p95)),
    );
    if (altErrors > 0) out.push(row(`${op.name} @neo4j/graphql`, ctx.dataset, 'errors', altErrors, 'count'));
  }
  return out;
}
