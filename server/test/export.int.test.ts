import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Database } from '../src/db/database';
import { addParticipant, createActivity } from '../src/domain/activities';
import { wipe } from '../src/domain/seeding';
import type { Viewer } from '../src/domain/viewer';
import { exportGraph } from '../src/export/exportGraph';
import { CSV_FILES, type ExportFormat } from '../src/export/formats';
import { COLUMNS } from '../src/import/columns';
import { importFiles } from '../src/import/importer';
import { smallGraph } from './fixtures/smallGraph';
import { fingerprint, freshDatabase } from './testDatabase';

const ADMIN: Viewer = { role: 'admin', userId: 'u-admin', username: 'admin' };
const VIEWER: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'viewer' };
const SCHEMA = join(__dirname, 'fixtures', 'import', 'graphml', 'graphml.xsd');

let db: Database;
let dir: string;

async function exportTo(format: ExportFormat, viewer: Viewer, file: string, actorIds?: string[]): Promise<string> {
  const path = join(dir, file);
  await exportGraph(db, viewer, { format, actorIds }, createWriteStream(path));
  return path;
}

type Element = { data: Record<string, unknown> & { id: string } };

/** The graph as an order-independent description, via the Cytoscape JSON export. */
async function snapshot(
  name: string,
  viewer: Viewer = ADMIN,
  actorIds?: string[],
): Promise<{ nodes: Element[]; edges: Element[] }> {
  const json = JSON.parse(await readFile(await exportTo('cyjs', viewer, `${name}.cyjs`, actorIds), 'utf8')) as {
    elements: { nodes: Element[]; edges: Element[] };
  };
  const byId = (a: Element, b: Element): number => a.data.id.localeCompare(b.data.id);
  return { nodes: json.elements.nodes.sort(byId), edges: json.elements.edges.sort(byId) };
}

async function emptyDatabase(): Promise<void> {
  await wipe(db);
  await db.applySchema();
}

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  dir = await mkdtemp(join(tmpdir(), 'ra-export-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('data export', () => {
  test('GraphML is valid against the GraphML schema (xmllint --schema) and typed', async () => {
    const path = await exportTo('graphml', ADMIN, 'all.graphml');
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, path], { stdio: 'pipe' });
    const xml = await readFile(path, 'utf8');
    expect(xml).toContain('<key id="n_influence" for="node" attr.name="influence" attr.type="int"/>');
    expect(xml).toContain('<key id="n_sensitive" for="node" attr.name="sensitive" attr.type="boolean"/>');
    expect((xml.match(/<node /g) ?? []).length).toBe(
      smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length + smallGraph.activities.length,
    );
  });

  test('the GEXF export is well-formed XML with every node', async () => {
    const path = await exportTo('gexf', ADMIN, 'all.gexf');
    execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
    expect((await readFile(path, 'utf8')).match(/<node /g)?.length).toBe(
      smallGraph.actors.length + smallGraph.groups.length + smallGraph.themes.length + smallGraph.activities.length,
    );
  });

  test('sensitive actors and their links reach only callers allowed to see them', async () => {
    const sensitive = smallGraph.actors.filter((a) => a.sensitive).map((a) => a.id);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const format of ['graphml', 'cyjs'] as const) {
      const asViewer = await readFile(await exportTo(format, VIEWER, `viewer.${format}`), 'utf8');
      const asAdmin = await readFile(await exportTo(format, ADMIN, `admin.${format}`), 'utf8');
      for (const id of sensitive) {
        expect(asViewer).not.toContain(id);
        expect(asAdmin).toContain(id);
      }
    }
  });

  test('a view export holds only the listed actors and what they link to', async () => {
    const json = JSON.parse(await readFile(await exportTo('cyjs', ADMIN, 'view.cyjs', ['kh-cso-a']), 'utf8')) as {
      elements: { nodes: Array<{ data: { id: string; kind: string } }>; edges: Array<{ data: { source: string } }> };
    };
    expect(json.elements.nodes.filter((n) => n.data.kind === 'ACTOR').map((n) => n.data.id)).toEqual(['kh-cso-a']);
    expect(json.elements.edges.every((e) => e.data.source === 'kh-cso-a')).toBe(true);
  });

  test('learning activities and who took part are exported; sensitive participants and links only to analysts and admins', async () => {
    // A sensitive actor takes part, another participation and a membership are sensitive links.
    await db.runStatement(
      "MATCH (d:Actor {id: 'mm-def'}), (x:Activity {id: 'act-visit'}) MERGE (d)-[r:PARTICIPATED_IN]->(x) SET r.role = 'participant', r.source = 'Fixture', r.recordedAt = date('2014-10-21'), r.confidence = 'LOW'",
    );
    await db.runStatement("MATCH (:Actor {id: 'kh-cso-b'})-[r:PARTICIPATED_IN|MEMBER_OF]->() SET r.sensitive = true");
    const admin = await snapshot('activities-admin');
    expect(admin.nodes.find((n) => n.data.id === 'act-visit')?.data).toMatchObject({
      kind: 'ACTIVITY',
      label: 'Learning visit on community forestry',
      activityType: 'LEARNING_VISIT',
      activityDate: '2015-03-10',
      heldIn: 'KH',
      themes: ['community-forestry'],
      description: 'Visit to community forests.',
    });
    const participants = (s: { edges: Element[] }): Array<[unknown, unknown]> =>
      s.edges.filter((e) => e.data.relation === 'PARTICIPATED_IN').map((e) => [e.data.source, e.data.role]);
    expect(participants(admin)).toEqual([
      ['kh-cso-a', 'host'],
      ['kh-cso-b', 'participant'],
      ['mm-def', 'participant'],
    ]);
    expect(admin.edges.find((e) => e.data.id === 'MEMBER_OF:kh-cso-b:net-forest')?.data.sensitive).toBe(true);

    const viewer = await snapshot('activities-viewer', VIEWER);
    expect(viewer.nodes.some((n) => n.data.id === 'act-visit')).toBe(true);
    expect(participants(viewer)).toEqual([['kh-cso-a', 'host']]);
    expect(viewer.edges.some((e) => e.data.source === 'kh-cso-b' && e.data.relation !== 'INTERESTED_IN')).toBe(false);
    // A view export takes the activities its visible actors took part in through a link the caller may see.
    expect((await snapshot('activities-view', VIEWER, ['kh-cso-b'])).nodes.map((n) => n.data.id)).toEqual([
      'community-forestry',
      'kh-cso-b',
    ]);
    expect((await snapshot('activities-view', ADMIN, ['kh-cso-b'])).nodes.map((n) => n.data.id)).toEqual([
      'act-visit',
      'community-forestry',
      'kh-cso-b',
      'net-forest',
    ]);
  });

  test('activities carry status, last day, outcomes and source, participations role and provenance, in every format; a sensitive participation reaches no viewer', async () => {
    await createActivity(db, ADMIN, {
      id: 'act-training-km',
      type: 'TRAINING',
      name: 'វគ្គបណ្តុះបណ្តាលស្តីពីព្រៃសហគមន៍',
      date: '2016-01-11',
      endDate: '2016-01-13',
      status: 'CANCELLED',
      country: 'REGIONAL',
      themes: ['community-forestry', 'grievance-mechanisms'],
      description: 'Held online, "quoted", over\ntwo lines',
      outcomes: 'Postponed; two partners met anyway | notes kept',
    });
    await db.runStatement("MATCH (x:Activity {id: 'act-training-km'}) SET x.source = 'Activity report, January 2016'");
    await addParticipant(db, ADMIN, {
      activityId: 'act-training-km',
      actorId: 'kh-cso-a',
      role: 'FACILITATOR',
      provenance: { source: 'Attendance list', recordedAt: '2016-01-13', confidence: 'HIGH' },
    });
    await addParticipant(db, ADMIN, {
      activityId: 'act-training-km',
      actorId: 'kh-cso-c',
      role: 'KEY_INFORMANT',
      provenance: { source: 'Interview notes, confidential', recordedAt: '2016-01-12', confidence: 'LOW' },
      sensitive: true,
    });
    const admin = await snapshot('rich-admin');
    expect(admin.nodes.find((n) => n.data.id === 'act-training-km')?.data).toMatchObject({
      kind: 'ACTIVITY',
      label: 'វគ្គបណ្តុះបណ្តាលស្តីពីព្រៃសហគមន៍',
      activityType: 'TRAINING',
      activityDate: '2016-01-11',
      activityEndDate: '2016-01-13',
      activityStatus: 'CANCELLED',
      heldIn: 'REGIONAL',
      themes: ['community-forestry', 'grievance-mechanisms'],
      outcomes: 'Postponed; two partners met anyway | notes kept',
      provenance: 'Activity report, January 2016',
    });
    expect(admin.nodes.find((n) => n.data.id === 'act-visit')?.data).toMatchObject({
      activityStatus: 'HELD',
      activityEndDate: null,
    });
    expect(admin.edges.find((e) => e.data.id === 'PARTICIPATED_IN:kh-cso-c:act-training-km')?.data).toMatchObject({
      role: 'key informant',
      sensitive: true,
      provenance: 'Interview notes, confidential',
      recordedAt: '2016-01-12',
      confidence: 'LOW',
    });

    // GraphML and GEXF declare the new attributes and carry them; CSV has an activities and a participants file.
    const graphml = await readFile(await exportTo('graphml', ADMIN, 'rich.graphml'), 'utf8');
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, join(dir, 'rich.graphml')], { stdio: 'pipe' });
    for (const key of ['activityEndDate', 'activityStatus', 'outcomes'])
      expect(graphml).toContain(`<key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`);
    expect(graphml).toContain('<data key="n_activityStatus">CANCELLED</data>');
    const gexf = await readFile(await exportTo('gexf', ADMIN, 'rich.gexf'), 'utf8');
    expect(gexf).toContain('<attvalue for="activityEndDate" value="2016-01-13"/>');
    expect(gexf).toContain('<attvalue for="role" value="key informant"/>');
    const zip = await exportTo('csv', ADMIN, 'rich.zip');
    expect(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n')).toEqual([...CSV_FILES]);
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'rich')]);
    const sheet = async (name: string): Promise<string[]> =>
      (await readFile(join(dir, 'rich', name), 'utf8')).split('\r\n');
    const activities = await sheet('activities.csv');
    expect(activities[0]).toBe(`\uFEFF${COLUMNS.activities.map((c) => c.name).join(',')}`);
    expect(activities).toContain(
      'act-training-km,TRAINING,វគ្គបណ្តុះបណ្តាលស្តីពីព្រៃសហគមន៍,2016-01-11,2016-01-13,CANCELLED,REGIONAL,community-forestry | grievance-mechanisms,"Held online, ""quoted"", over\ntwo lines","Postponed; two partners met anyway | notes kept","Activity report, January 2016"',
    );
    const participants = await sheet('participants.csv');
    expect(participants[0]).toBe(`\uFEFF${COLUMNS.participants.map((c) => c.name).join(',')}`);
    expect(participants).toContain(
      'act-training-km,kh-cso-c,key informant,"Interview notes, confidential",2016-01-12,LOW,yes,,',
    );
    expect(participants).toContain('act-training-km,kh-cso-a,facilitator,Attendance list,2016-01-13,HIGH,,,');
    // Nodes and edges keep the graph of actors, groups and themes.
    expect((await sheet('nodes.csv')).some((l) => l.includes('ACTIVITY'))).toBe(false);
    expect((await sheet('edges.csv')).some((l) => l.includes('PARTICIPATED_IN'))).toBe(false);

    // A viewer's export, in every format, holds the activity and its visible participant, never the sensitive one.
    for (const format of ['graphml', 'gexf', 'cyjs', 'csv'] as const) {
      const path = await exportTo(format, VIEWER, `rich-viewer.${format}`);
      let text = await readFile(path, 'utf8');
      if (format === 'csv') {
        execFileSync('unzip', ['-o', '-q', path, '-d', join(dir, 'rich-viewer')]);
        text = (await Promise.all(CSV_FILES.map((f) => readFile(join(dir, 'rich-viewer', f), 'utf8')))).join('\n');
      }
      expect({ format, outcomes: text.includes('two partners met anyway') }).toEqual({ format, outcomes: true });
      expect({ format, visible: text.includes('Attendance list') }).toEqual({ format, visible: true });
      expect({ format, sensitive: text.includes('Interview notes') }).toEqual({ format, sensitive: false });
      expect({ format, informant: /kh-cso-c\W{1,40}act-training-km|act-training-km,kh-cso-c/.test(text) }).toEqual({
        format,
        informant: false,
      });
    }
  });

  test('dates and position histories are in every format: GEXF as a dynamic graph; none of a sensitive link reaches a viewer', async () => {
    // kh-cso-a joined the map in 2014; its membership ended; its interest shifted twice; a participation is dated; the
    // sensitive membership of kh-cso-b has dates and a history-bearing sensitive interest (their text must not leak).
    await db.runStatement(`
      MATCH (a:Actor {id: 'kh-cso-a'}) SET a.validFrom = date('2014-06-01')
      WITH a
      MATCH (a)-[m:MEMBER_OF]->(:Group {id: 'net-forest'}) SET m.validFrom = date('2012-01-01'), m.validTo = date('2019-06-30')
      WITH a
      MATCH (a)-[i:INTERESTED_IN]->(:Theme {id: 'community-forestry'})
      SET i.position = 'SUPPORTS', i.validFrom = date('2014-10-20'),
          i.historyPositions = ['UNKNOWN', 'MIXED', 'SUPPORTS'],
          i.historyFrom = [date('2014-10-20'), date('2016-03-01'), date('2019-03-22')],
          i.historySources = ['Fixture workshop, Phnom Penh, Oct 2014', 'Follow-up | notes, 2016', '=2019 consultation'],
          i.historyConfidences = ['LOW', 'MEDIUM', 'HIGH']
      WITH a
      MATCH (a)-[p:PARTICIPATED_IN]->(:Activity {id: 'act-visit'}) SET p.validFrom = date('2015-03-10')`);
    await db.runStatement(`
      MATCH (b:Actor {id: 'kh-cso-b'})-[m:MEMBER_OF]->() SET m.validFrom = date('2011-11-11'), m.validTo = date('2018-08-18')
      WITH b
      MATCH (b)-[i:INTERESTED_IN]->(:Theme {id: 'community-forestry'})
      SET i.sensitive = true, i.validFrom = date('2013-03-13'), i.historyPositions = ['OPPOSES', i.position],
          i.historyFrom = [date('2013-03-13'), date('2017-07-17')], i.historySources = ['Secret shift record', 'Later'],
          i.historyConfidences = ['LOW', 'LOW']`);
    const cyjs = await snapshot('dated');
    const edge = (id: string) => cyjs.edges.find((e) => e.data.id === id)?.data;
    expect(cyjs.nodes.find((n) => n.data.id === 'kh-cso-a')?.data).toMatchObject({ validFrom: '2014-06-01' });
    expect(edge('MEMBER_OF:kh-cso-a:net-forest')).toMatchObject({ validFrom: '2012-01-01', validTo: '2019-06-30' });
    expect(edge('PARTICIPATED_IN:kh-cso-a:act-visit')).toMatchObject({ validFrom: '2015-03-10' });
    const history = [
      { position: 'UNKNOWN', from: '2014-10-20', source: 'Fixture workshop, Phnom Penh, Oct 2014', confidence: 'LOW' },
      { position: 'MIXED', from: '2016-03-01', source: 'Follow-up | notes, 2016', confidence: 'MEDIUM' },
      { position: 'SUPPORTS', from: '2019-03-22', source: '=2019 consultation', confidence: 'HIGH' },
    ];
    const interest = edge('INTERESTED_IN:kh-cso-a:community-forestry');
    expect(interest).toMatchObject({ position: 'SUPPORTS', validFrom: '2014-10-20' });
    expect(JSON.parse(String(interest?.positionHistory))).toEqual(history);

    // GEXF: a dynamic graph; lifetimes as start/end; the position a dynamic attribute, one value per period.
    const gexf = await readFile(await exportTo('gexf', ADMIN, 'dated.gexf'), 'utf8');
    execFileSync('xmllint', ['--noout', join(dir, 'dated.gexf')], { stdio: 'pipe' });
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(gexf).toContain(
      '<attributes class="edge" mode="dynamic">\n<attribute id="position" title="position" type="string"/>',
    );
    expect(gexf).toMatch(/<node id="kh-cso-a" label="Forest Voices Cambodia" start="2014-06-01">/);
    expect(gexf).toMatch(/<edge id="MEMBER_OF:kh-cso-a:net-forest" [^>]* start="2012-01-01" end="2019-06-30">/);
    const periods = [
      '<attvalue for="position" value="UNKNOWN" start="2014-10-20" end="2016-02-29"/>',
      '<attvalue for="position" value="MIXED" start="2016-03-01" end="2019-03-21"/>',
      '<attvalue for="position" value="SUPPORTS" start="2019-03-22"/>',
    ];
    expect(gexf).toContain(periods.join(''));
    // GraphML: typed keys and the values.
    const graphml = await readFile(await exportTo('graphml', ADMIN, 'dated.graphml'), 'utf8');
    expect(graphml).toContain('<key id="e_validTo" for="edge" attr.name="validTo" attr.type="string"/>');
    expect(graphml).toContain('<data key="e_validTo">2019-06-30</data>');
    expect(graphml).toContain('<data key="n_validFrom">2014-06-01</data>');
    // CSV: validity columns, and positions.csv with a row per dated position (the template's positions sheet).
    const zip = await exportTo('csv', ADMIN, 'dated.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'dated')]);
    const positions = (await readFile(join(dir, 'dated', 'positions.csv'), 'utf8')).split('\r\n');
    expect(positions[0]).toBe(`\uFEFF${COLUMNS.positions.map((c) => c.name).join(',')}`);
    expect(positions.filter((l) => l.startsWith('kh-cso-a,community-forestry,'))).toEqual([
      'kh-cso-a,community-forestry,UNKNOWN,2014-10-20,"Fixture workshop, Phnom Penh, Oct 2014",LOW',
      'kh-cso-a,community-forestry,MIXED,2016-03-01,"Follow-up | notes, 2016",MEDIUM',
      "kh-cso-a,community-forestry,SUPPORTS,2019-03-22,'=2019 consultation,HIGH",
    ]);
    const edgesCsv = await readFile(join(dir, 'dated', 'edges.csv'), 'utf8');
    expect(edgesCsv).toContain('2012-01-01,2019-06-30');
    expect(edgesCsv).not.toContain('positionHistory');

    // A viewer's export, in every format, holds no date or history of a sensitive link.
    for (const format of ['graphml', 'gexf', 'cyjs', 'csv'] as const) {
      const path = await exportTo(format, VIEWER, `dated-viewer.${format}`);
      let text = await readFile(path, 'utf8');
      if (format === 'csv') {
        execFileSync('unzip', ['-o', '-q', path, '-d', join(dir, 'dated-viewer')]);
        text = (await Promise.all(CSV_FILES.map((f) => readFile(join(dir, 'dated-viewer', f), 'utf8')))).join('\n');
      }
      for (const secret of ['2011-11-11', '2018-08-18', '2013-03-13', '2017-07-17', 'Secret shift record'])
        expect({ format, secret, leaked: text.includes(secret) }).toEqual({ format, secret, leaked: false });
      expect({ format, history: text.includes('Follow-up | notes, 2016') }).toEqual({ format, history: true });
    }
  });

  test('round trip: CSV (zipped nodes, activities, edges, participants and positions) into an empty database gives the same graph', async () => {
    const before = await snapshot('before-csv');
    const zip = await exportTo('csv', ADMIN, 'all.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'csv')]);
    const nodesCsv = await readFile(join(dir, 'csv', 'nodes.csv'), 'utf8');
    expect(nodesCsv.startsWith('\uFEFFId,Label,kind')).toBe(true);
    await emptyDatabase();
    const files = CSV_FILES.map((f) => ({ path: join(dir, 'csv', f) }));
    const dry = await importFiles(db, ADMIN, files, { dryRun: true });
    expect(dry.issues).toEqual([]);
    expect(dry.counts).toMatchObject({ activities: 2, participations: 5 });
    const report = await importFiles(db, ADMIN, files, { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
    expect(await snapshot('after-csv')).toEqual(before);
  });

  test.each([
    ['Cytoscape JSON', 'cyjs'],
    ['GraphML', 'graphml'],
    ['GEXF', 'gexf'],
  ] as const)('round trip: %s into an empty database gives the same graph', async (_name, format) => {
    const before = await snapshot(`before-${format}`);
    expect(before.nodes.some((n) => n.data.kind === 'ACTIVITY')).toBe(true);
    const path = await exportTo(format, ADMIN, `round.${format}`);
    await emptyDatabase();
    const report = await importFiles(db, ADMIN, [{ path }], { dryRun: false });
    expect(report.issues).toEqual([]);
    expect(report.counts).toMatchObject({ activities: 2, participations: 5 });
    expect(await snapshot(`after-${format}`)).toEqual(before);
    // Importing the same file again changes nothing.
    expect((await importFiles(db, ADMIN, [{ path }], { dryRun: false })).counts.newActors).toBe(0);
    expect(await snapshot(`again-${format}`)).toEqual(before);
  });

  test('a .graphml that is not XML, or XML that is not GraphML, is refused with a clear message and nothing is written', async () => {
    const zip = await exportTo('csv', ADMIN, 'refused.zip');
    execFileSync('unzip', ['-o', '-q', zip, '-d', join(dir, 'refused')]);
    const csvText = join(dir, 'nodes-as.graphml');
    await copyFile(join(dir, 'refused', 'nodes.csv'), csvText);
    const gexf = await exportTo('gexf', ADMIN, 'gexf-as.graphml.tmp');
    await copyFile(gexf, join(dir, 'gexf-as.graphml'));
    const before = await fingerprint(db);
    const cases: Array<[string, string]> = [
      ['nodes-as.graphml', 'nodes-as.graphml: is not a GraphML file: it is not XML (text data outside of root node)'],
      [
        'gexf-as.graphml',
        'gexf-as.graphml: is XML but not GraphML: its root element is <gexf>, where a GraphML file has <graphml>',
      ],
    ];
    for (const [file, message] of cases) {
      const report = await importFiles(db, ADMIN, [{ path: join(dir, file) }], { dryRun: false });
      expect(report).toMatchObject({
        committed: false,
        issueCount: 1,
        issues: [{ file, sheet: null, line: null, message }],
      });
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  test('a bad row in GraphML or GEXF is reported at the line of its element', async () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const path = await exportTo(format, ADMIN, `bad-row.${format}`);
      const lines = (await readFile(path, 'utf8')).split('\n');
      const at = lines.findIndex((l) => l.startsWith('<node id="kh-cso-c"'));
      lines[at] = (lines[at] ?? '').replace(/KH(?=<\/data>|")/, 'XX');
      await writeFile(path, lines.join('\n'));
      const report = await importFiles(db, ADMIN, [{ path }], { dryRun: true });
      expect(report.issues).toEqual([
        {
          file: `bad-row.${format}`,
          sheet: 'nodes',
          line: at + 1,
          column: 'basedIn',
          message:
            "basedIn: unknown country 'XX' (use KH, LA, MM, VN, TH, REGIONAL, or Cambodia, Lao PDR, Myanmar, Vietnam, Thailand, Regional)",
        },
      ]);
    }
  });
});
