import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import { createUser } from '../src/domain/auth/accounts';
import { wipe } from '../src/domain/seeding';
import { backupDatabase, restoreDatabase } from '../src/maintenance/backup';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { fingerprint, freshDatabase } from './testDatabase';

let db: Database;

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
});

afterAll(async () => {
  await db.close();
});

test('backup then restore into an empty database gives back the same graph, types included', async () => {
  await createUser(db, 'system', { username: 'ana', role: 'analyst', password: 'correct horse battery' });
  const gql = await GraphqlHarness.create(db);
  await gql.ok(
    'mutation { updateActor(id: "kh-gov", version: 1, patch: { name: "Provincial Land Office (Siem Reap)" }) { id } }',
    {},
    { role: 'analyst', userId: 'u', username: 'ana' },
  );
  await gql.stop();
  const before = await fingerprint(db);
  const [typesBefore] = await db.runStatement(
    "MATCH (a:Actor {id: 'kh-cso-a'})-[r:INTERESTED_IN]->() RETURN valueType(a.createdAt) AS created, valueType(r.recordedAt) AS recorded, valueType(a.influence) AS influence LIMIT 1",
  );

  const file = join(mkdtempSync(join(tmpdir(), 'ra-backup-')), 'backup.jsonl.gz');
  const backup = await backupDatabase(db, file);
  expect(backup.nodes).toBe(before.nodes);
  expect(backup.relationships).toBe(before.rels);

  await wipe(db);
  await expect(restoreDatabase(db, file)).resolves.toMatchObject({ nodes: before.nodes, relationships: before.rels });
  expect(await fingerprint(db)).toEqual(before);
  const [typesAfter] = await db.runStatement(
    "MATCH (a:Actor {id: 'kh-cso-a'})-[r:INTERESTED_IN]->() RETURN valueType(a.createdAt) AS created, valueType(r.recordedAt) AS recorded, valueType(a.influence) AS influence LIMIT 1",
  );
  expect(typesAfter).toEqual(typesBefore);
  const [leftovers] = await db.runStatement('MATCH (n:RestoringNode) RETURN count(n) AS n');
  expect(Number(leftovers?.n)).toBe(0);

  await expect(restoreDatabase(db, file)).rejects.toMatchObject({ code: 'CONFLICT' });
});
