import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

/**
 * Recording learning and alliance activities: create, update (versions, CONFLICT), delete, and their participants,
 * with every invalid field named at once and nothing written by a write that fails (the audit trail included).
 */
const suite = apiSuite(smallGraph);
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const admin: Viewer = { role: 'admin', userId: 'u-adm', username: 'adm' };

/** Everything in the store, the audit trail included: a failed write must change none of it. */
async function counts(): Promise<{ nodes: number; rels: number; changes: number }> {
  const [row] = await suite.db.runStatement(
    'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels, COUNT { (:Change) } AS changes',
  );
  return { nodes: Number(row?.nodes), rels: Number(row?.rels), changes: Number(row?.changes) };
}

const FIELDS =
  'id name type date endDate status description outcomes version country { id } themes { id } participants { actor { id } role roleCode sensitive provenance { source confidence } }';
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: ActivityPatch!) { updateActivity(id: $id, version: $version, patch: $patch) { ${FIELDS} } }`;
const ADD = `mutation($input: ParticipantInput!) { addParticipant(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation($input: ParticipantInput!) { updateParticipant(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($a: ID!, $x: ID!) { removeParticipant(activityId: $x, actorId: $a) { ${FIELDS} } }`;

type Activity = {
  id: string;
  name: string;
  version: number;
  status: string;
  date: string;
  endDate: string;
  description: string | null;
  outcomes: string | null;
  country: { id: string } | null;
  themes: Array<{ id: string }>;
  participants: Array<{ actor: { id: string }; role: string; roleCode: string | null; sensitive: boolean }>;
};

const VALID = {
  type: 'CONVENING_COLLABORATION',
  name: 'National consultation on grievance mechanisms',
  date: '2015-10-05',
  country: 'KH',
};

const create = async (input: Record<string, unknown>, who: Viewer = analyst) =>
  (await suite.gql.ok<{ createActivity: Activity }>(CREATE, { input: { ...VALID, ...input } }, who)).createActivity;

describe('createActivity', () => {
  test('records an activity with its dates, status, country, themes, description and outcomes', async () => {
    const created = await create({
      id: 'act-kh-consultation',
      endDate: '2015-10-06',
      status: 'HELD',
      themes: ['grievance-mechanisms', 'community-forestry'],
      description: 'Two days with ministries, companies and community networks.',
      outcomes: 'A shared list of complaint channels.',
    });
    expect(created).toEqual({
      id: 'act-kh-consultation',
      name: 'National consultation on grievance mechanisms',
      type: 'CONVENING_COLLABORATION',
      date: '2015-10-05',
      endDate: '2015-10-06',
      status: 'HELD',
      description: 'Two days with ministries, companies and community networks.',
      outcomes: 'A shared list of complaint channels.',
      version: 1,
      country: { id: 'KH' },
      // By name: Community and social forestry, Grievance mechanisms.
      themes: [{ id: 'community-forestry' }, { id: 'grievance-mechanisms' }],
      participants: [],
    });
    const { changes } = await suite.gql.ok<{ changes: Array<{ action: string; fields: Array<{ label: string }> }> }>(
      '{ changes(entityId: "act-kh-consultation") { action fields { label } } }',
      {},
      analyst,
    );
    expect(changes.map((c) => c.action)).toEqual(['createActivity']);
    expect(changes[0]?.fields.map((f) => f.label)).toEqual([
      'Title',
      'Type',
      'Dates',
      'Status',
      'Held in',
      'Themes',
      'Description',
      'Outcomes',
    ]);
  });

  test('Khmer, Lao, Burmese and Vietnamese titles round-trip unchanged (NFC); ids are generated', async () => {
    const titles: Array<[string, string]> = [
      ['ទស្សនកិច្ចសិក្សាព្រៃសហគមន៍', 'KH'],
      ['ການຝຶກອົບຮົມກ່ຽວກັບສິດນຳໃຊ້ທີ່ດິນ', 'LA'],
      ['မြေယာမူဝါဒ ဆွေးနွေးပွဲ', 'MM'],
      ['Hội thảo về giao đất giao rừng', 'VN'],
    ];
    for (const [name, country] of titles) {
      const created = await create({ name: name.normalize('NFD'), country });
      expect(created.name).toBe(name.normalize('NFC'));
      expect(created.id).toMatch(new RegExp(`^act-${country.toLowerCase()}-[a-z0-9-]+-[0-9a-f]{8}$`));
    }
    const vietnamese = await suite.gql.ok<{ activities: Array<{ id: string }> }>(
      '{ activities(country: "VN") { id name } }',
    );
    expect(vietnamese.activities[0]?.id).toMatch(/^act-vn-hoi-thao-ve-giao-dat-giao-rung-/);
  });

  test('without a status, one that has started is HELD and one to come is PLANNED', async () => {
    expect((await create({ name: 'Past meeting', date: '2016-01-20' })).status).toBe('HELD');
    expect((await create({ name: 'Future meeting', date: '2999-01-20' })).status).toBe('PLANNED');
  });

  test('a Cypher-looking title and description are stored as text', async () => {
    const name = "x'}) MATCH (n) DETACH DELETE n //";
    const before = await counts();
    const created = await create({ name, description: '$id}) RETURN 1 UNION MATCH (u:User) RETURN u.passwordHash //' });
    expect(created.name).toBe(name);
    expect(created.description).toBe('$id}) RETURN 1 UNION MATCH (u:User) RETURN u.passwordHash //');
    // The activity, its HELD_IN link and its change.
    expect(await counts()).toEqual({
      nodes: before.nodes + 2,
      rels: before.rels + 1,
      changes: before.changes + 1,
    });
  });

  test.each([
    [{ name: '' }, 'input.name', 'must not be empty'],
    [{ name: '   ' }, 'input.name', 'must not be empty'],
    [{ name: '\u200b\u200b' }, 'input.name', 'must not be empty'],
    [{ name: 'x'.repeat(201) }, 'input.name', 'must be at most 200 characters'],
    [{ name: 'two\nlines' }, 'input.name', 'must be on one line'],
    [{ date: '2015-02-30' }, 'input.date', 'must be a date YYYY-MM-DD'],
    [{ date: '5 October 2015' }, 'input.date', 'must be a date YYYY-MM-DD'],
    [{ endDate: '2015-10-04' }, 'input.endDate', 'must not be before the first day'],
    [{ endDate: 'tomorrow' }, 'input.endDate', 'must be a date YYYY-MM-DD'],
    [{ country: 'XX' }, 'input.country', 'must be one of KH, LA, MM, VN, TH, REGIONAL'],
    [{ themes: ['nope'] }, 'input.themes', "theme 'nope' does not exist"],
    [{ themes: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'input.themes', 'must have at most 50 items'],
    [{ description: 'x'.repeat(5001) }, 'input.description', 'must be at most 5000 characters'],
    [{ outcomes: 'x'.repeat(5001) }, 'input.outcomes', 'must be at most 5000 characters'],
    [{ id: 'bad id with spaces' }, 'input.id', 'may contain only letters, digits, "-", "_" and "."'],
    [{ description: 'bell \u0007' }, 'input.description', 'must not contain control characters or broken Unicode'],
  ])('bad input %j is BAD_USER_INPUT naming %s, in plain words, and writes nothing', async (fields, field, message) => {
    const before = await counts();
    const result = await suite.gql.run(CREATE, { input: { ...VALID, ...fields } }, analyst);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toBe(`${field}: ${message}`);
    expect(await counts()).toEqual(before);
  });

  test('an unknown activity type is refused by the schema', async () => {
    const result = await suite.gql.run(CREATE, { input: { ...VALID, type: 'PICNIC' } }, analyst);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('every invalid field is named at once, the order of the days among them', async () => {
    const before = await counts();
    const result = await suite.gql.run(
      CREATE,
      {
        input: {
          ...VALID,
          name: '',
          endDate: '2015-10-01',
          country: 'XX',
          description: 'x'.repeat(5001),
        },
      },
      analyst,
    );
    const extensions = result.errors?.[0]?.extensions as { code: string; fields?: Array<{ field: string }> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields?.map((f) => f.field).sort()).toEqual(
      ['input.country', 'input.description', 'input.endDate', 'input.name'].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  test('a country and themes that are not in the database are named together, and nothing is written', async () => {
    await suite.db.runStatement("MATCH (c:Country {id: 'TH'}) DETACH DELETE c");
    const before = await counts();
    const result = await suite.gql.run(CREATE, { input: { ...VALID, country: 'TH', themes: ['a', 'b'] } }, analyst);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.country',
      fields: [
        { field: 'input.country', message: "country 'TH' is not in the database" },
        { field: 'input.themes', message: "themes 'a', 'b' do not exist" },
      ],
    });
    expect(await counts()).toEqual(before);
    await suite.db.runStatement("CREATE (:Country {id: 'TH', name: 'Thailand'})");
  });

  test('a duplicate id, or the same title on the same day in the same country, is CONFLICT and writes nothing', async () => {
    await create({ id: 'act-dup', name: 'Land use planning clinic', date: '2016-02-02' });
    const before = await counts();
    const sameId = await suite.gql.run(CREATE, { input: { ...VALID, id: 'act-dup', name: 'Other' } }, analyst);
    expect(sameId.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const sameDay = await suite.gql.run(
      CREATE,
      { input: { ...VALID, name: 'Land use planning clinic', date: '2016-02-02' } },
      analyst,
    );
    expect(sameDay.errors?.[0]).toMatchObject({
      message:
        "An activity with the title 'Land use planning clinic' on 2016-02-02 in KH is already recorded (act-dup)",
      extensions: { code: 'CONFLICT' },
    });
    expect(await counts()).toEqual(before);
    // Another day, or another country, is another activity.
    await create({ name: 'Land use planning clinic', date: '2016-02-03' });
    await create({ name: 'Land use planning clinic', date: '2016-02-02', country: 'LA' });
  });

  test('viewers and anonymous callers may not record activities', async () => {
    const before = await counts();
    const asViewer = await suite.gql.run(CREATE, { input: VALID }, { role: 'viewer', userId: 'u-v', username: 'v' });
    const asAnonymous = await suite.gql.run(CREATE, { input: VALID }, { role: 'viewer', anonymous: true });
    expect([asViewer.errors?.[0]?.extensions?.code, asAnonymous.errors?.[0]?.extensions?.code]).toEqual([
      'FORBIDDEN',
      'UNAUTHENTICATED',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('updateActivity', () => {
  beforeAll(async () => {
    await create({
      id: 'act-upd',
      name: 'Paralegal training',
      type: 'TRAINING',
      date: '2016-04-04',
      endDate: '2016-04-06',
      themes: ['grievance-mechanisms'],
      description: 'Three days.',
      outcomes: 'Twenty paralegals trained.',
    });
  });

  test('applies a patch with the version read; what it leaves out is kept, null and empty clear text', async () => {
    const updated = (
      await suite.gql.ok<{ updateActivity: Activity }>(
        UPDATE,
        {
          id: 'act-upd',
          version: 1,
          patch: {
            name: 'Paralegal training, Battambang',
            themes: ['community-forestry'],
            description: null,
            outcomes: '',
          },
        },
        analyst,
      )
    ).updateActivity;
    expect(updated).toMatchObject({
      name: 'Paralegal training, Battambang',
      version: 2,
      date: '2016-04-04',
      endDate: '2016-04-06',
      status: 'HELD',
      description: null,
      outcomes: null,
      country: { id: 'KH' },
      themes: [{ id: 'community-forestry' }],
    });
    // null leaves the status, type and themes as they are; an empty endDate makes it a one-day activity.
    const again = (
      await suite.gql.ok<{ updateActivity: Activity }>(
        UPDATE,
        { id: 'act-upd', version: 2, patch: { status: null, themes: null, endDate: '', country: 'LA' } },
        analyst,
      )
    ).updateActivity;
    expect(again).toMatchObject({
      version: 3,
      status: 'HELD',
      endDate: '2016-04-04',
      country: { id: 'LA' },
      themes: [{ id: 'community-forestry' }],
    });
  });

  test('a stale version is CONFLICT and changes nothing', async () => {
    const before = await counts();
    const result = await suite.gql.run(UPDATE, { id: 'act-upd', version: 1, patch: { name: 'Overwritten' } }, analyst);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    const { activity } = await suite.gql.ok<{ activity: { name: string; version: number } }>(
      '{ activity(id: "act-upd") { name version } }',
    );
    expect(activity).toEqual({ name: 'Paralegal training, Battambang', version: 3 });
  });

  test('three concurrent saves of the same version: exactly one wins, the others get CONFLICT', async () => {
    const { activity } = await suite.gql.ok<{ activity: { version: number } }>(
      '{ activity(id: "act-upd") { version } }',
    );
    const results = await Promise.all(
      ['Save A', 'Save B', 'Save C'].map((outcomes) =>
        suite.gql.run(UPDATE, { id: 'act-upd', version: activity.version, patch: { outcomes } }, analyst),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    const after = await suite.gql.ok<{ activity: { version: number } }>('{ activity(id: "act-upd") { version } }');
    expect(after.activity.version).toBe(activity.version + 1);
  });

  test('the last day is checked against the first day as stored', async () => {
    const { activity } = await suite.gql.ok<{ activity: { version: number } }>(
      '{ activity(id: "act-upd") { version } }',
    );
    await suite.gql.ok(UPDATE, { id: 'act-upd', version: activity.version, patch: { endDate: '2016-04-08' } }, analyst);
    const v = activity.version + 1;
    const before = await counts();
    const early = await suite.gql.run(UPDATE, { id: 'act-upd', version: v, patch: { endDate: '2016-04-01' } }, analyst);
    expect(early.errors?.[0]).toMatchObject({
      message: 'input.patch.endDate: must not be before the first day (2016-04-04)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.patch.endDate' },
    });
    const late = await suite.gql.run(UPDATE, { id: 'act-upd', version: v, patch: { date: '2016-04-10' } }, analyst);
    expect(late.errors?.[0]).toMatchObject({
      message: 'input.patch.date: must not be after the last day (2016-04-08); change endDate too',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.patch.date' },
    });
    expect(await counts()).toEqual(before);
    // Both at once is fine.
    const moved = await suite.gql.ok<{ updateActivity: Activity }>(
      UPDATE,
      { id: 'act-upd', version: v, patch: { date: '2016-04-10', endDate: '2016-04-11' } },
      analyst,
    );
    expect([moved.updateActivity.date, moved.updateActivity.endDate]).toEqual(['2016-04-10', '2016-04-11']);
  });

  test('unknown id is NOT_FOUND; bad or dangling patches are BAD_USER_INPUT and change nothing', async () => {
    expect(
      (await suite.gql.run(UPDATE, { id: 'act-nowhere', version: 1, patch: { name: 'x' } }, analyst)).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    const { activity } = await suite.gql.ok<{ activity: { version: number } }>(
      '{ activity(id: "act-upd") { version } }',
    );
    const before = await counts();
    const bad = await suite.gql.run(
      UPDATE,
      { id: 'act-upd', version: activity.version, patch: { name: '', date: '2016-13-01', status: 'HELD' } },
      analyst,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.patch.name' });
    expect((bad.errors?.[0]?.extensions as { fields?: Array<{ field: string }> }).fields?.map((f) => f.field)).toEqual([
      'input.patch.name',
      'input.patch.date',
    ]);
    const dangling = await suite.gql.run(
      UPDATE,
      { id: 'act-upd', version: activity.version, patch: { outcomes: 'kept?', themes: ['nope'] } },
      analyst,
    );
    expect(dangling.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.patch.themes' });
    expect(await counts()).toEqual(before);
    const after = await suite.gql.ok<{ activity: { version: number; outcomes: string } }>(
      '{ activity(id: "act-upd") { version outcomes } }',
    );
    expect(after.activity.version).toBe(activity.version);
    expect(after.activity.outcomes).not.toBe('kept?');
  });

  test('renaming onto another activity of the same day and country is CONFLICT', async () => {
    await create({ id: 'act-a', name: 'Morning session', date: '2016-08-08' });
    await create({ id: 'act-b', name: 'Afternoon session', date: '2016-08-08' });
    const result = await suite.gql.run(
      UPDATE,
      { id: 'act-b', version: 1, patch: { name: 'Morning session' } },
      analyst,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // A change that touches neither title, day nor country is not held up by the check.
    await suite.gql.ok(UPDATE, { id: 'act-b', version: 1, patch: { outcomes: 'Notes shared.' } }, analyst);
  });
});

describe('participants', () => {
  beforeAll(async () => {
    await create({ id: 'act-p', name: 'Cross-border exchange', type: 'CROSS_BORDER_LEARNING', date: '2016-05-05' });
  });

  test('added with a role, provenance and the sensitive flag; changed; removed; each in the trail', async () => {
    const added = (
      await suite.gql.ok<{ addParticipant: Activity }>(
        ADD,
        {
          input: {
            activityId: 'act-p',
            actorId: 'la-res',
            role: 'KEY_INFORMANT',
            provenance: { source: 'Attendance list, Vientiane', confidence: 'HIGH' },
          },
        },
        analyst,
      )
    ).addParticipant;
    expect(added.participants).toEqual([
      {
        actor: { id: 'la-res' },
        role: 'key informant',
        roleCode: 'KEY_INFORMANT',
        sensitive: false,
        provenance: { source: 'Attendance list, Vientiane', confidence: 'HIGH' },
      },
    ]);
    // Participants do not move the activity's version: its form does not conflict with someone taking attendance.
    expect(added.version).toBe(1);
    await suite.gql.ok(
      ADD,
      { input: { activityId: 'act-p', actorId: 'mm-def', role: 'INVITED', sensitive: true } },
      analyst,
    );
    const changed = (
      await suite.gql.ok<{ updateParticipant: Activity }>(
        CHANGE,
        { input: { activityId: 'act-p', actorId: 'mm-def', role: 'SPEAKER', sensitive: true } },
        analyst,
      )
    ).updateParticipant;
    expect(changed.participants.map((p) => [p.actor.id, p.roleCode, p.sensitive])).toEqual([
      ['mm-def', 'SPEAKER', true],
      ['la-res', 'KEY_INFORMANT', false],
    ]);
    expect(changed.participants[0]).toMatchObject({
      provenance: { source: 'Entered in Reform Atlas', confidence: 'MEDIUM' },
    });
    const removed = (await suite.gql.ok<{ removeParticipant: Activity }>(REMOVE, { x: 'act-p', a: 'mm-def' }, analyst))
      .removeParticipant;
    expect(removed.participants.map((p) => p.actor.id)).toEqual(['la-res']);
    const { changes } = await suite.gql.ok<{
      changes: Array<{ action: string; fields: Array<{ label: string; before: string | null; after: string | null }> }>;
    }>('{ changes(entityId: "act-p") { action fields { label before after } } }', {}, analyst);
    expect(changes.map((c) => c.action)).toEqual([
      'removeParticipant',
      'updateParticipant',
      'addParticipant',
      'addParticipant',
      'createActivity',
    ]);
    expect(changes[1]?.fields).toEqual([
      {
        label: 'Participant Land Defenders Collective',
        before: expect.stringMatching(
          /^invited · Medium confidence · Entered in Reform Atlas · .* · sensitive link$/,
        ) as unknown,
        after: expect.stringMatching(/^speaker · Medium confidence/) as unknown,
      },
    ]);
  });

  test('a second add of the same actor is CONFLICT; a missing actor, activity or participation is NOT_FOUND', async () => {
    const before = await counts();
    const again = await suite.gql.run(
      ADD,
      { input: { activityId: 'act-p', actorId: 'la-res', role: 'HOST' } },
      analyst,
    );
    expect(again.errors?.[0]).toMatchObject({
      message: "'la-res' already takes part in 'act-p' (as key informant); change the participation instead",
      extensions: { code: 'CONFLICT' },
    });
    const cases: Array<[string, Record<string, unknown>]> = [
      [ADD, { input: { activityId: 'act-p', actorId: 'nobody', role: 'HOST' } }],
      [ADD, { input: { activityId: 'act-nowhere', actorId: 'la-res', role: 'HOST' } }],
      [CHANGE, { input: { activityId: 'act-p', actorId: 'kh-gov', role: 'HOST' } }],
      [REMOVE, { x: 'act-p', a: 'kh-gov' }],
    ];
    for (const [mutation, variables] of cases)
      expect((await suite.gql.run(mutation, variables, analyst)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await suite.gql.run(
      ADD,
      {
        input: { activityId: 'act-p', actorId: 'kh-gov', role: 'HOST', provenance: { source: '', recordedAt: 'then' } },
      },
      analyst,
    );
    expect((bad.errors?.[0]?.extensions as { fields?: Array<{ field: string }> }).fields?.map((f) => f.field)).toEqual([
      'input.provenance.source',
      'input.provenance.recordedAt',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('deleteActivity', () => {
  test('removes the activity and its participations, not the actors; an administrator cannot undo it', async () => {
    await create({ id: 'act-del', name: 'Field visit', date: '2016-07-07', themes: ['community-forestry'] });
    await suite.gql.ok(ADD, { input: { activityId: 'act-del', actorId: 'kh-gov', role: 'HOST' } }, analyst);
    const before = await counts();
    expect(await suite.gql.ok('mutation { deleteActivity(id: "act-del") }', {}, analyst)).toEqual({
      deleteActivity: 'act-del',
    });
    // The activity and its three links (country, theme, participant) go; the deletion is recorded.
    expect(await counts()).toEqual({ nodes: before.nodes - 1 + 1, rels: before.rels - 3, changes: before.changes + 1 });
    expect((await suite.gql.ok<{ actor: { id: string } }>('{ actor(id: "kh-gov") { id } }')).actor.id).toBe('kh-gov');
    expect(
      (await suite.gql.run('mutation { deleteActivity(id: "act-del") }', {}, analyst)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const { changes } = await suite.gql.ok<{ changes: Array<{ id: string; action: string; entityName: string }> }>(
      '{ changes(entityId: "act-del") { id action entityName } }',
      {},
      analyst,
    );
    expect(changes[0]).toMatchObject({ action: 'deleteActivity', entityName: 'Field visit' });
    const undo = await suite.gql.run(
      'mutation($id: ID!) { undoChange(id: $id) { id } }',
      { id: changes[0]?.id },
      admin,
    );
    expect(undo.errors?.[0]).toMatchObject({
      message: 'id: undo is available for changes to actors, networks, coalitions and themes, not to an activity',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the older activities field and the seed', () => {
  test('activities(type, country) still answers as before; a seeded activity is held, version 1', async () => {
    const { activities } = await suite.gql.ok<{
      activities: Array<{
        id: string;
        status: string;
        version: number;
        participants: Array<{ actor: { id: string }; role: string }>;
      }>;
    }>('{ activities(type: LEARNING_VISIT, country: "KH") { id status version participants { actor { id } role } } }');
    expect(activities).toEqual([
      {
        id: 'act-visit',
        status: 'HELD',
        version: 1,
        participants: [
          { actor: { id: 'kh-cso-a' }, role: 'host' },
          { actor: { id: 'kh-cso-b' }, role: 'participant' },
        ],
      },
    ]);
  });
});
