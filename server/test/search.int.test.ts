/**
 * Search over the whole database (suggest) and the filter panel's counts (actorFacets), on the small fixture:
 * known answers, sensitivity, and facet counts checked against the API's own totals for the same filters.
 */
import { COUNTRY_CODES, LEVELS, SECTORS } from '@reform-atlas/vocabulary';

import type { Viewer } from '../src/domain/viewer';
import { smallGraph } from './fixtures/smallGraph';
import { apiSuite } from './graphqlHarness';

const suite = apiSuite(smallGraph);
const viewer: Viewer = { role: 'viewer', userId: 'u-v', username: 'v' };
const analyst: Viewer = { role: 'analyst', userId: 'u-a', username: 'a' };

interface Suggestion {
  id: string;
  kind: string;
  label: string;
  matched: string | null;
}
const SUGGEST = 'query($t: String!, $n: Int) { suggest(text: $t, limit: $n) { id kind label matched sector country } }';
const suggest = async (text: string, who: Viewer = viewer, limit = 8): Promise<Suggestion[]> =>
  (await suite.gql.ok<{ suggest: Suggestion[] }>(SUGGEST, { t: text, n: limit }, who)).suggest;

describe('suggest', () => {
  test('finds an actor by the start of its name, whatever the case', async () => {
    expect((await suggest('FOREST'))[0]).toMatchObject({
      id: 'actor:kh-cso-a',
      kind: 'ACTOR',
      label: 'Forest Voices Cambodia',
    });
  });

  test('finds a Vietnamese name typed without its accents, and says which name matched for another name', async () => {
    expect((await suggest('hoi nong'))[0]).toMatchObject({ id: 'actor:vn-farm', matched: null });
    expect((await suggest('lam dong farm'))[0]).toMatchObject({
      id: 'actor:vn-farm',
      matched: 'Lam Dong Farmers Union',
    });
  });

  test('finds a Khmer name by a part of it (written without spaces between words)', async () => {
    const [first] = await suggest('ដីធ្លី');
    expect(first).toMatchObject({ id: 'actor:kh-cso-b', label: 'Mekong Land Watch', matched: 'សមាគមដីធ្លីមេគង្គ' });
  });

  test('finds networks and coalitions by name or acronym, and themes by name', async () => {
    expect(await suggest('mlc')).toEqual([
      expect.objectContaining({ id: 'group:coal-land', kind: 'COALITION', matched: 'MLC' }),
    ]);
    expect((await suggest('grievance')).map((s) => s.id)).toEqual(['theme:grievance-mechanisms']);
  });

  test('the whole name first, then names that start with the text, then the others', async () => {
    const ids = (await suggest('land', analyst, 20)).map((s) => s.id);
    // "Land Defenders Collective" starts with it; "Mekong Land Watch" and "Provincial Land Office" have a word that does.
    expect(ids.indexOf('actor:mm-def')).toBeLessThan(ids.indexOf('actor:kh-cso-b'));
    expect(ids).toEqual(expect.arrayContaining(['actor:kh-cso-b', 'actor:kh-gov', 'group:coal-land']));
  });

  test('never suggests a sensitive actor to whoever may not see it; does to an analyst', async () => {
    expect((await suggest('defenders')).map((s) => s.id)).toEqual([]);
    expect((await suggest('defenders', { role: 'viewer', anonymous: true })).map((s) => s.id)).toEqual([]);
    expect((await suggest('defenders', analyst)).map((s) => s.id)).toEqual(['actor:mm-def']);
  });

  test('typed text is searched for, never parsed as a query', async () => {
    for (const text of [
      '+forest -voices',
      'forest*',
      '"forest',
      'forest~2',
      'a:b',
      '\\',
      '(((',
      "') DETACH DELETE n //",
    ]) {
      const result = await suite.gql.run(SUGGEST, { t: text, n: 5 }, viewer);
      expect(result.errors).toBeUndefined();
    }
    expect(await suggest('   ')).toEqual([]);
  });

  test('bad limits are refused', async () => {
    const result = await suite.gql.run(SUGGEST, { t: 'land', n: 0 }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

interface Facets {
  total: number;
  countries: Array<{ value: string; count: number }>;
  sectors: Array<{ value: string; count: number }>;
  levels: Array<{ value: string; count: number }>;
  themes: Array<{ value: string; count: number }>;
  networks: Array<{ value: string; count: number }>;
  coalitions: Array<{ value: string; count: number }>;
}
type Filter = Record<string, unknown>;
const FACETS =
  'query($f: ActorFilter) { actorFacets(filter: $f) { total countries { value count } sectors { value count } levels { value count } themes { value count } networks { value count } coalitions { value count } } }';
const facets = async (filter: Filter, who: Viewer): Promise<Facets> =>
  (await suite.gql.ok<{ actorFacets: Facets }>(FACETS, { f: filter }, who)).actorFacets;
const total = async (filter: Filter, who: Viewer): Promise<number> =>
  (
    await suite.gql.ok<{ actors: { totalCount: number } }>(
      'query($f: ActorFilter) { actors(filter: $f) { totalCount } }',
      { f: filter },
      who,
    )
  ).actors.totalCount;

describe('actorFacets', () => {
  const FILTERS: Filter[] = [
    {},
    { countries: ['KH'] },
    { sectors: ['CIVIL_SOCIETY'], themes: ['community-forestry'] },
    { countries: ['KH', 'MM'], coalitions: ['coal-land'] },
    { text: 'land' },
    { themes: ['community-forestry'], minConfidence: 'HIGH' },
  ];
  const VALUES: Record<string, (f: Facets) => string[]> = {
    countries: () => [...COUNTRY_CODES],
    sectors: () => [...SECTORS],
    levels: () => [...LEVELS],
    themes: () => smallGraph.themes.map((t) => t.id),
    networks: () => smallGraph.groups.filter((g) => g.kind === 'NETWORK').map((g) => g.id),
    coalitions: () => smallGraph.groups.filter((g) => g.kind === 'COALITION').map((g) => g.id),
  };

  test.each(FILTERS.flatMap((f) => [viewer, analyst].map((who) => [JSON.stringify(f), who.role, f, who] as const)))(
    "filter %s as %s: every count equals the API total for that value (with the facet's own selection replaced by it)",
    async (_label, _role, filter, who) => {
      const got = await facets(filter, who);
      expect(got.total).toBe(await total(filter, who));
      for (const [facet, values] of Object.entries(VALUES)) {
        const counted = new Map(got[facet as keyof Omit<Facets, 'total'>].map((c) => [c.value, c.count]));
        for (const value of values(got)) {
          const expected = await total({ ...filter, [facet]: [value] }, who);
          expect({ facet, value, count: counted.get(value) ?? 0 }).toEqual({ facet, value, count: expected });
        }
      }
    },
  );

  test('the sensitive actor and the sensitive link count only for those who may see them', async () => {
    const [forViewer, forAnalyst] = [await facets({}, viewer), await facets({}, analyst)];
    expect(forAnalyst.total - forViewer.total).toBe(1);
    const mm = (f: Facets): number => f.countries.find((c) => c.value === 'MM')?.count ?? 0;
    expect(mm(forAnalyst) - mm(forViewer)).toBe(1);
  });
});
