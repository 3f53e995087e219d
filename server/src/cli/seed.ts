import { startLocalNeo4j } from '@reform-atlas/db';
import { generateSyntheticDataset, illustrativeDataset } from '@reform-atlas/seed';

import { neo4jConfigFromEnv } from '../config';
import { Database } from '../db/database';
import { loadDataset, wipe } from '../domain/seeding';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * `npm run seed` loads the illustrative dataset (idempotent).
 * `npm run seed -- --scale 10000` loads the deterministic synthetic dataset of that many actors.
 * `--replace` empties the database first; `--test` targets the test database.
 */
async function main(): Promise<void> {
  const config = neo4jConfigFromEnv(process.argv.includes('--test') ? 'test' : 'dev');
  if (config.local) await startLocalNeo4j(config.local);
  const db = Database.connect(config);
  try {
    await db.applySchema();
    if (process.argv.includes('--replace')) {
      console.log('Emptying the database…');
      await wipe(db);
    }
    const scale = argValue('--scale');
    const generateStart = Date.now();
    const dataset = scale ? generateSyntheticDataset({ actors: Number(scale) }) : illustrativeDataset;
    if (scale) console.log(`Generated ${dataset.actors.length} synthetic actors in ${Date.now() - generateStart} ms`);
    const report = await loadDataset(db, dataset, {
      kind: scale ? 'synthetic' : 'illustrative',
      onProgress: (line) => console.log(`  ${line}`),
    });
    const perSecond = Math.round((report.relationships / report.millis) * 1000);
    console.log(
      `Loaded ${report.actors} actors and ${report.relationships} relationships in ${(report.millis / 1000).toFixed(1)} s (${perSecond} relationships/s)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
