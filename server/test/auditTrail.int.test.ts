/**
 * The audit trail as the audit page uses it: filters (who, what kind, which item, when) answered by Cypher, undo of
 * group, theme and link changes with the rule "newest first" (CONFLICT otherwise), and who may ask.
 */
import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);
const ana: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const bob: Viewer = { role: 'analyst', userId: 'u-bob', username: 'bob' };
const root: Viewer = { role: 'admin', userId: 'u-root', username: 'root' };
const vera: Viewer = { role: 'viewer', userId: 'u-vera', username: 'vera' };
const anonymous: Viewer = { role: 'viewer', anonymous: true };

interface Field {
  label: string;
  before: string | null;
  after: string | null;
}
interface Change {
  id: string;
  at: string;
  action: string;
  username: string | null;
  entityKind: string;
  entityId: string;
  entityName: string | null;
  fields: Field[];
  undoOf: string | null;
  undoneBy: string | null;
}
const CHANGE = 'id at action username entityKind entityId entityName fields { label before after } undoOf undoneBy';
const CHANGES = `query($entityId: ID, $entityKind: String, $username: String, $from: String, $to: String, $limit: Int) {
  changes(entityId: $entityId, entityKind: $entityKind, username: $username, from: $from, to: $to, limit: $limit) { ${CHANGE} } }`;
const UNDO = `mutation($id: ID!) { undoChange(id: $id) { ${CHANGE} } }`;
const GROUP = `query { groups { id kind name acronym description founded version countries { id } themes { id } memberCount } }`;

type Group = {
  id: string;
  name: string;
  acronym: string | null;
  description: string | null;
  founded: number | null;
  version: number;
  countries: Array<{ id: string }>;
  themes: Array<{ id: string }>;
  memberCount: number;
};

const changes = async (args: Record<string, unknown>, who: Viewer = root): Promise<Change[]> =>
  (await suite.gql.ok<{ changes: Change[] }>(CHANGES, args, who)).changes;
const latest = async (entityId: string): Promise<Change> => {
  const [change] = await changes({ entityId, limit: 1 });
  if (!change) throw new Error(`no change for ${entityId}`);
  return change;
};
const undo = (id: string, who: Viewer = root) => suite.gql.run<{ undoChange: Change }>(UNDO, { id }, who);
const group = async (id: string, who: Viewer = ana): Promise<Group | undefined> =>
  (await suite.gql.ok<{ groups: Group[] }>(GROUP, {}, who)).groups.find((g) => g.id === id);
const codeOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

describe('filters', () => {
  beforeAll(async () => {
    const { gql } = suite;
    await gql.ok(
      'mutation { updateTheme(id: "grievance-mechanisms", version: 1, patch: { description: "Remedy." }) { id } }',
      {},
      ana,
    );
    await gql.ok(
      'mutation { updateActor(id: "kh-cso-c", version: 1, patch: { description: "Legal aid." }) { id } }',
      {},
      bob,
    );
    await gql.ok('mutation { updateGroup(id: "net-forest", version: 1, patch: { founded: 2004 }) { id } }', {}, bob);
    // Two changes made "in the past": the trail's dates are what the filters read.
    const [old1, old2] = await changes({ limit: 2 });
    await suite.db.runStatement(
      `MATCH (c:Change {id: $a}) SET c.at = datetime('2024-01-15T10:00:00Z')
       WITH 1 AS _ MATCH (c:Change {id: $b}) SET c.at = datetime('2024-02-20T23:30:00Z')`,
      { a: old1?.id, b: old2?.id },
    );
  });

  test('by who made the change, by kind, by item and by dates, combined, newest first', async () => {
    expect((await changes({ username: 'bob' })).map((c) => c.entityId)).toEqual(['kh-cso-c', 'net-forest']);
    expect((await changes({ username: 'ana' })).map((c) => c.entityId)).toEqual(['grievance-mechanisms']);
    expect((await changes({ entityKind: 'group' })).map((c) => c.action)).toEqual(['updateGroup']);
    expect((await changes({ entityKind: 'theme', username: 'bob' })).map((c) => c.id)).toEqual([]);
    expect((await changes({ entityId: 'kh-cso-c', entityKind: 'actor' })).map((c) => c.username)).toEqual(['bob']);
    expect((await changes({ entityId: 'kh-cso-c', entityKind: 'group' })).map((c) => c.username)).toEqual([]);
    // net-forest was moved to 2024-01-15 10:00 UTC, kh-cso-c to 2024-02-20 23:30 UTC.
    expect((await changes({ from: '2024-01-01', to: '2024-01-31' })).map((c) => c.entityId)).toEqual(['net-forest']);
    expect((await changes({ from: '2024-01-01', to: '2024-02-20' })).map((c) => c.entityId)).toEqual([
      'kh-cso-c',
      'net-forest',
    ]);
    expect((await changes({ to: '2024-02-20T23:00:00Z' })).map((c) => c.entityId)).toEqual(['net-forest']);
    expect((await changes({ from: '2024-02-21T06:00:00+07:00', to: '2024-12-31' })).map((c) => c.entityId)).toEqual([
      'kh-cso-c',
    ]);
    const recent = await changes({ from: '2025-01-01' });
    expect(recent.map((c) => c.entityId)).toEqual(['grievance-mechanisms']);
    expect(recent[0]).toMatchObject({
      entityKind: 'theme',
      entityName: 'Grievance mechanisms',
      fields: [{ label: 'Description', before: 'Remedy for affected people.', after: 'Remedy.' }],
      undoneBy: null,
    });
    // An item's history takes the same filters.
    expect(await changes({ entityId: 'net-forest', from: '2025-01-01' }, ana)).toEqual([]);
  });

  test('every invalid filter is named at once, in plain words', async () => {
    const result = await suite.gql.run(CHANGES, { from: '2024-13-01', to: 'yesterday', entityKind: 'planet' }, root);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions as { fields?: Array<{ field: string; message: string }> }).fields;
    expect(fields?.map((f) => f.field).sort()).toEqual(['entityKind', 'from', 'to']);
    expect(fields?.find((f) => f.field === 'from')?.message).toBe(
      'must be a date YYYY-MM-DD or a date-time such as 2026-03-05T14:00:00Z',
    );
    const reversed = await suite.gql.run(CHANGES, { from: '2024-02-01', to: '2024-01-01' }, root);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(reversed.errors?.[0]?.message).toBe('to: must not be before from');
  });
});

describe('undo of a network or coalition', () => {
  test('an update: name, acronym, countries and themes come back; an edit begun before gets CONFLICT', async () => {
    const before = await group('coal-land');
    await suite.gql.ok(
      `mutation { updateGroup(id: "coal-land", version: ${before?.version}, patch: {
        name: "Mekong Land Alliance", acronym: null, activeIn: ["KH"], focusThemes: ["grievance-mechanisms"] }) { id } }`,
      {},
      ana,
    );
    const change = await latest('coal-land');
    expect(change).toMatchObject({ action: 'updateGroup', entityKind: 'group', entityName: 'Mekong Land Alliance' });
    expect(change.fields).toEqual([
      { label: 'Name', before: 'Mekong Land Coalition', after: 'Mekong Land Alliance' },
      { label: 'Acronym', before: 'MLC', after: null },
      { label: 'Active in', before: 'Myanmar, Regional, Vietnam', after: 'Cambodia' },
      {
        label: 'Focus themes',
        before: 'Community and social forestry, Investing in smallholders',
        after: 'Grievance mechanisms',
      },
    ]);
    const edited = await group('coal-land');
    const { undoChange } = (await undo(change.id)).data ?? {};
    expect(undoChange).toMatchObject({ action: 'undo', undoOf: change.id, username: 'root', entityId: 'coal-land' });
    expect(undoChange?.fields.map((f) => [f.label, f.after])).toEqual([
      ['Name', 'Mekong Land Coalition'],
      ['Acronym', 'MLC'],
      ['Active in', 'Myanmar, Regional, Vietnam'],
      ['Focus themes', 'Community and social forestry, Investing in smallholders'],
    ]);
    const restored = await group('coal-land');
    const { version: _v1, ...rest } = restored ?? ({} as Group);
    const { version: _v2, ...beforeRest } = before ?? ({} as Group);
    expect({ ...rest, countries: [...rest.countries].sort((a, b) => a.id.localeCompare(b.id)) }).toEqual({
      ...beforeRest,
      countries: [...beforeRest.countries].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(restored?.version).toBeGreaterThan(edited?.version ?? Infinity);
    const stale = await suite.gql.run(
      `mutation { updateGroup(id: "coal-land", version: ${edited?.version}, patch: { founded: 1999 }) { id } }`,
      {},
      ana,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await latest('coal-land')).id).toBe(undoChange?.id);
    expect((await changes({ entityId: 'coal-land' })).find((c) => c.id === change.id)?.undoneBy).toBe(undoChange?.id);
  });

  test('an older change while a newer one stands: CONFLICT naming the later change; newest first works', async () => {
    const v = (await group('net-forest'))?.version ?? 0;
    await suite.gql.ok(
      `mutation { updateGroup(id: "net-forest", version: ${v}, patch: { acronym: "CFN" }) { id } }`,
      {},
      ana,
    );
    const first = await latest('net-forest');
    await suite.gql.ok(
      `mutation { updateGroup(id: "net-forest", version: ${v + 1}, patch: { founded: 2001 }) { id } }`,
      {},
      bob,
    );
    const second = await latest('net-forest');
    const before = await suite.db.runStatement('MATCH (c:Change) RETURN count(c) AS n');

    const refused = await undo(first.id);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(
      /^‘Cambodian Forest Network’ has changed since this change \(later: updateGroup by bob on \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\. Undo the later changes first, newest first\.$/,
    );
    expect(await suite.db.runStatement('MATCH (c:Change) RETURN count(c) AS n')).toEqual(before);
    expect((await group('net-forest'))?.acronym).toBe('CFN');

    expect((await undo(second.id)).errors).toBeUndefined();
    expect((await undo(first.id)).errors).toBeUndefined();
    expect(await group('net-forest')).toMatchObject({ acronym: null, founded: 2004 });
    const again = await undo(first.id);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('This change has already been undone.');
  });

  test('a deletion: the coalition comes back with its members and their links as they were, sensitive ones hidden as before', async () => {
    const MEMBERS =
      '{ actor(id: "vn-farm") { memberships { group { id } role since provenance { source confidence recordedAt } } } }';
    const viewerBefore = await group('coal-land', vera);
    const analystBefore = await group('coal-land', ana);
    const linkBefore = await suite.gql.ok(MEMBERS, {}, ana);
    expect(analystBefore?.memberCount).toBe((viewerBefore?.memberCount ?? 0) + 1); // mm-def, sensitive
    await suite.gql.ok('mutation { deleteGroup(id: "coal-land") }', {}, ana);
    expect(await group('coal-land')).toBeUndefined();
    const deletion = await latest('coal-land');
    expect(deletion.fields.find((f) => f.label === 'Members')).toEqual({
      label: 'Members',
      before: '2: Land Defenders Collective, Hội Nông dân Lâm Đồng',
      after: null,
    });

    expect((await undo(deletion.id)).errors).toBeUndefined();
    expect(await group('coal-land', vera)).toEqual(viewerBefore && { ...viewerBefore, version: expect.any(Number) });
    expect((await group('coal-land', ana))?.memberCount).toBe(analystBefore?.memberCount);
    expect(await suite.gql.ok(MEMBERS, {}, ana)).toEqual(linkBefore);
    // The sensitive member is back for analysts, and still nowhere for a viewer.
    const hood = '{ neighbourhood(id: "group:coal-land", depth: 1) { nodes { id } } }';
    const ids = async (who: Viewer) =>
      (await suite.gql.ok<{ neighbourhood: { nodes: Array<{ id: string }> } }>(hood, {}, who)).neighbourhood.nodes.map(
        (n) => n.id,
      );
    expect(await ids(ana)).toContain('actor:mm-def');
    expect(await ids(vera)).not.toContain('actor:mm-def');
    expect(JSON.stringify(await ids(anonymous))).not.toContain('mm-def');
  });

  test('a creation: the group is gone again, and undoing that undo brings it back', async () => {
    await suite.gql.ok(
      'mutation { createGroup(input: { id: "net-new", kind: NETWORK, name: "New Network", activeIn: ["LA"] }) { id } }',
      {},
      ana,
    );
    await suite.gql.ok('mutation { addMembership(input: { actorId: "la-res", groupId: "net-new" }) { id } }', {}, ana);
    const creation = (await changes({ entityId: 'net-new' })).find((c) => c.action === 'createGroup');
    const undone = await undo(creation?.id ?? '');
    expect(undone.errors).toBeUndefined();
    expect(await group('net-new')).toBeUndefined();
    // The undo removed the group with its membership; undoing the undo brings both back.
    expect((await undo(undone.data?.undoChange.id ?? '')).errors).toBeUndefined();
    expect(await group('net-new')).toMatchObject({ name: 'New Network', countries: [{ id: 'LA' }], memberCount: 1 });
  });
});

describe('undo of a theme', () => {
  test('an update and a deletion: positions, focus links and activities come back with the theme', async () => {
    const THEME = '{ themes { id name description version actorCount supports opposes mixed } }';
    const before = await suite.gql.ok<{ themes: Array<{ id: string; version: number }> }>(THEME, {}, ana);
    const cf = before.themes.find((t) => t.id === 'community-forestry');
    await suite.gql.ok(
      `mutation { updateTheme(id: "community-forestry", version: ${cf?.version}, patch: { name: "Forest rights" }) { id } }`,
      {},
      ana,
    );
    const rename = await latest('community-forestry');
    expect(rename.fields).toEqual([{ label: 'Name', before: 'Community and social forestry', after: 'Forest rights' }]);
    expect((await undo(rename.id)).errors).toBeUndefined();

    const LINKS = `{ actor(id: "kh-cso-a") { interests { theme { id } position priority provenance { source confidence recordedAt } } }
      groups { id themes { id } } activities { id themes { id } } }`;
    const links = await suite.gql.ok(LINKS, {}, ana);
    const viewerThemes = await suite.gql.ok(THEME, {}, vera);
    await suite.gql.ok('mutation { deleteTheme(id: "community-forestry") }', {}, ana);
    const deletion = await latest('community-forestry');
    expect(deletion.fields.map((f) => f.label)).toEqual([
      'Name',
      'Description',
      'Positions held by',
      'Focus of',
      'Addressed by activities',
    ]);
    expect((await undo(deletion.id)).errors).toBeUndefined();
    expect(await suite.gql.ok(LINKS, {}, ana)).toEqual(links);
    const after = await suite.gql.ok<{ themes: Array<{ id: string; version: number }> }>(THEME, {}, vera);
    expect(after.themes.map(({ version: _v, ...t }) => t)).toEqual(
      (viewerThemes as typeof after).themes.map(({ version: _v, ...t }) => t),
    );
  });
});

describe('undo of a link change', () => {
  test("a membership's confidence is a change to its actor: recorded field by field, undone, the sensitive flag kept", async () => {
    const MEMBERSHIP = `{ actor(id: "kh-cso-b") { memberships { group { id } role since sensitive provenance { source confidence recordedAt } } } }`;
    // The link is made sensitive first: an undo must never lift that.
    await suite.gql.ok(
      `mutation { addMembership(input: { actorId: "kh-cso-b", groupId: "net-forest", role: "member", since: 2012, sensitive: true,
        provenance: { source: "Key-informant interview KII-KH-03", recordedAt: "2014-10-20", confidence: MEDIUM } }) { id } }`,
      {},
      ana,
    );
    const sensitiveLink = await suite.gql.ok(MEMBERSHIP, {}, ana);
    await suite.gql.ok(
      `mutation { addMembership(input: { actorId: "kh-cso-b", groupId: "net-forest", role: "member", since: 2012, sensitive: true,
        provenance: { source: "Key-informant interview KII-KH-03", recordedAt: "2014-10-20", confidence: HIGH } }) { id } }`,
      {},
      ana,
    );
    const change = await latest('kh-cso-b');
    expect(change).toMatchObject({ action: 'addMembership', entityKind: 'actor', entityName: 'Mekong Land Watch' });
    expect(change.fields).toEqual([
      {
        label: 'Member of Cambodian Forest Network',
        before:
          'member, since 2012 · Medium confidence · Key-informant interview KII-KH-03 · 2014-10-20 · sensitive link',
        after: 'member, since 2012 · High confidence · Key-informant interview KII-KH-03 · 2014-10-20 · sensitive link',
      },
    ]);
    expect((await undo(change.id)).errors).toBeUndefined();
    expect(await suite.gql.ok(MEMBERSHIP, {}, ana)).toEqual(sensitiveLink);
    const forViewer = await suite.gql.ok<{ actor: { memberships: unknown[] } }>(
      '{ actor(id: "kh-cso-b") { memberships { group { id } } } }',
      {},
      vera,
    );
    expect(forViewer.actor.memberships).toEqual([]);
  });
});

describe('undo of an actor changed since', () => {
  test('by a later edit: CONFLICT until that edit is undone; by a link recorded on its partner: CONFLICT saying so', async () => {
    await suite.gql.ok('mutation { updateActor(id: "kh-gov", version: 1, patch: { influence: 5 }) { id } }', {}, ana);
    const first = await latest('kh-gov');
    await suite.gql.ok('mutation { updateActor(id: "kh-gov", version: 2, patch: { acronym: "PLO" }) { id } }', {}, bob);
    expect(codeOf(await undo(first.id))).toBe('CONFLICT');
    const second = await latest('kh-gov');
    expect((await undo(second.id)).errors).toBeUndefined();
    expect((await undo(first.id)).errors).toBeUndefined();
    expect(
      (await suite.gql.ok<{ actor: unknown }>('{ actor(id: "kh-gov") { influence acronym } }', {}, ana)).actor,
    ).toEqual({ influence: 4, acronym: null });

    // A collaboration is recorded on the actor it was added from; its partner changes too.
    await suite.gql.ok('mutation { updateActor(id: "mm-media", version: 1, patch: { influence: 3 }) { id } }', {}, ana);
    const mediaEdit = await latest('mm-media');
    await suite.gql.ok('mutation { addCollaboration(input: { fromId: "la-res", toId: "mm-media" }) { id } }', {}, ana);
    const refused = await undo(mediaEdit.id);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      '‘Yangon Press Group’ has changed since this change, through a change recorded on a linked item (a collaboration recorded on its partner, or a theme or group that was removed). Edit it by hand instead.',
    );
  });
});

describe('who may read the trail and undo', () => {
  test('viewers get FORBIDDEN and anonymous callers UNAUTHENTICATED, whatever the filters; analysts only an item history', async () => {
    const anyChange = (await changes({ limit: 1 }))[0]?.id ?? '';
    for (const args of [{}, { entityId: 'mm-def' }, { entityKind: 'actor', username: 'ana' }, { from: 'not a date' }]) {
      expect(codeOf(await suite.gql.run(CHANGES, args, vera))).toBe('FORBIDDEN');
      expect(codeOf(await suite.gql.run(CHANGES, args, anonymous))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await suite.gql.run(CHANGES, { entityKind: 'group' }, ana))).toBe('FORBIDDEN');
    expect((await suite.gql.run(CHANGES, { entityId: 'mm-def', entityKind: 'actor' }, ana)).errors).toBeUndefined();
    expect(codeOf(await undo(anyChange, ana))).toBe('FORBIDDEN');
    expect(codeOf(await undo(anyChange, vera))).toBe('FORBIDDEN');
    expect(codeOf(await undo(anyChange, anonymous))).toBe('UNAUTHENTICATED');
  });

  test('a refusal says the same about a sensitive actor as about an unknown one: no snapshot, no name', async () => {
    await suite.gql.ok(
      'mutation { updateActor(id: "mm-def", version: 1, patch: { description: "Defenders." }) { id } }',
      {},
      ana,
    );
    const change = await latest('mm-def');
    expect(change.entityName).toBe('Land Defenders Collective');
    for (const who of [vera, anonymous]) {
      const query = `query($e: ID) { changes(entityId: $e) { ${CHANGE} before after } }`;
      const hidden = await suite.gql.run(query, { e: 'mm-def' }, who);
      const unknown = await suite.gql.run(query, { e: 'zz-zzz' }, who);
      expect(JSON.stringify(hidden)).toBe(JSON.stringify(unknown));
      const undone = await undo(change.id, who);
      expect(JSON.stringify(undone)).not.toMatch(/Defenders|mm-def/);
      expect(undone.data ?? null).toBeNull();
    }
  });
});
