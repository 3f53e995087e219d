import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await suite.db.runStatement(
    'MATCH (n) WHERE NOT n:Change RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels',
  );
  return { nodes: Number(row?.nodes), rels: Number(row?.rels) };
}

const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) {
  id name altNames sector level influence version basedIn { id } countries { relation country { id } provenance { source confidence } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $patch: ActorPatch!) { updateActor(id: $id, version: $version, patch: $patch) {
  id name version description acronym basedIn { id } } }`;

describe('createActor', () => {
  test('creates an actor with a Khmer name, countries and provenance; the id is generated', async () => {
    const { createActor } = await suite.gql.ok<{ createActor: Record<string, unknown> & { id: string } }>(CREATE, {
      input: {
        name: 'សហគមន៍ព្រៃឈើអូរស្វាយ',
        altNames: ['Ou Svay Forest Community'],
        sector: 'COMMUNITY',
        level: 'LOCAL',
        influence: 2,
        basedIn: 'KH',
        operatesIn: ['KH', 'LA'],
        provenance: { source: 'Cambodia consultation workshop, Oct 2014', confidence: 'HIGH' },
      },
    });
    expect(createActor).toMatchObject({
      name: 'សហគមន៍ព្រៃឈើអូរស្វាយ',
      sector: 'COMMUNITY',
      version: 1,
      basedIn: { id: 'KH' },
    });
    expect(createActor.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    expect(createActor.countries).toHaveLength(3);
    const found = await suite.gql.ok<{ actors: { nodes: Array<{ id: string }> } }>(
      'query($t: String) { actors(filter: { text: $t }) { nodes { id } } }',
      {
        t: 'ព្រៃឈើ',
      },
    );
    expect(found.actors.nodes.map((n) => n.id)).toEqual([createActor.id]);
  });

  test('Vietnamese, Lao and Burmese names round-trip unchanged (NFC)', async () => {
    for (const name of ['Trung tâm Nghiên cứu Đất đai', 'ສູນຄົ້ນຄວ້າທີ່ດິນ', 'မြေယာသုတေသနဌာန']) {
      const { createActor } = await suite.gql.ok<{ createActor: { name: string } }>(CREATE, {
        input: { name, sector: 'RESEARCH', level: 'NATIONAL' },
      });
      expect(createActor.name).toBe(name.normalize('NFC'));
    }
  });

  test('null for an optional input (as the page sends an empty source) means its default, as omitting it does', async () => {
    const { createActor } = await suite.gql.ok<{
      createActor: {
        id: string;
        altNames: string[];
        influence: number;
        countries: Array<{ provenance: { source: string } }>;
      };
    }>(CREATE, {
      input: {
        name: 'Explicit Nulls Research Group',
        sector: 'RESEARCH',
        level: 'LOCAL',
        basedIn: 'KH',
        altNames: null,
        influence: null,
        sensitive: null,
        operatesIn: null,
        provenance: null,
      },
    });
    expect(createActor).toMatchObject({ altNames: [], influence: 3 });
    expect(createActor.countries.map((c) => c.provenance.source)).toEqual(['Entered in Reform Atlas']);
    // In a patch, null leaves the value as it is.
    const { updateActor } = await suite.gql.ok<{ updateActor: { version: number } }>(UPDATE, {
      id: createActor.id,
      version: 1,
      patch: { influence: null, altNames: null, sensitive: null, operatesIn: null, provenance: null },
    });
    expect(updateActor.version).toBe(2);
    const { actor } = await suite.gql.ok<{ actor: { influence: number; altNames: string[] } }>(
      'query($id: ID!) { actor(id: $id) { influence altNames } }',
      { id: createActor.id },
    );
    expect(actor).toEqual({ influence: 3, altNames: [] });
    await suite.gql.ok(
      `mutation { addMembership(input: { actorId: "${createActor.id}", groupId: "coal-land", role: null, since: null, provenance: null, sensitive: null }) { id } }`,
    );
    await suite.gql.ok(
      `mutation { setInterest(input: { actorId: "${createActor.id}", themeId: "community-forestry", position: SUPPORTS, priority: null, provenance: null }) { id } }`,
    );
    await suite.gql.ok(`mutation { deleteActor(id: "${createActor.id}") }`);
  });

  test('a duplicate id is CONFLICT and writes nothing', async () => {
    const before = await counts();
    const result = await suite.gql.run(CREATE, {
      input: { id: 'kh-cso-a', name: 'Copy', sector: 'MEDIA', level: 'LOCAL', basedIn: 'KH' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  test.each([
    [{ name: '' }, 'input.name'],
    [{ name: '   ' }, 'input.name'],
    [{ name: 'x'.repeat(201) }, 'input.name'],
    [{ name: 'ok', influence: 9 }, 'input.influence'],
    [{ name: 'ok', website: 'javascript:alert(1)' }, 'input.website'],
    [{ name: 'ok', basedIn: 'XX' }, 'input.basedIn'],
    [{ name: 'ok', id: 'bad id with spaces' }, 'input.id'],
    [{ name: 'ok', altNames: Array.from({ length: 21 }, (_, i) => `n${i}`) }, 'input.altNames'],
    [{ name: 'ok', provenance: { source: '' } }, 'input.provenance.source'],
    [{ name: 'ok', provenance: { source: 'x', recordedAt: 'yesterday' } }, 'input.provenance.recordedAt'],
  ])('bad input %j is BAD_USER_INPUT naming %s and writes nothing', async (fields, field) => {
    const before = await counts();
    const result = await suite.gql.run(CREATE, { input: { sector: 'MEDIA', level: 'LOCAL', ...fields } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  test('every invalid field is named at once, in plain words, and nothing is written', async () => {
    const before = await counts();
    const result = await suite.gql.run(CREATE, {
      input: {
        name: '',
        sector: 'MEDIA',
        level: 'LOCAL',
        influence: 9,
        altNames: Array.from({ length: 21 }, () => 'n'),
      },
    });
    const extensions = result.errors?.[0]?.extensions as {
      code: string;
      fields?: Array<{ field: string; message: string }>;
    };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields).toEqual(
      expect.arrayContaining([
        { field: 'input.name', message: 'must not be empty' },
        { field: 'input.influence', message: 'must be at most 5' },
        { field: 'input.altNames', message: 'at most 20 alternative names' },
      ]),
    );
    // No library wording reaches the form.
    for (const f of extensions.fields ?? []) expect(f.message).not.toMatch(/Too (big|small)|expected|Invalid input/);
    expect(await counts()).toEqual(before);
  });

  test('a Cypher-looking name is stored as text', async () => {
    const name = "x'}) MATCH (n) DETACH DELETE n //";
    const before = await counts();
    const { createActor } = await suite.gql.ok<{ createActor: { name: string } }>(CREATE, {
      input: { name, sector: 'MEDIA', level: 'LOCAL' },
    });
    expect(createActor.name).toBe(name);
    expect((await counts()).nodes).toBe(before.nodes + 1);
  });

  test('a viewer may not create', async () => {
    const result = await suite.gql.run(
      CREATE,
      { input: { name: 'x', sector: 'MEDIA', level: 'LOCAL' } },
      { role: 'viewer' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('updateActor', () => {
  test('applies a patch with the version read and bumps it', async () => {
    const { updateActor } = await suite.gql.ok<{ updateActor: Record<string, unknown> }>(UPDATE, {
      id: 'kh-cso-c',
      version: 1,
      patch: { description: 'Legal aid and paralegal training.', acronym: 'PPLA', basedIn: 'KH' },
    });
    expect(updateActor).toMatchObject({
      id: 'kh-cso-c',
      version: 2,
      description: 'Legal aid and paralegal training.',
      acronym: 'PPLA',
      basedIn: { id: 'KH' },
    });
    const { actor } = await suite.gql.ok<{ actor: { name: string; collaborators: unknown[] } }>(
      '{ actor(id: "kh-cso-c") { name collaborators { kind } } }',
    );
    expect(actor.name).toBe('Phnom Penh Legal Aid');
    expect(actor.collaborators).toHaveLength(2);
  });

  test('a stale version is CONFLICT and changes nothing', async () => {
    const result = await suite.gql.run(UPDATE, { id: 'kh-cso-c', version: 1, patch: { name: 'Overwritten' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { actor } = await suite.gql.ok<{ actor: { name: string; version: number } }>(
      '{ actor(id: "kh-cso-c") { name version } }',
    );
    expect(actor).toEqual({ name: 'Phnom Penh Legal Aid', version: 2 });
  });

  test('two concurrent saves of the same version: exactly one wins, the other gets CONFLICT', async () => {
    const { actor } = await suite.gql.ok<{ actor: { version: number } }>('{ actor(id: "kh-gov") { version } }');
    const results = await Promise.all(
      ['Save A', 'Save B', 'Save C'].map((description) =>
        suite.gql.run(UPDATE, { id: 'kh-gov', version: actor.version, patch: { description } }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(2);
    const after = await suite.gql.ok<{ actor: { version: number } }>('{ actor(id: "kh-gov") { version } }');
    expect(after.actor.version).toBe(actor.version + 1);
  });

  test('unknown id is NOT_FOUND; bad patch is BAD_USER_INPUT', async () => {
    expect(
      (await suite.gql.run(UPDATE, { id: 'nobody', version: 1, patch: { name: 'x' } })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await suite.gql.run(UPDATE, { id: 'kh-gov', version: 1, patch: { name: '' } })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.patch.name',
    });
  });
});

describe('relationships', () => {
  test('add and remove a membership, an interest and a collaboration', async () => {
    const add = await suite.gql.ok<{
      addMembership: { memberships: Array<{ group: { id: string }; role: string; provenance: { source: string } }> };
    }>(
      `mutation { addMembership(input: { actorId: "kh-biz", groupId: "coal-land", role: "observer", since: 2016,
         provenance: { source: "KII-KH-09", confidence: LOW } }) { memberships { group { id } role provenance { source } } } }`,
    );
    expect(add.addMembership.memberships).toEqual([
      { group: { id: 'coal-land' }, role: 'observer', provenance: { source: 'KII-KH-09' } },
    ]);
    const interest = await suite.gql.ok<{
      setInterest: { interests: Array<{ theme: { id: string }; position: string }> };
    }>(
      `mutation { setInterest(input: { actorId: "kh-biz", themeId: "community-forestry", position: MIXED, priority: 1 }) { interests { theme { id } position } } }`,
    );
    expect(interest.setInterest.interests).toContainEqual({ theme: { id: 'community-forestry' }, position: 'MIXED' });
    await suite.gql.ok(
      `mutation { setInterest(input: { actorId: "kh-biz", themeId: "community-forestry", position: SUPPORTS }) { id } }`,
    );
    const { actor } = await suite.gql.ok<{ actor: { interests: Array<{ theme: { id: string }; position: string }> } }>(
      '{ actor(id: "kh-biz") { interests { theme { id } position } } }',
    );
    expect(actor.interests.filter((i) => i.theme.id === 'community-forestry')).toEqual([
      { theme: { id: 'community-forestry' }, position: 'SUPPORTS' },
    ]);
    const collab = await suite.gql.ok<{ addCollaboration: { collaborators: Array<{ actor: { id: string } }> } }>(
      `mutation { addCollaboration(input: { fromId: "kh-biz", toId: "vn-farm", kind: "learning exchange" }) { collaborators { actor { id } } } }`,
    );
    expect(collab.addCollaboration.collaborators.map((c) => c.actor.id)).toContain('vn-farm');
    // the same pair from the other side is the same collaboration
    await suite.gql.ok(
      `mutation { addCollaboration(input: { fromId: "vn-farm", toId: "kh-biz", kind: "joint research" }) { id } }`,
    );
    const pair = await suite.db.runStatement(
      `MATCH (:Actor {id: 'kh-biz'})-[r:COLLABORATES_WITH]-(:Actor {id: 'vn-farm'}) RETURN count(r) AS n`,
    );
    expect(Number(pair[0]?.n)).toBe(1);

    await suite.gql.ok('mutation { removeMembership(actorId: "kh-biz", groupId: "coal-land") { id } }');
    await suite.gql.ok('mutation { removeInterest(actorId: "kh-biz", themeId: "community-forestry") { id } }');
    await suite.gql.ok('mutation { removeCollaboration(fromId: "vn-farm", toId: "kh-biz") { id } }');
    const after = await suite.gql.ok<{
      actor: { memberships: unknown[]; collaborators: Array<{ actor: { id: string } }> };
    }>('{ actor(id: "kh-biz") { memberships { role } collaborators { actor { id } } } }');
    expect(after.actor.memberships).toEqual([]);
    expect(after.actor.collaborators.map((c) => c.actor.id)).toEqual(['kh-gov']);
  });

  test('references to missing things are NOT_FOUND and write nothing', async () => {
    const before = await counts();
    expect(
      (await suite.gql.run('mutation { addMembership(input: { actorId: "kh-biz", groupId: "nope" }) { id } }'))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await suite.gql.run(
          'mutation { setInterest(input: { actorId: "nope", themeId: "community-forestry", position: SUPPORTS }) { id } }',
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await suite.gql.run('mutation { addCollaboration(input: { fromId: "kh-biz", toId: "kh-biz" }) { id } }'))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await suite.gql.run('mutation { removeMembership(actorId: "kh-biz", groupId: "net-forest") { id } }'))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await suite.gql.run(
          'mutation { setInterest(input: { actorId: "kh-biz", themeId: "community-forestry", position: SUPPORTS, priority: 7 }) { id } }',
        )
      ).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.priority' });
    expect(await counts()).toEqual(before);
  });
});

describe('deleteActor', () => {
  test('removes the actor and all its relationships in one transaction', async () => {
    const before = await counts();
    const [row] = await suite.db.runStatement("MATCH (:Actor {id: 'kh-cso-a'})-[r]-() RETURN count(r) AS n");
    const links = Number(row?.n);
    expect(links).toBeGreaterThan(3);
    expect(await suite.gql.ok('mutation { deleteActor(id: "kh-cso-a") }')).toEqual({ deleteActor: 'kh-cso-a' });
    expect(await counts()).toEqual({ nodes: before.nodes - 1, rels: before.rels - links });
    expect((await suite.gql.run('mutation { deleteActor(id: "kh-cso-a") }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('groups and themes', () => {
  test('create, update with version, conflict, delete', async () => {
    const { createGroup } = await suite.gql.ok<{ createGroup: { id: string; kind: string; version: number } }>(
      `mutation { createGroup(input: { id: "net-fish", kind: NETWORK, name: "Tonle Sap Fishers Network", activeIn: ["KH"], focusThemes: ["community-forestry"] }) { id kind version } }`,
    );
    expect(createGroup).toEqual({ id: 'net-fish', kind: 'NETWORK', version: 1 });
    expect(
      (await suite.gql.run(`mutation { createGroup(input: { id: "net-fish", kind: COALITION, name: "Dup" }) { id } }`))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (
        await suite.gql.run(
          `mutation { createGroup(input: { kind: COALITION, name: "X", focusThemes: ["nope"] }) { id } }`,
        )
      ).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'focusThemes' });
    const { updateGroup } = await suite.gql.ok<{
      updateGroup: { name: string; version: number; countries: Array<{ id: string }> };
    }>(
      `mutation { updateGroup(id: "net-fish", version: 1, patch: { name: "Tonle Sap Fisher Folk Network", activeIn: ["KH", "VN"] }) { name version countries { id } } }`,
    );
    expect(updateGroup).toEqual({
      name: 'Tonle Sap Fisher Folk Network',
      version: 2,
      countries: [{ id: 'KH' }, { id: 'VN' }],
    });
    expect(
      (await suite.gql.run(`mutation { updateGroup(id: "net-fish", version: 1, patch: { name: "Stale" }) { id } }`))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    expect(await suite.gql.ok('mutation { deleteGroup(id: "net-fish") }')).toEqual({ deleteGroup: 'net-fish' });

    const { createTheme } = await suite.gql.ok<{ createTheme: { id: string; version: number } }>(
      `mutation { createTheme(input: { name: "Traditional fishing rights", description: "Access to fisheries." }) { id version } }`,
    );
    expect(createTheme).toEqual({ id: 'traditional-fishing-rights', version: 1 });
    const { updateTheme } = await suite.gql.ok<{ updateTheme: { name: string; version: number } }>(
      `mutation { updateTheme(id: "traditional-fishing-rights", version: 1, patch: { name: "Traditional fishing rights and access" }) { name version } }`,
    );
    expect(updateTheme).toEqual({ name: 'Traditional fishing rights and access', version: 2 });
    expect(await suite.gql.ok('mutation { deleteTheme(id: "traditional-fishing-rights") }')).toEqual({
      deleteTheme: 'traditional-fishing-rights',
    });
    expect(
      (await suite.gql.run('mutation { deleteTheme(id: "traditional-fishing-rights") }')).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
