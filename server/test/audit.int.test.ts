import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

let db: Database;
let gql: GraphqlHarness;
const ana: Viewer = { role: 'analyst', userId: 'u-ana', username: 'ana' };
const root: Viewer = { role: 'admin', userId: 'u-root', username: 'root' };

beforeAll(async () => {
  db = await freshDatabase(smallGraph);
  gql = await GraphqlHarness.create(db);
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

interface Change {
  id: string;
  action: string;
  username: string;
  entityId: string;
  before: string | null;
  after: string | null;
  undoOf: string | null;
}
const CHANGES = 'query($e: ID) { changes(entityId: $e) { id action username entityId before after undoOf } }';
const DETAILS = `{ actor(id: "kh-cso-a") { name version description memberships { group { id } } interests { theme { id } position } collaborators { actor { id } } countries { country { id } relation } } }`;

describe('audit trail', () => {
  test('every change records who, what, before and after, in the same transaction', async () => {
    await gql.ok(
      'mutation { updateActor(id: "kh-cso-a", version: 1, patch: { description: "Changed" }) { version } }',
      {},
      ana,
    );
    await gql.ok(
      'mutation { setInterest(input: { actorId: "kh-cso-a", themeId: "smallholder-investment", position: MIXED }) { id } }',
      {},
      ana,
    );
    const { changes } = await gql.ok<{ changes: Change[] }>(CHANGES, { e: 'kh-cso-a' }, ana);
    expect(changes.map((c) => [c.action, c.username])).toEqual([
      ['setInterest', 'ana'],
      ['updateActor', 'ana'],
    ]);
    const update = changes[1];
    expect(JSON.parse(update?.before ?? '{}').actor.description).toBe('Supports community forestry.');
    expect(JSON.parse(update?.after ?? '{}').actor.description).toBe('Changed');
  });

  test('a failed change records nothing', async () => {
    const before = (await gql.ok<{ changes: Change[] }>(CHANGES, {}, root)).changes.length;
    const stale = await gql.run(
      'mutation { updateActor(id: "kh-cso-a", version: 1, patch: { description: "Stale" }) { version } }',
      {},
      ana,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await gql.run(
      'mutation { addMembership(input: { actorId: "kh-cso-a", groupId: "nope" }) { id } }',
      {},
      ana,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql.ok<{ changes: Change[] }>(CHANGES, {}, root)).changes).toHaveLength(before);
  });

  test('history needs an analyst; the full log and undo need an admin', async () => {
    expect(
      (await gql.run(CHANGES, { e: 'kh-cso-a' }, { role: 'viewer', userId: 'v', username: 'v' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gql.run(CHANGES, { e: 'kh-cso-a' }, { role: 'viewer', anonymous: true })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await gql.run(CHANGES, {}, ana)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql.run('mutation { undoChange(id: "x") { id } }', {}, ana)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  test('an admin undoes a deletion: the actor comes back with every link; the undo is recorded', async () => {
    const before = await gql.ok(DETAILS, {}, ana);
    await gql.ok('mutation { deleteActor(id: "kh-cso-a") }', {}, ana);
    expect((await gql.run(DETAILS, {}, ana)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { changes } = await gql.ok<{ changes: Change[] }>(CHANGES, { e: 'kh-cso-a' }, root);
    expect(changes[0]?.action).toBe('deleteActor');
    expect(changes[0]?.after).toBeNull();
    const { undoChange } = await gql.ok<{ undoChange: Change }>(
      'mutation($id: ID!) { undoChange(id: $id) { id action undoOf username } }',
      { id: changes[0]?.id },
      root,
    );
    expect(undoChange).toMatchObject({ action: 'undo', undoOf: changes[0]?.id, username: 'root' });
    const restored = await gql.ok<{ actor: { version: number } }>(DETAILS, {}, ana);
    const { version: _v1, ...restoredRest } = restored.actor;
    const { version: _v2, ...beforeRest } = (before as { actor: { version: number } }).actor;
    expect(restoredRest).toEqual(beforeRest);
    expect(
      (await gql.run('mutation($id: ID!) { undoChange(id: $id) { id } }', { id: changes[0]?.id }, root)).errors?.[0]
        ?.extensions?.code,
    ).toBe('CONFLICT');
  });

  test('an admin undoes a creation: the actor is gone again', async () => {
    await gql.ok(
      'mutation { createActor(input: { id: "tmp-actor", name: "Temporary", sector: MEDIA, level: LOCAL, basedIn: "KH" }) { id } }',
      {},
      ana,
    );
    const { changes } = await gql.ok<{ changes: Change[] }>(CHANGES, { e: 'tmp-actor' }, root);
    await gql.ok('mutation($id: ID!) { undoChange(id: $id) { id } }', { id: changes[0]?.id }, root);
    expect((await gql.run('{ actor(id: "tmp-actor") { id } }', {}, ana)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('saved views in the audit trail', () => {
  const viewer: Viewer = { role: 'viewer', userId: 'u-viewer', username: 'vera' };
  const SAVE = 'mutation($name: String!, $state: String!) { saveView(input: { name: $name, state: $state }) { id } }';
  const save = async (name: string, state: unknown): Promise<string> =>
    (await gql.ok<{ saveView: { id: string } }>(SAVE, { name, state: JSON.stringify(state) }, ana)).saveView.id;
  const history = async (id: string): Promise<Change[]> =>
    (await gql.ok<{ changes: Change[] }>(CHANGES, { e: id }, ana)).changes;
  const logSize = async (): Promise<number> =>
    (await gql.ok<{ changes: Change[] }>('{ changes(limit: 500) { id } }', {}, root)).changes.length;

  test('saving and deleting a view record who, what, before and after', async () => {
    const id = await save('Defenders and allies', { selected: 'actor:mm-def', layout: 'fcose' });
    const created = await history(id);
    expect(created.map((c) => [c.action, c.username, c.entityId, c.before])).toEqual([['saveView', 'ana', id, null]]);
    expect(JSON.parse(created[0]?.after ?? '{}').view).toMatchObject({
      id,
      name: 'Defenders and allies',
      actorRefs: expect.arrayContaining(['mm-def']),
      createdBy: 'u-ana',
    });

    await gql.ok('mutation($id: ID!) { deleteSavedView(id: $id) }', { id }, ana);
    const changes = await history(id);
    expect(changes.map((c) => c.action)).toEqual(['deleteSavedView', 'saveView']);
    expect(JSON.parse(changes[0]?.before ?? '{}').view).toMatchObject({
      id,
      name: 'Defenders and allies',
      state: JSON.stringify({ selected: 'actor:mm-def', layout: 'fcose' }),
    });
    expect(changes[0]?.after).toBeNull();
  });

  test('a failed save or delete records nothing', async () => {
    const before = await logSize();
    expect(
      (await gql.run('mutation { deleteSavedView(id: "no-such-view") }', {}, ana)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await gql.run(SAVE, { name: 'Broken', state: '{not json' }, ana)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql.run(SAVE, { name: 'By a viewer', state: '{}' }, viewer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await logSize()).toBe(before);
  });

  test('a view naming a sensitive actor: its history is not for viewers; the view itself stays hidden from them', async () => {
    const hidden = await save('Meeting with defenders', { focus: 'actor:mm-def' });
    const open = await save('Forest CSOs', { focus: 'actor:kh-cso-a' });
    for (const id of [hidden, open]) {
      expect((await gql.run(CHANGES, { e: id }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gql.run(CHANGES, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql.run(CHANGES, { e: hidden }, { role: 'viewer', anonymous: true })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const listed = (
      await gql.ok<{ savedViews: Array<{ id: string }> }>('{ savedViews { id } }', {}, viewer)
    ).savedViews.map((v) => v.id);
    expect(listed).toContain(open);
    expect(listed).not.toContain(hidden);
    // Those who may see sensitive actors read the snapshot in full.
    expect(JSON.parse((await history(hidden))[0]?.after ?? '{}').view.state).toContain('mm-def');
  });

  test('undo is for actors, groups and themes: a saved-view change gets BAD_USER_INPUT and nothing is recorded', async () => {
    const id = await save('Undo me', { layout: 'concentric' });
    const [change] = await history(id);
    const before = await logSize();
    const undo = await gql.run('mutation($id: ID!) { undoChange(id: $id) { id } }', { id: change?.id }, root);
    expect(undo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(undo.errors?.[0]?.message).toBe(
      'id: undo is available for changes to actors, networks, coalitions and themes, not to a saved view',
    );
    expect(await logSize()).toBe(before);
    expect(
      (await gql.ok<{ savedViews: Array<{ id: string }> }>('{ savedViews { id } }', {}, ana)).savedViews.map(
        (v) => v.id,
      ),
    ).toContain(id);
  });
});
