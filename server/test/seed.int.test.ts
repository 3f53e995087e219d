import { generateSyntheticDataset, illustrativeDataset } from '@reform-atlas/seed';

import type { Database } from '../src/db/database';
import { listActors } from '../src/domain/actors';
import { loadDataset, wipe } from '../src/domain/seeding';
import { fingerprint as storeFingerprint, freshDatabase } from './testDatabase';

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db.close();
});

describe('seed', () => {
  test('the illustrative seed loads, and loading it again changes nothing', async () => {
    const first = await loadDataset(db, illustrativeDataset);
    expect(first.actors).toBeGreaterThanOrEqual(150);
    const before = await storeFingerprint(db);
    await loadDataset(db, illustrativeDataset);
    expect(await storeFingerprint(db)).toEqual(before);
  });

  test('civil-society actors in Cambodia interested in community forestry', async () => {
    const page = await listActors(
      db,
      { role: 'analyst' },
      {
        filter: { countries: ['KH'], sectors: ['CIVIL_SOCIETY'], themes: ['community-forestry'] },
        first: 100,
      },
    );
    const expected = illustrativeDataset.actors
      .filter(
        (a) =>
          a.sector === 'CIVIL_SOCIETY' &&
          (a.basedIn === 'KH' || a.operatesIn.includes('KH')) &&
          a.interests.some((i) => i.theme === 'community-forestry'),
      )
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(page.actors.map((a) => a.id).sort()).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  test('the synthetic generator loads in batches with progress, idempotently', async () => {
    await wipe(db);
    const dataset = generateSyntheticDataset({ actors: 1_000 });
    const lines: string[] = [];
    const report = await loadDataset(db, dataset, {
      kind: 'synthetic',
      batchSize: 400,
      onProgress: (l) => lines.push(l),
    });
    expect(report.actors).toBe(1_000);
    expect(lines).toContain('seed-actors: 1000/1000');
    const [row] = await db.runStatement(
      'MATCH (a:Actor) RETURN count(a) AS actors, COUNT { ()-[:COLLABORATES_WITH]->() } AS collaborations',
    );
    expect(Number(row?.actors)).toBe(1_000);
    expect(Number(row?.collaborations)).toBe(dataset.collaborations.length);
    const before = await storeFingerprint(db);
    await loadDataset(db, dataset, { kind: 'synthetic' });
    expect(await storeFingerprint(db)).toEqual(before);
  }, 120_000);
});
