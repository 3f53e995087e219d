import { generateSyntheticDataset, illustrativeDataset } from '@reform-atlas/seed';

import type { Database } from '../src/db/database';
import { listActors } from '../src/domain/actors';
import { loadDataset, wipe } from '../src/domain/seeding';
import { freshDatabase } from './testDatabase';

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db.close();
});

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A fingerprint of the whole store: counts and every property of every node and relationship. */
async function fingerprint(): Promise<{ nodes: number; rels: number; digest: string }> {
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
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha256').update(stableJson([row?.nodeProps, row?.relProps])).digest('hex');
  return { nodes: Number(row?.nodes), rels: Number(row?.rels), digest };
}

describe('seed', () => {
  test('the illustrative seed loads, and loading it again changes nothing', async () => {
    const first = await loadDataset(db, illustrativeDataset);
    expect(first.actors).toBeGreaterThanOrEqual(150);
    const before = await fingerprint();
    await loadDataset(db, illustrativeDataset);
    expect(await fingerprint()).toEqual(before);
  });

  test('civil-society actors in Cambodia interested in community forestry', async () => {
    const page = await listActors(db, { role: 'analyst' }, {
      filter: { countries: ['KH'], sectors: ['CIVIL_SOCIETY'], themes: ['community-forestry'] },
      first: 100,
    });
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
    const report = await loadDataset(db, dataset, { kind: 'synthetic', batchSize: 400, onProgress: (l) => lines.push(l) });
    expect(report.actors).toBe(1_000);
    expect(lines).toContain('seed-actors: 1000/1000');
    const [row] = await db.runStatement('MATCH (a:Actor) RETURN count(a) AS actors, COUNT { ()-[:COLLABORATES_WITH]->() } AS collaborations');
    expect(Number(row?.actors)).toBe(1_000);
    expect(Number(row?.collaborations)).toBe(dataset.collaborations.length);
    const before = await fingerprint();
    await loadDataset(db, dataset, { kind: 'synthetic' });
    expect(await fingerprint()).toEqual(before);
  }, 120_000);
});
