/**
 * The benchmark datasets: one Neo4j store per size, on its own port, so a benchmark never touches the
 * development or test stores of other engineers. A store is loaded once (checked by its DatasetMeta and
 * actor count) and reused by later runs.
 */
import { join, resolve } from 'node:path';

import { importCsv, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '@reform-atlas/db';
import { generateSyntheticDataset, illustrativeDataset } from '@reform-atlas/seed';

import type { Neo4jConfig } from '../../server/src/config';
import type { AvailabilityOptions } from '../../server/src/db/availability';
import { Database } from '../../server/src/db/database';
import { finishBulkLoad, writeBulkFiles, ARRAY_DELIMITER } from '../../server/src/domain/bulkLoad';
import { datasetInfo } from '../../server/src/domain/catalogue';
import { loadDataset, wipe } from '../../server/src/domain/seeding';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/**
 * For loading: a batch write takes seconds, and on a machine shared with other work a probe of a busy Neo4j can take
 * longer than the server's 1.2 s, which fails the load with DATABASE_UNAVAILABLE although nothing is down.
 */
export const LOAD_AVAILABILITY: AvailabilityOptions = {
  slowAfterMs: 60_000,
  probeTimeoutMs: 30_000,
  recoveryIntervalMs: 1_000,
};

export interface DatasetSpec {
  /** "1k", "10k", "100k"; "seed" for the illustrative dataset. */
  name: string;
  actors: number;
  port: number;
  /** The illustrative seed instead of a synthetic map of `actors` actors. */
  illustrative?: boolean;
}

/** The store the page-load row opens the explorer on: the illustrative seed, as a new user meets it. */
export const SEED_DATASET: DatasetSpec = {
  name: 'seed',
  actors: illustrativeDataset.actors.length,
  port: 7700,
  illustrative: true,
};

export const DATASETS: DatasetSpec[] = [
  { name: '1k', actors: 1_000, port: 7701 },
  { name: '10k', actors: 10_000, port: 7702 },
  { name: '100k', actors: 100_000, port: 7703 },
];

export interface LoadFigures {
  actors: number;
  relationships: number;
  millis: number;
  /** 'import': neo4j-admin's bulk importer into an empty store; 'unwind': Cypher UNWIND batches. */
  method: 'import' | 'unwind';
  /**
   * For an import: writing the CSV files, the importer itself, starting the store, then building its indexes with what
   * the files cannot carry (`finishBulkLoad`).
   */
  parts?: { csvMillis: number; importMillis: number; startMillis: number; finishMillis: number };
}

export interface OpenDataset {
  spec: DatasetSpec;
  config: Neo4jConfig;
  /** Set when this run loaded the data (a reused store reports nothing). */
  load?: LoadFigures;
  /** Stops the store if this run started it. */
  close(): Promise<void>;
}

export function localOptions(spec: DatasetSpec, log: (line: string) => void): LocalNeo4jOptions {
  return {
    port: Number(process.env[`RA_BENCH_PORT_${spec.name.toUpperCase()}`] ?? spec.port),
    home: resolve(process.env.RA_BENCH_HOME ?? join(REPO_ROOT, '.data'), `bench-${spec.name}`),
    heap: process.env.RA_NEO4J_HEAP ?? '2g',
    // The 100k store is ~1.3 GB on disk: a page cache that holds it keeps local queries off the disk.
    pageCache: process.env.RA_NEO4J_PAGECACHE ?? (spec.actors > 50_000 ? '2g' : '1g'),
    timeoutMs: 240_000,
    log,
  };
}

/**
 * Starts (or reuses) the store for a dataset and makes sure it holds exactly that synthetic dataset.
 * With NEO4J_URI set, that database is used as is (one dataset size per run).
 */
export async function openDataset(
  spec: DatasetSpec,
  options: { log: (line: string) => void; reload?: boolean },
): Promise<OpenDataset> {
  const { log } = options;
  let config: Neo4jConfig;
  let stop = async (): Promise<void> => undefined;
  if (process.env.NEO4J_URI) {
    config = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    const local = localOptions(spec, log);
    const { started, uri } = await startLocalNeo4j(local);
    config = { uri, username: '', password: '', database: 'neo4j', local };
    if (started) stop = async () => void (await stopLocalNeo4j(local));
  }
  let load: LoadFigures | undefined;
  let db = Database.connect(config, LOAD_AVAILABILITY);
  try {
    await db.applySchema();
    const info = await datasetInfo(db, 'system');
    const kind = spec.illustrative ? 'illustrative' : 'synthetic';
    const present = info.kind === kind && info.actors === spec.actors;
    if (!present || options.reload) {
      const generated = Date.now();
      const dataset = spec.illustrative ? illustrativeDataset : generateSyntheticDataset({ actors: spec.actors });
      log(`${spec.name}: generated ${dataset.actors.length} actors in ${Date.now() - generated} ms; loading…`);
      // A local store of synthetic data from 10k actors up is replaced whole by Neo4j's bulk importer (below that, the
      // importer's JVM and the store's restart cost more than the UNWIND load); an external database, or the
      // illustrative seed, is emptied and loaded through Cypher. RA_BENCH_LOAD=import or =unwind forces one path.
      const local = config.local;
      const byImport =
        process.env.RA_BENCH_LOAD === 'import' || (process.env.RA_BENCH_LOAD !== 'unwind' && spec.actors >= 10_000);
      if (local && !spec.illustrative && byImport) {
        await db.close();
        await stopLocalNeo4j({ ...local, log: () => undefined });
        const started = Date.now();
        const bulk = await writeBulkFiles(dataset, join(local.home, 'import'), { kind });
        const csvMillis = Date.now() - started;
        const imported = await importCsv(local, bulk.files, ARRAY_DELIMITER);
        const startedAt = Date.now();
        await startLocalNeo4j(local);
        stop = async () => void (await stopLocalNeo4j(local));
        const runningAt = Date.now();
        db = Database.connect(config, LOAD_AVAILABILITY);
        await finishBulkLoad(db, dataset, { kind }); // the schema, its indexes built over the imported data, awaited
        const millis = Date.now() - started;
        const parts = {
          csvMillis,
          importMillis: imported.millis,
          startMillis: runningAt - startedAt,
          finishMillis: Date.now() - runningAt,
        };
        load = { actors: dataset.actors.length, relationships: bulk.relationships, millis, method: 'import', parts };
        log(
          `${spec.name}: imported ${load.actors} actors, ${load.relationships} relationships in ${(millis / 1000).toFixed(1)} s (CSV ${parts.csvMillis} ms, neo4j-admin import ${parts.importMillis} ms, start ${parts.startMillis} ms, indexes + fix-ups ${parts.finishMillis} ms)`,
        );
      } else {
        if (info.actors > 0 || info.groups > 0) {
          log(`${spec.name}: store holds ${info.actors} actors (${info.kind ?? 'no dataset'}); emptying it`);
          await wipe(db);
        }
        let lastLog = 0;
        const report = await loadDataset(db, dataset, {
          kind,
          batchSize: Number(process.env.RA_BENCH_BATCH ?? 5_000),
          onProgress: (line) => {
            if (Date.now() - lastLog > 10_000) {
              lastLog = Date.now();
              log(`  ${line}`);
            }
          },
        });
        load = { actors: report.actors, relationships: report.relationships, millis: report.millis, method: 'unwind' };
        log(
          `${spec.name}: loaded ${report.actors} actors, ${report.relationships} relationships in ${(report.millis / 1000).toFixed(1)} s`,
        );
      }
    } else {
      log(`${spec.name}: reusing the loaded store (${info.actors} actors)`);
    }
  } finally {
    await db.close();
  }
  return { spec, config, ...(load ? { load } : {}), close: stop };
}
