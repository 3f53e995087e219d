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
