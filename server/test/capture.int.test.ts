import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

/**
 * Capture in the room: entries captured in a workshop are pending until an analyst accepts (applied, audited) or
 * rejects them (kept, marked); CONFLICT when the target changed since; every invalid field named at once; a viewer
 * never gets a pending capture.
 */
const suite = apiSuite(smallGraph);
const analyst: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const admin: Viewer = { role: 'admin', userId: 'u-adm', username: 'adm' };
const viewer: Viewer = { role: 'viewer', userId: 'u-vic', username: 'vic' };
const anonymous: Viewer = { role: 'viewer', anonymous: true };

const SESSION = {
  id: 'workshop-vientiane-2026',
  provenance: { source: 'Vientiane consultation workshop', recordedAt: '2026-03-05', confidence: 'HIGH' },
};
const FIELDS =
  'id sessionId kind status summary sensitive capturedBy reviewedBy note actorId conflict provenance { source recordedAt confidence } diff { label before after }';
const CAPTURE = `mutation($input: CaptureInput!) { capture(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptCapture(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $note: String) { rejectCapture(id: $id, note: $note) { ${FIELDS} } }`;
const LIST = `query($status: CaptureStatus, $sessionId: ID) { captures(status: $status, sessionId: $sessionId) { ${FIELDS} } }`;

interface Capture {
  id: string;
  kind: string;
  status: string;
  summary: string;
  sensitive: boolean;
  actorId: string | null;
  conflict: string | null;
  note: string | null;
  reviewedBy: string | null;
  diff: Array<{ label: string; before: string | null; after: string | null }>;
}
type ErrorExtensions = { code?: string; field?: string; fields?: Array<{ field: string; message: string }> };

async function capture(entry: Record<string, unknown>, who: Viewer = analyst): Promise<Capture> {
  const data = await suite.gql.ok<{ capture: Capture }>(CAPTURE, { input: { session: SESSION, ...entry } }, who);
  return data.capture;
}

async function counts(): Promise<{ nodes: number; rels: number; changes: number; captures: number }> {
  const [row] = await suite.db.runStatement(
    'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels, COUNT { (:Change) } AS changes, COUNT { (:Capture) } AS captures',
  );
  return {
    nodes: Number(row?.nodes),
    rels: Number(row?.rels),
    changes: Number(row?.changes),
    captures: Number(row?.captures),
  };
}

async function interest(actorId: string, themeId: string): Promise<Record<string, unknown> | null> {
  const [row] = await suite.db.runStatement(
    'MATCH (:Actor {id: $actorId})-[i:INTERESTED_IN]->(:Theme {id: $themeId}) RETURN i {.position, .priority, .source, .confidence, recordedAt: toString(i.recordedAt)} AS i',
    { actorId, themeId },
  );
  return (row?.i as Record<string, unknown>) ?? null;
}

describe('capturing changes nothing on the map until reviewed', () => {
  test('a position, a tie and a new actor are stored pending, as diffs against what is recorded', async () => {
    const before = await counts();
    const position = await capture({
      position: { actorId: 'kh-gov', themeId: 'community-forestry', position: 'SUPPORTS', priority: 3 },
    });
    const tie = await capture({ collaboration: { actorId: 'la-res', partnerId: 'vn-farm', kind: 'joint study' } });
    const actor = await capture({
      actor: { name: 'ສະມາຄົມຊາວກະສິກອນ ສາລະວັນ', sector: 'COMMUNITY', level: 'LOCAL', basedIn: 'LA' },
    });
    expect(await counts()).toEqual({ ...before, nodes: before.nodes + 3, captures: before.captures + 3 });
    expect(position).toMatchObject({
      kind: 'POSITION',
      status: 'PENDING',
      summary: 'Provincial Land Office supports Community and social forestry',
      actorId: 'kh-gov',
      conflict: null,
      sensitive: false,
    });
    expect(position.diff).toEqual([
      {
        label: 'Position on Community and social forestry',
        before: expect.stringMatching(/^Mixed, priority 1 \(/) as unknown as string,
        after: 'Supports, priority 3 (Vientiane consultation workshop, 2026-03-05, High confidence)',
      },
    ]);
    expect(tie.diff).toEqual([
      {
        label: 'Collaboration with Hội Nông dân Lâm Đồng',
        before: null,
        after: 'joint study (Vientiane consultation workshop, 2026-03-05, High confidence)',
      },
    ]);
    expect(actor.summary).toBe('New actor: ສະມາຄົມຊາວກະສິກອນ ສາລະວັນ');
    expect(actor.diff.map((l) => [l.label, l.before, l.after])).toEqual([
      ['Name', null, 'ສະມາຄົມຊາວກະສິກອນ ສາລະວັນ'],
      ['Sector', null, 'Community organisation'],
      ['Level', null, 'Local'],
      ['Based in', null, 'Lao PDR (Vientiane consultation workshop, 2026-03-05, High confidence)'],
      ['Influence', null, '3'],
    ]);
    const { captures } = await suite.gql.ok<{ captures: Capture[] }>(LIST, { sessionId: SESSION.id }, analyst);
    expect(captures.map((c) => c.id)).toEqual([actor.id, tie.id, position.id]);
    expect(await interest('kh-gov', 'community-forestry')).toMatchObject({ position: 'MIXED' });
  });
});

describe('accepting and rejecting', () => {
  test('accepting applies the entry with the session provenance and records it in the audit trail', async () => {
    const c = await capture({
      position: { actorId: 'kh-biz', themeId: 'community-forestry', position: 'OPPOSES', priority: 2 },
    });
    const before = await counts();
    const accepted = (await suite.gql.ok<{ acceptCapture: Capture }>(ACCEPT, { id: c.id }, admin)).acceptCapture;
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'adm',
      actorId: 'kh-biz',
      conflict: null,
      summary: 'Angkor Agri Company opposes Community and social forestry',
    });
    expect(await interest('kh-biz', 'community-forestry')).toEqual({
      position: 'OPPOSES',
      priority: 2,
      source: 'Vientiane consultation workshop',
      confidence: 'HIGH',
      recordedAt: '2026-03-05',
    });
    expect(await counts()).toMatchObject({ changes: before.changes + 1, captures: before.captures });
    const { changes } = await suite.gql.ok<{
      changes: Array<{ action: string; username: string; fields: Array<{ label: string }> }>;
    }>('{ changes(entityId: "kh-biz") { action username fields { label } } }', {}, analyst);
    expect(changes[0]).toMatchObject({ action: 'acceptCapture', username: 'adm' });
    expect(changes[0]?.fields.map((f) => f.label)).toContain('Position on Community and social forestry');
    const again = await suite.gql.run(ACCEPT, { id: c.id }, analyst);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/accepted already by adm/);
  });

  test('a new actor in Khmer is created on accept, audited, and capturing it again is refused as already recorded', async () => {
    const c = await capture({
      actor: {
        name: 'សមាគមកសិករ កំពត',
        altNames: ['Kampot Farmers Association'],
        sector: 'COMMUNITY',
        level: 'LOCAL',
        basedIn: 'KH',
        influence: 2,
      },
    });
    const accepted = (await suite.gql.ok<{ acceptCapture: Capture }>(ACCEPT, { id: c.id }, analyst)).acceptCapture;
    expect(accepted.actorId).toMatch(/^[a-z0-9-]+$/);
    const { actor } = await suite.gql.ok<{
      actor: { name: string; altNames: string[]; basedIn: { id: string }; countries: unknown[] };
    }>(`{ actor(id: "${accepted.actorId}") { name altNames basedIn { id } } }`, {}, viewer);
    expect(actor).toEqual({ name: 'សមាគមកសិករ កំពត', altNames: ['Kampot Farmers Association'], basedIn: { id: 'KH' } });
    const { changes } = await suite.gql.ok<{ changes: Array<{ action: string }> }>(
      `{ changes(entityId: "${accepted.actorId}") { action } }`,
      {},
      analyst,
    );
    expect(changes.map((x) => x.action)).toEqual(['acceptCapture']);
    // Now recorded: the same actor captured again is refused as a duplicate.
    const dup = await suite.gql.run(
      CAPTURE,
      {
        input: {
          session: SESSION,
          actor: { name: 'សមាគមកសិករ កំពត', sector: 'COMMUNITY', level: 'LOCAL', basedIn: 'KH' },
        },
      },
      analyst,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actor.name' });
    expect(dup.errors?.[0]?.message).toMatch(/already recorded/);
  });

  test('rejecting changes nothing on the map and keeps the entry, marked, with the note', async () => {
    const c = await capture({ membership: { actorId: 'kh-gov', groupId: 'net-forest', role: 'observer' } });
    const before = await counts();
    const rejected = (
      await suite.gql.ok<{ rejectCapture: Capture }>(
        REJECT,
        { id: c.id, note: 'Not what was said: ສະມາຄົມ only observes' },
        analyst,
      )
    ).rejectCapture;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      summary: 'Provincial Land Office is a member of Cambodian Forest Network',
      reviewedBy: 'ana',
      note: 'Not what was said: ສະມາຄົມ only observes',
    });
    expect(await counts()).toEqual(before);
    const [row] = await suite.db.runStatement(
      "RETURN EXISTS { (:Actor {id: 'kh-gov'})-[:MEMBER_OF]->(:Group {id: 'net-forest'}) } AS member",
    );
    expect(row?.member).toBe(false);
    const { captures } = await suite.gql.ok<{ captures: Capture[] }>(LIST, { status: 'REJECTED' }, analyst);
    expect(captures.map((x) => x.id)).toContain(c.id);
    const pending = await suite.gql.ok<{ captures: Capture[] }>(LIST, {}, analyst);
    expect(pending.captures.map((x) => x.id)).not.toContain(c.id);
    const accept = await suite.gql.run(ACCEPT, { id: c.id }, analyst);
    expect(accept.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  test('CONFLICT when the target changed since the capture, and nothing is written', async () => {
    const c = await capture({
      position: { actorId: 'la-res', themeId: 'grievance-mechanisms', position: 'SUPPORTS', priority: 2 },
    });
    // Someone records la-res's position on that theme through the editor before the review.
    await suite.gql.ok(
      `mutation { setInterest(input: { actorId: "la-res", themeId: "grievance-mechanisms", position: OPPOSES,
         provenance: { source: "Interview" } }) { id } }`,
      {},
      analyst,
    );
    const { captures } = await suite.gql.ok<{ captures: Capture[] }>(LIST, { sessionId: SESSION.id }, analyst);
    const listed = captures.find((x) => x.id === c.id);
    expect(listed?.conflict).toMatch(/changed since this entry was captured/);
    expect(listed?.diff[0]?.before).toMatch(/^Opposes, priority 2 \(Interview/);
    const before = await counts();
    const result = await suite.gql.run(ACCEPT, { id: c.id }, analyst);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    expect(await interest('la-res', 'grievance-mechanisms')).toMatchObject({ position: 'OPPOSES' });
    const still = await suite.gql.ok<{ captures: Capture[] }>(LIST, {}, analyst);
    expect(still.captures.find((x) => x.id === c.id)?.status).toBe('PENDING');
  });

  test('CONFLICT when the actor was deleted since the capture', async () => {
    const created = await suite.gql.ok<{ createActor: { id: string } }>(
      'mutation { createActor(input: { name: "Short-lived Group", sector: MEDIA, level: LOCAL, basedIn: "TH" }) { id } }',
      {},
      analyst,
    );
    const id = created.createActor.id;
    const c = await capture({ membership: { actorId: id, groupId: 'coal-land' } });
    await suite.gql.ok(`mutation { deleteActor(id: "${id}") }`, {}, analyst);
    const result = await suite.gql.run(ACCEPT, { id: c.id }, analyst);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/deleted since it was captured/);
  });

  test('a new actor whose namesake was recorded since is CONFLICT', async () => {
    const c = await capture({
      actor: { name: 'Nhóm Phụ nữ Sơn La', sector: 'COMMUNITY', level: 'LOCAL', basedIn: 'VN' },
    });
    await suite.gql.ok(
      'mutation { createActor(input: { name: "nhom phu nu son la", sector: COMMUNITY, level: LOCAL, basedIn: "VN" }) { id } }',
      {},
      analyst,
    );
    const result = await suite.gql.run(ACCEPT, { id: c.id }, analyst);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/was recorded since/);
  });

  test('two reviewers accepting the same entry at once: one applies it, the other gets CONFLICT', async () => {
    const c = await capture({ collaboration: { actorId: 'kh-cso-a', partnerId: 'kh-biz', kind: 'pilot' } });
    const results = await Promise.all([
      suite.gql.run(ACCEPT, { id: c.id }, analyst),
      suite.gql.run(ACCEPT, { id: c.id }, admin),
    ]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = await suite.db.runStatement(
      "MATCH (:Actor {id: 'kh-cso-a'})-[r:COLLABORATES_WITH]-(:Actor {id: 'kh-biz'}) RETURN count(r) AS n",
    );
    expect(Number(row?.n)).toBe(1);
  });
});

describe('bad input', () => {
  const run = (input: Record<string, unknown>) => suite.gql.run(CAPTURE, { input }, analyst);
  /** Several invalid fields come as extensions.fields; one alone as extensions.field. */
  const fieldsOf = (result: { errors?: Array<{ extensions?: unknown }> }) => {
    const ext = result.errors?.[0]?.extensions as ErrorExtensions;
    return [...new Set(ext.fields?.map((f) => f.field) ?? [ext.field])].sort();
  };

  test.each([
    ['no entry', { session: SESSION }, ['input.entry']],
    [
      'two entries',
      {
        session: SESSION,
        position: { actorId: 'kh-gov', themeId: 'community-forestry', position: 'SUPPORTS' },
        membership: { actorId: 'kh-gov', groupId: 'coal-land' },
      },
      ['input.entry'],
    ],
    [
      'an empty session, source and name, and a priority out of range: every field at once',
      {
        session: { id: '', provenance: { source: '   ', recordedAt: '2026-02-30' } },
        actor: { name: '  ', sector: 'MEDIA', level: 'LOCAL', influence: 9 },
      },
      [
        'input.actor.influence',
        'input.actor.name',
        'input.session.id',
        'input.session.provenance.recordedAt',
        'input.session.provenance.source',
      ],
    ],
    [
      'huge text',
      {
        session: { id: 's1', provenance: { source: 'x'.repeat(501) } },
        actor: { name: 'ក'.repeat(201), acronym: 'A'.repeat(31), sector: 'MEDIA', level: 'LOCAL' },
      },
      ['input.actor.acronym', 'input.actor.name', 'input.session.provenance.source'],
    ],
    [
      'a new actor without sector or level',
      { session: SESSION, actor: { name: 'Nhóm Nông dân' } },
      ['input.actor.level', 'input.actor.sector'],
    ],
    [
      'ids that name nothing',
      { session: SESSION, position: { actorId: 'no-such-actor', themeId: 'no-such-theme', position: 'SUPPORTS' } },
      ['input.position.actorId', 'input.position.themeId'],
    ],
    [
      'a Cypher-looking id',
      { session: SESSION, membership: { actorId: "x'}) DETACH DELETE (n) //", groupId: 'coal-land' } },
      ['input.membership.actorId'],
    ],
    [
      'an actor with itself',
      { session: SESSION, collaboration: { actorId: 'kh-gov', partnerId: 'kh-gov' } },
      ['input.collaboration.partnerId'],
    ],
    [
      'a control character in a name',
      { session: SESSION, actor: { name: 'Bad\u0000Name', sector: 'MEDIA', level: 'LOCAL' } },
      ['input.actor.name'],
    ],
  ])('%s is BAD_USER_INPUT naming each field, in plain words, and writes nothing', async (_what, input, fields) => {
    const before = await counts();
    const result = await run(input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
    for (const f of (result.errors?.[0]?.extensions as ErrorExtensions).fields ?? []) {
      expect(f.message).not.toMatch(/expected|Too big|Invalid/);
    }
    expect(await counts()).toEqual(before);
  });

  test('Khmer, Lao, Burmese and Vietnamese names and Cypher-looking text are stored and applied exactly', async () => {
    const names = [
      'សហគមន៍ព្រៃឈើ ស្រែអំបិល',
      'ກຸ່ມແມ່ຍິງ ບ້ານນາ',
      'မြေယာ ကွန်ရက် မန္တလေး',
      'Hợp tác xã Đắk Lắk',
      "Robert'); MATCH (n) DETACH DELETE n; //",
    ];
    for (const [i, name] of names.entries()) {
      const c = await capture({
        actor: { name: name.normalize('NFD'), sector: 'CIVIL_SOCIETY', level: 'LOCAL', basedIn: 'TH' },
        session: { ...SESSION, id: `scripts-${i}` },
      });
      expect(c.diff[0]).toEqual({ label: 'Name', before: null, after: name.normalize('NFC') });
      const accepted = (await suite.gql.ok<{ acceptCapture: Capture }>(ACCEPT, { id: c.id }, analyst)).acceptCapture;
      const { actor } = await suite.gql.ok<{ actor: { name: string } }>(
        `{ actor(id: "${accepted.actorId}") { name } }`,
        {},
        viewer,
      );
      expect(actor.name).toBe(name.normalize('NFC'));
    }
    const [row] = await suite.db.runStatement('MATCH (a:Actor) RETURN count(a) AS n');
    expect(Number(row?.n)).toBeGreaterThan(10);
  });

  test('an unknown capture id is NOT_FOUND; a malformed one BAD_USER_INPUT', async () => {
    expect((await suite.gql.run(ACCEPT, { id: 'no-such-capture' }, analyst)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await suite.gql.run(REJECT, { id: "') RETURN 1 //" }, analyst)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('who may capture and review', () => {
  const position = { actorId: 'kh-gov', themeId: 'grievance-mechanisms', position: 'SUPPORTS' };

  test.each([
    ['a viewer', viewer, 'FORBIDDEN'],
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
  ])('%s may neither capture, list, accept nor reject', async (_who, who, code) => {
    const c = await capture({ position });
    const before = await counts();
    const attempts = [
      await suite.gql.run(CAPTURE, { input: { session: SESSION, position } }, who),
      await suite.gql.run(LIST, {}, who),
      await suite.gql.run(ACCEPT, { id: c.id }, who),
      await suite.gql.run(REJECT, { id: c.id }, who),
    ];
    expect(attempts.map((a) => a.errors?.[0]?.extensions?.code)).toEqual([code, code, code, code]);
    expect(await counts()).toEqual(before);
  });

  test('a viewer never gets a pending capture about a sensitive actor, nor a trace of it', async () => {
    const c = await capture({
      collaboration: { actorId: 'mm-def', partnerId: 'mm-media', kind: 'secret meeting' },
    });
    expect(c.sensitive).toBe(true);
    expect(c.summary).toBe('Land Defenders Collective works with Yangon Press Group');
    const asViewer = await suite.gql.run(LIST, { status: 'PENDING' }, viewer);
    expect(asViewer.data).toBeNull();
    expect(JSON.stringify(asViewer)).not.toMatch(/Land Defenders|mm-def|secret meeting/);
    // Refused exactly as for an unknown id: the answer says nothing about whether the capture exists.
    const known = await suite.gql.run(ACCEPT, { id: c.id }, viewer);
    const unknown = await suite.gql.run(ACCEPT, { id: 'zz-zzz' }, viewer);
    expect(JSON.stringify(known).replaceAll(c.id, 'X')).toBe(JSON.stringify(unknown).replaceAll('zz-zzz', 'X'));
    // Nor does the pending entry show on the map.
    const { actor } = await suite.gql.ok<{ actor: { collaborators: Array<{ actor: { id: string } }> } }>(
      '{ actor(id: "mm-media") { collaborators { actor { id } } } }',
      {},
      viewer,
    );
    expect(actor.collaborators).toEqual([]);
  });

  test('an admin may capture and review', async () => {
    const c = await capture({ position: { ...position, themeId: 'smallholder-investment' } }, admin);
    const rejected = await suite.gql.ok<{ rejectCapture: Capture }>(REJECT, { id: c.id }, admin);
    expect(rejected.rejectCapture.status).toBe('REJECTED');
  });
});
