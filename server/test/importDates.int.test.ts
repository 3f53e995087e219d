import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { importFiles } from '../src/import/importer';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

/**
 * Dates in the import (issue 17): validFrom/validTo on actors and every link sheet, an interest's dated positions on
 * the positions sheet or an export's positionHistory; stored as DATEs and lists of DATEs; every problem reported by
 * row and column, nothing written by a dry run or a refused commit.
 */
const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };

let db: Database;
let dir: string;

async function file(name: string, lines: string[]): Promise<{ path: string }> {
  const path = join(dir, name);
  await writeFile(path, lines.join('\n'));
  return { path };
}

const LINK = 'provenance,recordedAt,confidence,validFrom,validTo';

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-import-dates-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('dates in the import', () => {
  test('validity and dated positions are written as DATEs; importing again changes nothing; a new position is added to the history', async () => {
    const files = [
      await file('actors.csv', [
        'id,name,country,sector,level,validFrom,validTo',
        'kh-new-coop,New Rice Cooperative,KH,COMMUNITY,LOCAL,2019-03-19,',
      ]),
      await file('memberships.csv', [
        `actor,group,role,since,${LINK}`,
        'kh-new-coop,net-forest,member,2019,2019 regional consultation,2019-03-22,HIGH,2019-03-19,',
        'kh-cso-a,coal-land,observer,2015,Follow-up notes,2016-05-12,MEDIUM,2015-01-01,2018-12-31',
      ]),
      await file('interests.csv', [
        `actor,theme,position,priority,${LINK}`,
        'kh-new-coop,smallholder-investment,SUPPORTS,3,"Regional consultation 2020, online",2020-06-12,HIGH,,',
      ]),
      await file('positions.csv', [
        'actor,theme,position,from,source,confidence',
        'kh-new-coop,smallholder-investment,UNKNOWN,2019-03-19,2019 regional consultation,LOW',
        'New Rice Cooperative,smallholder-investment,SUPPORTS,2020-06-09,"Regional consultation 2020, online",HIGH',
      ]),
      await file('collaborations.csv', [
        `actor,partner,kind,since,${LINK}`,
        'kh-new-coop,kh-cso-a,learning exchange,2019,Notes,2019-04-01,MEDIUM,2019-04-01,2021-06-30',
      ]),
      await file('participants.csv', [
        'activity,actor,role,source,date,confidence,sensitive,validFrom,validTo',
        'act-visit,la-res,participant,Attendance list,2015-03-12,LOW,,2015-03-10,',
      ]),
    ];
    const before = await fingerprint(db);
    const dry = await importFiles(db, ANALYST, files, { dryRun: true });
    expect(dry.issues).toEqual([]);
    expect(await fingerprint(db)).toEqual(before);
    const report = await importFiles(db, ANALYST, files, { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);

    const stored = async () =>
      (
        await db.runStatement(`
      MATCH (n:Actor {id: 'kh-new-coop'})-[m:MEMBER_OF]->(:Group {id: 'net-forest'})
      MATCH (n)-[i:INTERESTED_IN]->(:Theme {id: 'smallholder-investment'})
      MATCH (n)-[c:COLLABORATES_WITH]-(:Actor {id: 'kh-cso-a'})
      MATCH (:Actor {id: 'kh-cso-a'})-[old:MEMBER_OF]->(:Group {id: 'coal-land'})
      MATCH (:Actor {id: 'la-res'})-[p:PARTICIPATED_IN]->(:Activity {id: 'act-visit'})
      MATCH (n)-[b:BASED_IN]->()
      RETURN [valueType(n.validFrom), toString(n.validFrom), toString(b.validFrom)] AS actor,
             [toString(m.validFrom), toString(m.validTo)] AS membership,
             [toString(old.validFrom), toString(old.validTo)] AS ended,
             [toString(c.validFrom), toString(c.validTo)] AS collaboration,
             toString(p.validFrom) AS participation,
             [i.position, toString(i.validFrom), valueType(i.historyFrom)] AS interest,
             i.historyPositions AS positions, [d IN i.historyFrom | toString(d)] AS days,
             i.historySources AS sources, i.historyConfidences AS confidences`)
      )[0];
    const row = await stored();
    expect(row).toEqual({
      actor: ['DATE NOT NULL', '2019-03-19', '2019-03-19'],
      membership: ['2019-03-19', null],
      ended: ['2015-01-01', '2018-12-31'],
      collaboration: ['2019-04-01', '2021-06-30'],
      participation: '2015-03-10',
      interest: ['SUPPORTS', '2019-03-19', 'LIST<DATE NOT NULL> NOT NULL'],
      positions: ['UNKNOWN', 'SUPPORTS'],
      days: ['2019-03-19', '2020-06-09'],
      sources: ['2019 regional consultation', 'Regional consultation 2020, online'],
      confidences: ['LOW', 'HIGH'],
    });

    // The same files again change nothing (but the import's own record in the audit trail).
    expect((await importFiles(db, ANALYST, files, { dryRun: false })).counts.newActors).toBe(0);
    expect(await stored()).toEqual(row);

    // An interests row alone that changes the position adds it to the history, dated by its record.
    const shift = await file('interests-2021.csv', [
      `actor,theme,position,priority,${LINK}`,
      'kh-new-coop,smallholder-investment,MIXED,3,Facilitator notes 2021,2021-02-01,MEDIUM,,',
    ]);
    expect((await importFiles(db, ANALYST, [shift], { dryRun: false })).issues).toEqual([]);
    const [shifted] = await db.runStatement(`
      MATCH (:Actor {id: 'kh-new-coop'})-[i:INTERESTED_IN]->(:Theme {id: 'smallholder-investment'})
      RETURN i.position AS position, i.historyPositions AS positions, [d IN i.historyFrom | toString(d)] AS days,
             i.historySources AS sources, toString(i.validFrom) AS validFrom`);
    expect(shifted).toEqual({
      position: 'MIXED',
      positions: ['UNKNOWN', 'SUPPORTS', 'MIXED'],
      days: ['2019-03-19', '2020-06-09', '2021-02-01'],
      sources: ['2019 regional consultation', 'Regional consultation 2020, online', 'Facilitator notes 2021'],
      validFrom: '2019-03-19',
    });
  });

  test('bad dates, backwards links, positions out of order or not matching their interest: every problem by row and column, nothing written', async () => {
    const files = [
      await file('memberships-bad.csv', [
        `actor,group,role,since,${LINK}`,
        /* 2 */ 'kh-cso-a,coal-land,member,,,,,2015-02-29,2016-13-01',
        /* 3 */ 'kh-cso-b,coal-land,member,,,,,2018-01-01,2017-12-31',
      ]),
      await file('collaborations-bad.csv', [
        `actor,partner,kind,since,${LINK}`,
        /* 2 */ 'kh-cso-a,kh-cso-c,,,,,,19 March 2019,',
      ]),
      await file('interests-bad.csv', [
        `actor,theme,position,priority,${LINK}`,
        /* 2 */ 'kh-cso-a,smallholder-investment,SUPPORTS,2,,,,2015-01-01,',
        /* 3 */ 'kh-cso-b,smallholder-investment,MIXED,2,,,,,2016-01-01',
        /* 4 */ 'kh-gov,smallholder-investment,MIXED,2,,,,,',
      ]),
      await file('positions-bad.csv', [
        'actor,theme,position,from,source,confidence',
        /* 2 */ 'kh-cso-a,smallholder-investment,UNKNOWN,2014-06-01,,',
        /* 3 */ 'kh-cso-a,smallholder-investment,SUPPORTS,2016-01-01,,',
        /* 4 */ 'kh-cso-b,smallholder-investment,OPPOSES,2015-01-01,,',
        /* 5 */ 'kh-cso-b,smallholder-investment,MIXED,2017-01-01,,',
        /* 6 */ 'kh-gov,smallholder-investment,UNKNOWN,2016-01-01,,',
        /* 7 */ 'kh-gov,smallholder-investment,MIXED,2015-01-01,,',
        /* 8 */ 'la-res,community-forestry,SUPPORTS,2015-01-01,,',
        /* 9 */ 'kh-cso-a,no-such-theme,SUPPORTS,2015-01-01,,',
        /* 10 */ 'kh-cso-a,smallholder-investment,SIDEWAYS,,,sure',
        /* 11 */ 'kh-cso-a,smallholder-investment,SUPPORTS,2017-02-30,,',
      ]),
      await file('edges-bad.csv', [
        'source,target,relation,position,validFrom,validTo,positionHistory',
        /* 2 */ 'kh-cso-c,smallholder-investment,INTERESTED_IN,MIXED,2015-01-01,,"[{""position"":""MIXED"",""from"":""2015-01-01""},{""position"":""UNKNOWN"",""from"":""2014-01-01""}]"',
        /* 3 */ 'kh-biz,smallholder-investment,INTERESTED_IN,MIXED,,,not json',
        /* 4 */ 'kh-biz,grievance-mechanisms,INTERESTED_IN,MIXED,2015-01-01,,"[{""position"":""SUPPORTS"",""from"":""2015-01-01""}]"',
        /* 5 */ 'vn-farm,coal-land,MEMBER_OF,,2020-01-01,2019-01-01,',
      ]),
    ];
    const EXPECTED = [
      "memberships-bad.csv row 2 validFrom: validFrom: must be a real date YYYY-MM-DD (got '2015-02-29')",
      "memberships-bad.csv row 2 validTo: validTo: must be a real date YYYY-MM-DD (got '2016-13-01')",
      "memberships-bad.csv row 3 validTo: validTo: must not be before validFrom (2018-01-01; got '2017-12-31')",
      "collaborations-bad.csv row 2 validFrom: validFrom: must be a real date YYYY-MM-DD (got '19 March 2019')",
      "positions-bad.csv row 2 from: from: the interest's first position must begin on its validFrom (2015-01-01, interests-bad.csv row 2; got 2014-06-01)",
      "positions-bad.csv row 5 from: from: must not be after the interest's validTo (2016-01-01, interests-bad.csv row 3)",
      "positions-bad.csv row 6 position: position: the interest's latest position must be the one its row gives (MIXED, interests-bad.csv row 4; got UNKNOWN)",
      "positions-bad.csv row 7 from: from: must be after the interest's position before it (2016-01-01, positions-bad.csv row 6): list an interest's positions oldest first",
      "positions-bad.csv row 8 theme: theme: no interest of 'la-res' in 'community-forestry' in this import: give it a row in the interests sheet too",
      "positions-bad.csv row 9 theme: theme: theme 'no-such-theme' does not exist in this import or the database",
      "positions-bad.csv row 10 position: position: unknown position 'SIDEWAYS' (use SUPPORTS, OPPOSES, MIXED, UNKNOWN)",
      'positions-bad.csv row 10 from: from: missing first day',
      "positions-bad.csv row 10 confidence: confidence: unknown confidence 'sure' (use LOW, MEDIUM, HIGH)",
      "positions-bad.csv row 11 from: from: must be a real date YYYY-MM-DD (got '2017-02-30')",
      'edges-bad.csv row 2 positionHistory: positionHistory: entry 2: from 2014-01-01 must be after the entry before it (2015-01-01): oldest first',
      'edges-bad.csv row 3 positionHistory: positionHistory: must be the JSON the export writes: [{"position","from","source","confidence"}, …]',
      "edges-bad.csv row 4 positionHistory: positionHistory: the last entry (SUPPORTS) must be the interest's position (MIXED)",
      "edges-bad.csv row 5 validTo: validTo: must not be before validFrom (2020-01-01; got '2019-01-01')",
    ];
    const before = await fingerprint(db);
    for (const dryRun of [true, false]) {
      const report = await importFiles(db, ANALYST, files, { dryRun });
      expect(report.committed).toBe(false);
      expect(report.issues.map((i) => `${i.file} row ${String(i.line)} ${i.column ?? '-'}: ${i.message}`)).toEqual(
        EXPECTED,
      );
    }
    expect(await fingerprint(db)).toEqual(before);
  });
});
