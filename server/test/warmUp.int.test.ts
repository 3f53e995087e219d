import { illustrativeDataset } from '@reform-atlas/seed';

import type { Database } from '../src/db/database';
import { createApolloServer } from '../src/graphql/server';
import { warmUp } from '../src/http/warmUp';
import { freshDatabase } from './testDatabase';

let db: Database;

beforeAll(async () => {
  db = await freshDatabase(illustrativeDataset);
});

afterAll(async () => {
  await db.close();
});

describe('warm-up at start', () => {
  test('sends every warm-up document, each answered without errors, as reads only', async () => {
    const apollo = createApolloServer({ production: true });
    await apollo.start();
    try {
      const before = db.roundTrips;
      const report = await warmUp(apollo, db);
      expect(report.failed).toBe(0);
      // The ids, then nine documents; suggestPartners reads twice and the alignment index once.
      expect(db.roundTrips - before).toBeGreaterThanOrEqual(10);
    } finally {
      await apollo.stop();
    }
  });

  test('on an empty store it reports every document failed and throws nothing', async () => {
    const empty = await freshDatabase();
    const apollo = createApolloServer({ production: true });
    await apollo.start();
    try {
      expect((await warmUp(apollo, empty)).failed).toBe(9);
    } finally {
      await apollo.stop();
      await empty.close();
    }
  });
});
