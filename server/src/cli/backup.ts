import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { startLocalNeo4j } from '@reform-atlas/db';

import { neo4jConfigFromEnv } from '../config';
import { Database } from '../db/database';
import { wipe } from '../domain/seeding';
import { backupDatabase, restoreDatabase } from '../maintenance/backup';

const DEFAULT_FILE = resolve(__dirname, '..', '..', '..', '.data', 'backups', 'reform-atlas-backup.jsonl.gz');

/**
 * `npm run backup [-- file]` writes the whole database to one file.
 * `npm run restore [-- file] [--replace]` brings it back into an empty database (--replace empties it first).
 */
async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const file = resolve(rest.find((a) => !a.startsWith('--')) ?? DEFAULT_FILE);
  const config = neo4jConfigFromEnv(rest.includes('--test') ? 'test' : 'dev');
  if (config.local) await startLocalNeo4j(config.local);
  const db = Database.connect(config);
  try {
    if (command === 'backup') {
      mkdirSync(dirname(file), { recursive: true });
      const report = await backupDatabase(db, file);
      console.log(
        `Backed up ${report.nodes} nodes and ${report.relationships} relationships to ${file} in ${report.millis} ms`,
      );
    } else if (command === 'restore') {
      if (rest.includes('--replace')) await wipe(db);
      const report = await restoreDatabase(db, file, { onProgress: (line) => console.log(`  ${line}`) });
      console.log(
        `Restored ${report.nodes} nodes and ${report.relationships} relationships from ${file} in ${report.millis} ms`,
      );
    } else {
      console.error('usage: backup.ts backup|restore [file] [--replace] [--test]');
      process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
