/**
 * `npx tsx bench/src/checkImport.ts [--actors 1000]`: proves the bulk import writes the same store as the Cypher load,
 * and times both on the same machine in the same minutes. Loads the synthetic map into a scratch store through UNWIND
 * batches (seed-*-new.cypher), reads every node and relationship with its properties, then replaces the store through
 * neo4j-admin import (server/src/domain/bulkLoad.ts) and reads it again; the two must be equal but for the load's
 * timestamps (createdAt, updatedAt, loadedAt). Exit 1 when not. Activities and their links (HELD_IN, ADDRESSES,
 * PARTICIPATED_IN) are imported from CSV too, so they are compared like every other node and relationship.
 * The scratch store: RA_NEO4J_HOME (default .data/neo4j-check-import) on RA_NEO4J_PORT (default 7695).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { importCsv, startLocalNeo4j, stopLocalNeo4j } from '@reform-atlas/db';
import { generateSyntheticDataset } from '@reform-atlas/seed';

import { Database } from '../../server/src/db/database';
import { ARRAY_DELIMITER, finishBulkLoad, writeBulkFiles } from '../../server/src/domain/bulkLoad';
import { loadDataset, wipe } from '../../server/src/domain/seeding';
import { LOAD_AVAILABILITY, REPO_ROOT } from './datasets';

const local = {
  port: Number(process.env.RA_NEO4J_PORT ?? 7695),
  home: process.env.RA_NEO4J_HOME ?? join(REPO_ROOT, '.data', 'neo4j-check-import'),
  heap: '1g',
  pageCache: '256m',
};
const config = { uri: `bolt://127.0.0.1:${local.port}`, username: '', password: '', database: 'neo4j', local };
const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'loadedAt']);

function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !TIMESTAMPS.has(key))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, withoutTimestamps(v)]),
  );
}

/** A digest of every node and relationship with its properties, in a fixed order. */
async function storeDigest(db: Database): Promise<string> {
  const [row] = await db.runStatement(`
    CALL () { MATCH (n) WITH n ORDER BY labels(n)[0], n.id RETURN collect([labels(n), n.id, properties(n)]) AS nodes }
    CALL () {
      MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id
      RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships
    }
    RETURN nodes, relationships`);
  return createHash('sha256')
    .update(JSON.stringify(withoutTimestamps(row)))
    .digest('hex');
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--actors');
  const dataset = generateSyntheticDataset({ actors: at >= 0 ? Number(process.argv[at + 1]) : 1_000 });
  await startLocalNeo4j(local);
  let db = Database.connect(config, LOAD_AVAILABILITY);
  try {
    await db.applySchema();
    await wipe(db);
    const loaded = await loadDataset(db, dataset, { kind: 'synthetic' });
    const viaCypher = await storeDigest(db);
    await db.close();
    await stopLocalNeo4j(local);
    const started = Date.now();
    const bulk = await writeBulkFiles(dataset, join(local.home, 'import'), { kind: 'synthetic' });
    const imported = await importCsv(local, bulk.files, ARRAY_DELIMITER);
    await startLocalNeo4j(local);
    db = Database.connect(config, LOAD_AVAILABILITY);
    await finishBulkLoad(db, dataset, { kind: 'synthetic' });
    const importMillis = Date.now() - started;
    const viaImport = await storeDigest(db);
    const rate = (millis: number) => `${Math.round((bulk.relationships / millis) * 1000)} relationships/s`;
    console.log(
      `UNWIND batches ${(loaded.millis / 1000).toFixed(1)} s (${rate(loaded.millis)}); import ${(importMillis / 1000).toFixed(1)} s (${rate(importMillis)}; neo4j-admin alone ${(imported.millis / 1000).toFixed(1)} s, ${rate(imported.millis)})`,
    );
    const same = viaCypher === viaImport && loaded.relationships === bulk.relationships;
    console.log(
      `${same ? 'SAME' : 'DIFFERENT'}: UNWIND load ${viaCypher.slice(0, 12)} (${loaded.relationships} relationships), import ${viaImport.slice(0, 12)} (${bulk.relationships})`,
    );
    process.exitCode = same ? 0 : 1;
  } finally {
    await db.close();
    await stopLocalNeo4j(local);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
