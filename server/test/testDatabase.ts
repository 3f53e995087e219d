import { createHash } from 'node:crypto';

import type { SeedDataset } from '@reform-atlas/seed';

import { neo4jConfigFromEnv } from '../src/config';
import { Database } from '../src/db/database';
import { loadDataset, wipe } from '../src/domain/seeding';

/**
 * A clean test database for one suite: emptied, schema applied, the given fixture loaded.
 * Suites run one at a time (Community Neo4j has a single user database).
 */
export async function freshDatabase(fixture?: SeedDataset): Promise<Database> {
  const db = Database.connect(neo4jConfigFromEnv('test'));
  await wipe(db);
  await db.applySchema();
  if (fixture) await loadDataset(db, fixture, { kind: 'illustrative' });
  db.roundTrips = 0;
  return db;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A fingerprint of the whole store (DatasetMeta aside): counts and every property of every node and relationship. */
export async function fingerprint(db: Database): Promise<{ nodes: number; rels: number; digest: string }> {
  const [row] = await db.runStatement(`
    MATCH (n) WITH count(n) AS nodes
    MATCH ()-[r]->() WITH nodes, count(r) AS rels
    CALL () {
      MATCH (n) WHERE NOT n:DatasetMeta
      WITH n ORDER BY labels(n)[0], n.id
      RETURN collect([labels(n)[0], n.id, properties(n)]) AS nodeProps
    }
    CALL () {
      MATCH (a)-[r]->(b)
      WITH a, r, b ORDER BY a.id, type(r), b.id
      RETURN collect([a.id, type(r), b.id, properties(r)]) AS relProps
    }
    RETURN nodes, rels, nodeProps, relProps`);
  const digest = createHash('sha256')
    .update(stableJson([row?.nodeProps, row?.relProps]))
    .digest('hex');
  return { nodes: Number(row?.nodes), rels: Number(row?.rels), digest };
}
