import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Database } from '../src/db/database';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

let db: Database;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
});

afterAll(async () => {
  await db.close();
});

test('an import killed in the middle of its commit leaves the database exactly as before', async () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => `Kill Test Actor ${i},KH,MEDIA,LOCAL`);
  const file = join(mkdtempSync(join(tmpdir(), 'ra-kill-')), 'actors.csv');
  writeFileSync(file, `name,country,sector,level\n${rows.join('\n')}\n`);
  const before = await fingerprint(db);

  const root = resolve(__dirname, '..', '..');
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/cli/import.ts', '--commit', '--test', file],
    {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const killedWhileWriting = await new Promise<boolean>((resolvePromise) => {
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/writing: \d+\/\d+ rows/.test(output) && child.exitCode === null) {
        child.kill('SIGKILL');
        resolvePromise(true);
      }
    });
    child.on('exit', () => resolvePromise(false));
  });
  await new Promise((r) => child.once('exit', r).once('close', r));
  expect(killedWhileWriting).toBe(true);
  // Neo4j rolls back the open transaction when its connection drops.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await fingerprint(db)).toEqual(before);
}, 180_000);
