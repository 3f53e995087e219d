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

  test('the history is stored typed: links and late actors with DATEs, histories as lists of DATEs, the phases', async () => {
    const [row] = await db.runStatement(`
      MATCH ()-[r]->() WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR r.historyFrom IS NOT NULL
      WITH collect(DISTINCT valueType(r.validFrom)) + collect(DISTINCT valueType(r.validTo)) AS linkTypes,
           collect(DISTINCT CASE type(r) WHEN 'INTERESTED_IN' THEN valueType(r.historyFrom) END) AS historyTypes,
           count(CASE WHEN r.validTo IS NOT NULL THEN 1 END) AS ended
      MATCH (a:Actor) WHERE a.validFrom IS NOT NULL
      WITH linkTypes, historyTypes, ended, collect(DISTINCT valueType(a.validFrom)) AS actorTypes, count(a) AS late
      MATCH (p:Phase)
      WITH linkTypes, historyTypes, ended, actorTypes, late, p ORDER BY p.start
      RETURN linkTypes, historyTypes, ended, actorTypes, late,
             collect([p.id, toString(p.start), toString(p.end), valueType(p.start)]) AS phases`);
    expect(new Set(row?.linkTypes as string[])).toEqual(new Set(['DATE NOT NULL', 'NULL']));
    expect(row?.historyTypes).toEqual(['LIST<DATE NOT NULL> NOT NULL']);
    expect(row?.actorTypes).toEqual(['DATE NOT NULL']);
    const [undated] = await db.runStatement(`
      MATCH ()-[r:MEMBER_OF|COLLABORATES_WITH|INTERESTED_IN|PARTICIPATED_IN]->() WHERE r.validFrom IS NULL
      RETURN count(r) AS n`);
    expect(Number(undated?.n)).toBe(0);
    const ended = [
      ...illustrativeDataset.actors.flatMap((a) => a.memberships),
      ...illustrativeDataset.collaborations,
    ].filter((t) => t.validTo !== undefined);
    expect(Number(row?.ended)).toBe(ended.length);
    expect(Number(row?.late)).toBe(illustrativeDataset.actors.filter((a) => a.validFrom !== undefined).length);
    expect(row?.phases).toEqual([
      ['phase-1', '2014-04-01', '2018-03-31', 'DATE NOT NULL'],
      ['phase-2', '2018-04-01', '2022-12-31', 'DATE NOT NULL'],
    ]);
    // A shifted interest, as its parallel lists, oldest first.
    const [shift] = await db.runStatement(`
      MATCH (:Actor {id: 'kh-golden-mekong-rubber'})-[r:INTERESTED_IN]->(:Theme {id: 'smallholder-investment'})
      RETURN r.position AS position, toString(r.validFrom) AS validFrom, r.historyPositions AS positions,
             [d IN r.historyFrom | toString(d)] AS days, size(r.historySources) AS sources,
             r.historyConfidences AS confidences`);
    expect(shift).toEqual({
      position: 'SUPPORTS',
      validFrom: '2014-10-23',
      positions: ['UNKNOWN', 'MIXED', 'SUPPORTS'],
      days: ['2014-10-23', '2015-09-16', '2018-05-29'],
      sources: 3,
      confidences: ['MEDIUM', 'MEDIUM', 'HIGH'],
    });
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

    // Dated links (issue 17): DATEs and lists of DATEs, the position history as parallel lists.
    const actor = dataset.actors.find((a) => a.validFrom && a.interests.some((i) => i.history?.length === 2));
    const member = dataset.actors.find((a) => a.memberships.some((m) => m.validTo));
    const ended = dataset.collaborations.find((c) => c.validTo);
    if (!actor || !member || !ended) throw new Error('the generator dates no links');
    const [dated] = await db.runStatement(
      `MATCH (a:Actor {id: $actor})-[b:BASED_IN]->()
       RETURN a.validFrom IS :: DATE NOT NULL AND b.validFrom IS :: DATE NOT NULL AS dates, toString(a.validFrom) AS actorFrom,
              toString(b.validFrom) AS basedFrom,
              COLLECT { MATCH (a)-[r:INTERESTED_IN]->(t) WHERE size(r.historyPositions) = 2
                        WITH t, r ORDER BY t.id RETURN [t.id, toString(r.validFrom), r.historyPositions, [d IN r.historyFrom | toString(d)],
                                r.historySources, r.historyConfidences, r.historyFrom IS :: LIST<DATE NOT NULL> NOT NULL] } AS shifts,
              COLLECT { MATCH (:Actor {id: $member})-[m:MEMBER_OF]->(g) WHERE m.validTo IS :: DATE NOT NULL
                        WITH g, m ORDER BY g.id RETURN [g.id, toString(m.validFrom), toString(m.validTo)] } AS endedMemberships,
              COLLECT { MATCH (:Actor {id: $from})-[c:COLLABORATES_WITH]->(:Actor {id: $to})
                        RETURN [toString(c.validFrom), toString(c.validTo)] } AS endedCollaboration`,
      { actor: actor.id, member: member.id, from: ended.from, to: ended.to },
    );
    expect(dated).toEqual({
      dates: true,
      actorFrom: actor.validFrom,
      basedFrom: actor.validFrom,
      shifts: actor.interests
        .filter((i) => i.history?.length === 2)
        .map((i) => [
          i.theme,
          i.validFrom,
          i.history?.map((h) => h.position),
          i.history?.map((h) => h.from),
          i.history?.map((h) => h.source),
          i.history?.map((h) => h.confidence),
          true,
        ])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      endedMemberships: member.memberships
        .filter((m) => m.validTo)
        .map((m) => [m.group, m.validFrom, m.validTo])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      endedCollaboration: [[ended.validFrom, ended.validTo]],
    });
    const before = await storeFingerprint(db);
    await loadDataset(db, dataset, { kind: 'synthetic' });
    expect(await storeFingerprint(db)).toEqual(before);
  }, 120_000);
});
