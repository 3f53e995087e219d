import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import type { Database } from '../src/db/database';
import { getActivity } from '../src/domain/activities';
import type { Viewer } from '../src/domain/viewer';
import { importFiles } from '../src/import/importer';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

/**
 * The activities and participants sheets: read, checked and reported like the actors sheet (every problem by row
 * and column), nothing written by a dry run or a refused commit, and a clean commit written whole and audited.
 */
const ANALYST: Viewer = { role: 'analyst', userId: 'u-analyst', username: 'analyst' };
const VIEWER: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'viewer' };

const KHMER = 'សិក្ខាសាលាស្តីពីសិទ្ធិដីធ្លី';
const LAO = 'ການຢ້ຽມຢາມຮຽນຮູ້ປ່າໄມ້ຊຸມຊົນ';
const BURMESE = 'မြေယာအခွင့်အရေး အလုပ်ရုံဆွေးနွေးပွဲ';
const THAI = 'การแลกเปลี่ยนเรียนรู้ข้ามพรมแดน';
const VIETNAMESE = 'Hội thảo về quyền sử dụng đất';
const CYPHER = "x'}) MATCH (n) DETACH DELETE n //";

let db: Database;
let dir: string;

async function file(name: string, text: string): Promise<{ path: string }> {
  const path = join(dir, name);
  await writeFile(path, text);
  return { path };
}

const ACTIVITIES_HEADER = 'id,type,title,startDate,endDate,status,country,themes,description,outcomes,source';

/** Six activities in five scripts and one Cypher-looking title; the Vietnamese one typed decomposed (NFD). */
const activitiesCsv = [
  ACTIVITIES_HEADER,
  `act-km,Training,${KHMER},2016-02-01,2016-02-03,held,Cambodia,community-forestry | grievance-mechanisms,"Three days, two provinces.",Land-rights hotline set up.,"Activity report, February 2016"`,
  `act-lo,LEARNING_VISIT,${LAO},2016-03-01,,,LA,community-forestry,,,`,
  `act-my,Convening and collaboration,${BURMESE},2030-01-10,2030-01-10,,MM,,,,`,
  `act-th,CROSS_BORDER_LEARNING,${THAI},2016-04-01,2016-04-02,cancelled,Regional,,,,`,
  `act-vn,case studies,${VIETNAMESE.normalize('NFD')},2016-05-01,,,VN,,,,`,
  `act-cypher,TRAINING,"${CYPHER}",2016-06-01,,,KH,,"$id {x: 1}; CALL db.labels() YIELD label",,`,
].join('\n');

/** The sheet's "source" and "date" headers are the provenance columns; an actor may be named by its exact name. */
const participantsCsv = [
  'activity,actor,role,source,date,confidence,sensitive',
  'act-km,kh-cso-a,facilitator,Attendance list,2016-02-03,high,',
  'act-km,Phnom Penh Legal Aid,Key informant,"Interview notes, confidential",2016-02-02,low,yes',
  'act-lo,la-res,ORGANISER,,,,',
  'act-vn,vn-farm,,,,,no',
].join('\n');

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-import-activities-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('activities and participants sheets', () => {
  test('a dry run reports nothing and writes nothing; the commit writes every activity and participant, audited', async () => {
    const files = [await file('activities.csv', activitiesCsv), await file('participants.csv', participantsCsv)];
    const before = await fingerprint(db);
    const dry = await importFiles(db, ANALYST, files, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, committed: false, issues: [], changeId: null });
    expect(dry.counts).toMatchObject({ activities: 6, participations: 4, actors: 0 });
    expect(await fingerprint(db)).toEqual(before);

    const report = await importFiles(db, ANALYST, files, { dryRun: false });
    expect(report).toMatchObject({ committed: true, issues: [] });
    const km = await getActivity(db, ANALYST, 'act-km');
    expect(km).toMatchObject({
      name: KHMER,
      type: 'TRAINING',
      date: '2016-02-01',
      endDate: '2016-02-03',
      status: 'HELD',
      country: { id: 'KH' },
      description: 'Three days, two provinces.',
      outcomes: 'Land-rights hotline set up.',
      version: 1,
    });
    expect(km.themes.map((t) => t.id)).toEqual(['community-forestry', 'grievance-mechanisms']);
    expect(km.participants.map((p) => [p.actor.id, p.role, p.roleCode, p.sensitive, p.provenance]).sort()).toEqual([
      [
        'kh-cso-a',
        'facilitator',
        'FACILITATOR',
        false,
        { source: 'Attendance list', recordedAt: '2016-02-03', confidence: 'HIGH' },
      ],
      [
        'kh-cso-c',
        'key informant',
        'KEY_INFORMANT',
        true,
        { source: 'Interview notes, confidential', recordedAt: '2016-02-02', confidence: 'LOW' },
      ],
    ]);
    // A sensitive participation reaches no viewer.
    expect((await getActivity(db, VIEWER, 'act-km')).participants.map((p) => p.actor.id)).toEqual(['kh-cso-a']);
    expect(await getActivity(db, ANALYST, 'act-lo')).toMatchObject({
      name: LAO,
      status: 'HELD',
      endDate: '2016-03-01',
      participants: [{ actor: { id: 'la-res' }, roleCode: 'ORGANISER', provenance: { confidence: 'MEDIUM' } }],
    });
    // A last day equal to the first is a one-day activity; a new one that has not started is planned.
    expect(await getActivity(db, ANALYST, 'act-my')).toMatchObject({ name: BURMESE, status: 'PLANNED' });
    expect(await getActivity(db, ANALYST, 'act-th')).toMatchObject({
      name: THAI,
      status: 'CANCELLED',
      country: { id: 'REGIONAL' },
    });
    expect(await getActivity(db, ANALYST, 'act-vn')).toMatchObject({
      name: VIETNAMESE,
      type: 'CASE_STUDIES',
      participants: [{ actor: { id: 'vn-farm' }, role: 'participant', sensitive: false }],
    });
    // Cypher-looking text is stored as text, and nothing else is touched.
    expect(await getActivity(db, ANALYST, 'act-cypher')).toMatchObject({
      name: CYPHER,
      description: '$id {x: 1}; CALL db.labels() YIELD label',
    });
    const [counts] = await db.runStatement('MATCH (a:Actor) RETURN count(a) AS actors');
    expect(counts?.actors).toBe(smallGraph.actors.length);
    const [change] = await db.runStatement(
      'MATCH (c:Change {id: $id}) RETURN c.action AS action, c.summary AS summary',
      {
        id: report.changeId,
      },
    );
    expect(change).toEqual({
      action: 'import',
      summary: expect.stringContaining('6 activities, 4 participations') as unknown as string,
    });

    // The same files again change nothing (no activity moves to a new version).
    const again = await importFiles(db, ANALYST, files, { dryRun: false });
    expect(again).toMatchObject({ committed: true, issues: [] });
    expect((await getActivity(db, ANALYST, 'act-km')).version).toBe(1);

    // A changed row moves its activity to the next version; a blank status keeps the recorded one.
    const update = await importFiles(
      db,
      ANALYST,
      [
        await file(
          'activities-update.csv',
          `${ACTIVITIES_HEADER}\nact-th,CROSS_BORDER_LEARNING,${THAI},2016-04-01,2016-04-05,,TH,,,Rescheduled.,`,
        ),
      ],
      { dryRun: false },
    );
    expect(update).toMatchObject({ committed: true, issues: [] });
    expect(await getActivity(db, ANALYST, 'act-th')).toMatchObject({
      status: 'CANCELLED',
      endDate: '2016-04-05',
      country: { id: 'TH' },
      outcomes: 'Rescheduled.',
      version: 2,
    });
  });

  test('every problem is reported by row and column in plain words, and a refused commit writes nothing', async () => {
    const huge = 'ក'.repeat(100_000);
    const activities = [
      ACTIVITIES_HEADER,
      /* 2 */ `act-bad-date,TRAINING,Bad dates,2015-02-29,2016-13-01,,KH,,,,`,
      /* 3 */ `act-backwards,TRAINING,Backwards,2016-05-10,2016-05-01,,KH,,,,`,
      /* 4 */ `act-codes,PICNIC,Unknown codes,2016-05-10,,DONE,XX,no-such-theme,,,`,
      /* 5 */ `act-missing,,,,,,,,,,`,
      /* 6 */ `act-twice,TRAINING,First of two,2016-07-01,,,LA,,,,`,
      /* 7 */ `act-twice,TRAINING,Second of two,2016-07-02,,,LA,,,,`,
      /* 8 */ `act-same-day,TRAINING,First of two,2016-07-01,,,LA,,,,`,
      /* 9 */ `act-stored-twin,LEARNING_VISIT,Learning visit on community forestry,2015-03-10,,,KH,,,,`,
      /* 10 */ `act-huge,TRAINING,${huge},2016-08-01,,,KH,,${huge},,`,
      /* 11 */ `act-formula,TRAINING,=HYPERLINK("http://x"),2016-08-01,,,KH,,,,@SUM(1)`,
      /* 12 */ `bad id!,TRAINING,Bad id,2016-08-01,,,KH,,,,`,
    ].join('\n');
    const participants = [
      'activity,actor,role,source,date,confidence,sensitive',
      /* 2 */ 'act-nowhere,kh-cso-a,participant,,,,',
      /* 3 */ 'act-visit,no-such-actor,participant,,,,',
      /* 4 */ 'act-visit,kh-gov,chairperson,,2016-02-30,sure,maybe',
      /* 5 */ 'act-visit,kh-gov,host,,,,',
      /* 6 */ 'act-visit,kh-gov,host,,,,',
      /* 7 */ `act-visit,kh-biz,${huge},,,,`,
      /* 8 */ ',kh-cso-a,,,,,',
    ].join('\n');
    const files = [await file('activities-bad.csv', activities), await file('participants-bad.csv', participants)];
    const EXPECTED = [
      `activities-bad.csv row 2 startDate: startDate: must be a real date YYYY-MM-DD (got '2015-02-29')`,
      `activities-bad.csv row 2 endDate: endDate: must be a real date YYYY-MM-DD (got '2016-13-01')`,
      `activities-bad.csv row 3 endDate: endDate: must not be before the first day (2016-05-10; got '2016-05-01')`,
      `activities-bad.csv row 4 type: type: unknown activity type 'PICNIC' (use INFORMATION_WORK, CASE_STUDIES, TARGETED_RESEARCH, LEARNING_VISIT, CROSS_BORDER_LEARNING, TRAINING, COACHING_PAIRING, CONVENING_COLLABORATION, or Information work, Case studies, Targeted research, Learning visit, Cross-border learning, Training, Coaching and pairing, Convening and collaboration)`,
      `activities-bad.csv row 4 status: status: unknown status 'DONE' (use PLANNED, HELD, CANCELLED)`,
      `activities-bad.csv row 4 country: country: unknown country 'XX' (use KH, LA, MM, VN, TH, REGIONAL, or Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional)`,
      `activities-bad.csv row 5 startDate: startDate: missing first day`,
      `activities-bad.csv row 5 title: title: missing title`,
      `activities-bad.csv row 5 type: type: missing activity type`,
      `activities-bad.csv row 5 country: country: missing country`,
      `activities-bad.csv row 7 id: id: activity 'act-twice' appears twice (also activities-bad.csv row 6)`,
      `activities-bad.csv row 8 title: title: likely duplicate of activities-bad.csv row 6 ('act-twice': same title, first day and country)`,
      `activities-bad.csv row 9 title: title: likely duplicate of existing activity 'act-visit' (same title, first day and country); use id 'act-visit' to update it, or change the title`,
      `activities-bad.csv row 10 title: title: must be at most 200 characters`,
      `activities-bad.csv row 10 description: description: must be at most 5000 characters`,
      `activities-bad.csv row 11 title: title: looks like a spreadsheet formula (=HYPERLINK("http://x")); if it is meant as text, start it with an apostrophe (')`,
      `activities-bad.csv row 11 source: source: looks like a spreadsheet formula (@SUM(1)); if it is meant as text, start it with an apostrophe (')`,
      `activities-bad.csv row 12 id: id: may contain only letters, digits, "-", "_" and "." (got 'bad id!')`,
      `participants-bad.csv row 2 activity: activity: activity 'act-nowhere' does not exist in this import or the database`,
      `participants-bad.csv row 3 actor: actor: actor 'no-such-actor' does not exist in this import or the database`,
      `participants-bad.csv row 4 role: role: unknown role 'chairperson' (use ORGANISER, FACILITATOR, PARTICIPANT, SPEAKER, HOST, FUNDER, KEY_INFORMANT, INVITED)`,
      `participants-bad.csv row 4 sensitive: sensitive: must be yes or no (got 'maybe')`,
      `participants-bad.csv row 4 recordedAt: recordedAt: must be a real date YYYY-MM-DD (got '2016-02-30')`,
      `participants-bad.csv row 4 confidence: confidence: unknown confidence 'sure' (use LOW, MEDIUM, HIGH)`,
      `participants-bad.csv row 6 activity: activity: the same participation appears twice (also participants-bad.csv row 5)`,
      `participants-bad.csv row 7 role: role: unknown role '${'ក'.repeat(37)}…' (use ORGANISER, FACILITATOR, PARTICIPANT, SPEAKER, HOST, FUNDER, KEY_INFORMANT, INVITED)`,
      `participants-bad.csv row 8 activity: activity: missing activity`,
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

  test('an XLSX with activities and participants sheets is read like the CSV files', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, rows: string[][]): void => {
      const ws = wb.addWorksheet(name);
      for (const row of rows) ws.addRow(row);
    };
    sheet('Activities', [
      ['id', 'type', 'title', 'startDate', 'country'],
      ['act-xlsx', 'Coaching and pairing', KHMER, '2017-01-05', 'KH'],
    ]);
    sheet('Participants', [
      ['activity', 'actor', 'role'],
      ['act-xlsx', 'kh-cso-a', 'Speaker'],
      ['act-xlsx', 'act-xlsx', 'Speaker'],
    ]);
    const path = join(dir, 'activities.xlsx');
    await wb.xlsx.writeFile(path);
    const report = await importFiles(db, ANALYST, [{ path }], { dryRun: true });
    expect(report.issues).toEqual([
      {
        file: 'activities.xlsx',
        sheet: 'Participants',
        line: 3,
        column: 'actor',
        message: "actor: actor 'act-xlsx' does not exist in this import or the database",
      },
    ]);
    expect(report.counts).toMatchObject({ activities: 1, participations: 2 });
  });
});
