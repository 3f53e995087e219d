import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

import type { Database, Row } from '../db/database';
import { DomainError } from '../errors';

/**
 * A backup is one gzip'd JSON-lines file: a header, then every node, then every relationship, each
 * with the names of its date/datetime properties so a restore gives them their Neo4j types back.
 * It is written while rows stream from Neo4j, so the database never has to fit in memory.
 */
export const BACKUP_FORMAT = 'reform-atlas-backup';

export interface BackupReport {
  nodes: number;
  relationships: number;
  millis: number;
}

export async function backupDatabase(db: Database, file: string): Promise<BackupReport> {
  const started = Date.now();
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: unknown): Promise<void> => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  await write({ format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString() });
  const nodes = await db.stream('backup-nodes', {}, (row) => write({ t: 'n', ...row }));
  const relationships = await db.stream('backup-relationships', {}, (row) => write({ t: 'r', ...row }));
  gzip.end();
  await once(out, 'close');
  return { nodes, relationships, millis: Date.now() - started };
}

/** Restores a backup into an empty database (refuses otherwise), in batches. */
export async function restoreDatabase(
  db: Database,
  file: string,
  options: { batchSize?: number; onProgress?: (line: string) => void } = {},
): Promise<BackupReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5_000;
  const [count] = await db.read('node-count');
  if (Number(count?.nodes ?? 0) > 0) {
    throw new DomainError('CONFLICT', 'The database is not empty: restore only into an empty database');
  }
  await db.applySchema();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header = true;
  let nodes: Row[] = [];
  let relationships: Row[] = [];
  const totals = { nodes: 0, relationships: 0 };
  const flushNodes = async (): Promise<void> => {
    if (nodes.length === 0) return;
    await db.write('restore-nodes', { rows: nodes });
    totals.nodes += nodes.length;
    nodes = [];
    options.onProgress?.(`nodes: ${totals.nodes}`);
  };
  const flushRelationships = async (): Promise<void> => {
    if (relationships.length === 0) return;
    await db.write('restore-relationships', { rows: relationships });
    totals.relationships += relationships.length;
    relationships = [];
    options.onProgress?.(`relationships: ${totals.relationships}`);
  };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as Row;
    if (header) {
      if (entry.format !== BACKUP_FORMAT)
        throw new DomainError('BAD_USER_INPUT', `file: not a Reform Atlas backup`, 'file');
      header = false;
    } else if (entry.t === 'n') {
      nodes.push(entry);
      if (nodes.length >= batchSize) await flushNodes();
    } else if (entry.t === 'r') {
      await flushNodes();
      relationships.push(entry);
      if (relationships.length >= batchSize) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  for (;;) {
    const [row] = await db.write('restore-finish-batch', { batch: 10_000 });
    if (Number(row?.finished ?? 0) === 0) break;
  }
  return { ...totals, millis: Date.now() - started };
}
