import type { Database } from '../src/db/database';
import { alignmentGraph } from './fixtures/alignmentGraph';
import { GraphqlHarness } from './graphqlHarness';
import { freshDatabase } from './testDatabase';

let db: Database;
let gql: GraphqlHarness;

beforeAll(async () => {
  db = await freshDatabase(alignmentGraph);
  gql = await GraphqlHarness.create(db);
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

const viewer = { role: 'viewer' as const };
const ln = Math.log;

/*
 * Worked out by hand from the fixture (see fixtures/alignmentGraph.ts).
 * Theme weights w_t = ln(1 + N/n_t), strengths s = priority/3.
 * Analyst (all confidences): N = 6 actors with an interest (all but th-media);
 *   n(forestry) = 5, n(grievance) = 4, n(concessions) = 1, n(fishing) = 1
 *   w1 = ln 2.2 ≈ 0.788457, w2 = ln 2.5 ≈ 0.916291, w3 = w4 = ln 7 ≈ 1.945910.
 * Viewer (no mm-hidden): N = 5; n1 = 4, n2 = 3, n3 = n4 = 1
 *   w1 = ln 2.25 ≈ 0.810930, w2 = ln(8/3) ≈ 0.980829, w3 = w4 = ln 6 ≈ 1.791759.
 * score = Σ w·min(s) / Σ w·max(s), and Σ max = total(A) + total(B) − Σ min.
 */
const A = { w1: ln(2.2), w2: ln(2.5), w3: ln(7), w4: ln(7) };
const V = { w1: ln(2.25), w2: ln(8 / 3), w3: ln(6), w4: ln(6) };

// kh-ngo vs kh-biz share forestry only (SUPPORTS 3 vs OPPOSES 3): num = w1; den = w1 + w2 + w3.
const ngoBiz = (w: typeof A) => w.w1 / (w.w1 + w.w2 + w.w3); // analyst ≈ 0.215979
// kh-ngo vs vn-com share forestry (3 vs MIXED 1): num = w1/3; den = (w1 + w2) + (w4 + w1/3) − w1/3.
const ngoCom = (w: typeof A) => w.w1 / 3 / (w.w1 + w.w2 + w.w4); // analyst ≈ 0.071993
// kh-biz vs vn-com: num = w1/3; den = (w1 + w3) + w4.
const bizCom = (w: typeof A) => w.w1 / 3 / (w.w1 + w.w3 + w.w4); // analyst ≈ 0.056155
// kh-ngo vs th-uni share grievance (3 vs 2): num = 2·w2/3; den = w1 + w2.
const ngoUni = (w: typeof A) => ((2 / 3) * w.w2) / (w.w1 + w.w2); // analyst ≈ 0.358329

const ACTOR = 'id name sector country { id name }';

describe('alignment', () => {
  const Q = `query($ids: [ID!], $filter: ActorFilter, $min: Confidence) {
    alignment(actorIds: $ids, filter: $filter, minConfidence: $min) {
      totalActors truncated pairCount
      themes { theme { id } weight actorCount supports opposes mixed unknown positions { actor { id } position priority } }
      pairs { a { id } b { id } score agreement disagreement crossSector linked sharedThemes { theme { id } positionA positionB } }
    }
  }`;
  interface Result {
    alignment: {
      pairCount: number;
      themes: Array<{
        theme: { id: string };
        weight: number;
        actorCount: number;
        supports: number;
        opposes: number;
        mixed: number;
      }>;
      pairs: Array<{
        a: { id: string };
        b: { id: string };
        score: number;
        agreement: number;
        disagreement: number;
        crossSector: boolean;
        linked: boolean;
        sharedThemes: Array<{ theme: { id: string }; positionA: string; positionB: string }>;
      }>;
    };
  }
  const byPair = (r: Result) => new Map(r.alignment.pairs.map((p) => [[p.a.id, p.b.id].sort().join('+'), p]));

  test('known scores for three actors, agreement and disagreement shown apart', async () => {
    const data = await gql.ok<Result>(Q, { ids: ['kh-ngo', 'kh-biz', 'vn-com'] });
    const pairs = byPair(data);
    expect(data.alignment.pairCount).toBe(3);
    expect(data.alignment.pairs.map((p) => p.score)).toEqual(
      [...data.alignment.pairs.map((p) => p.score)].sort((x, y) => y - x),
    );
    const nb = pairs.get('kh-biz+kh-ngo');
    expect(nb?.score).toBeCloseTo(ngoBiz(A), 5);
    expect(nb?.disagreement).toBeCloseTo(ngoBiz(A), 5);
    expect(nb?.agreement).toBe(0);
    expect(nb?.linked).toBe(true);
    expect(nb?.crossSector).toBe(true);
    expect(nb?.sharedThemes).toEqual([
      { theme: { id: 'forestry' }, positionA: expect.any(String), positionB: expect.any(String) },
    ]);
    const nc = pairs.get('kh-ngo+vn-com');
    expect(nc?.score).toBeCloseTo(ngoCom(A), 5);
    expect(nc?.agreement).toBe(0); // MIXED is neither agreement nor disagreement
    expect(nc?.disagreement).toBe(0);
    expect(nc?.linked).toBe(false);
    expect(pairs.get('kh-biz+vn-com')?.score).toBeCloseTo(bizCom(A), 5);
    const forestry = data.alignment.themes.find((t) => t.theme.id === 'forestry');
    expect(forestry).toMatchObject({ actorCount: 3, supports: 1, opposes: 1, mixed: 1 });
    expect(forestry?.weight).toBeCloseTo(A.w1, 5);
  });

  test('identical interests score 1 with full agreement', async () => {
    const data = await gql.ok<Result>(Q, { ids: ['kh-ngo', 'la-res'] });
    expect(data.alignment.pairs).toHaveLength(1);
    expect(data.alignment.pairs[0]).toMatchObject({
      score: 1,
      agreement: 1,
      disagreement: 0,
      crossSector: true,
      linked: false,
    });
  });

  test('weights count only what the caller may see', async () => {
    const data = await gql.ok<Result>(Q, { ids: ['kh-ngo', 'kh-biz'] }, viewer);
    expect(data.alignment.pairs[0]?.score).toBeCloseTo(ngoBiz(V), 5); // ≈ 0.203795, not the analyst's 0.215979
  });

  test('minConfidence leaves the LOW link out: kh-ngo and vn-com then share nothing', async () => {
    const data = await gql.ok<Result>(Q, { ids: ['kh-ngo', 'kh-biz', 'vn-com'], min: 'MEDIUM' });
    expect([...byPair(data).keys()]).toEqual(['kh-biz+kh-ngo']);
    // N stays 6 (vn-com keeps fishing) but n(forestry) drops to 4: w1 = ln(1 + 6/4) = ln 2.5.
    expect(data.alignment.pairs[0]?.score).toBeCloseTo(ln(2.5) / (ln(2.5) + ln(2.5) + ln(7)), 5);
  });

  test('by filter', async () => {
    const data = await gql.ok<Result>(Q, { filter: { sectors: ['RESEARCH'] } });
    expect(data.alignment.pairs.map((p) => [p.a.id, p.b.id].sort())).toEqual([['la-res', 'th-uni']]);
    // Share grievance 3 vs 2: num = 2·w2/3; den = (w1 + w2) + 2·w2/3 − 2·w2/3.
    expect(data.alignment.pairs[0]?.score).toBeCloseTo(ngoUni(A), 5);
  });

  test('a sensitive actor is NOT_FOUND for a viewer, word for word as a missing one', async () => {
    const hidden = await gql.run(Q, { ids: ['kh-ngo', 'mm-hidden'] }, viewer);
    const missing = await gql.run(Q, { ids: ['kh-ngo', 'mm-nobody'] }, viewer);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace('mm-hidden', 'X')).toBe(
      missing.errors?.[0]?.message.replace('mm-nobody', 'X'),
    );
  });

  test.each([
    [{}, 'actorIds'],
    [{ ids: ['kh-ngo'] }, 'actorIds'],
    [{ ids: ['kh-ngo', 'bad id!'] }, 'actorIds.1'],
    [{ ids: ['kh-ngo', 'la-res'], filter: { sectors: ['MEDIA'] } }, 'actorIds'],
  ])('bad input %j is BAD_USER_INPUT naming %s', async (variables, field) => {
    const result = await gql.run(Q, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });
});

describe('overlaps', () => {
  const Q = `query($filter: ActorFilter, $minShared: Int, $unlinked: Boolean) {
    overlaps(filter: $filter, minShared: $minShared, unlinkedOnly: $unlinked) {
      nodes { id } actorCount pairCount truncated
      edges { source target weight score themes { id } crossSector linked }
    }
  }`;
  interface Result {
    overlaps: {
      nodes: Array<{ id: string }>;
      pairCount: number;
      edges: Array<{
        source: string;
        target: string;
        weight: number;
        score: number;
        themes: Array<{ id: string }>;
        crossSector: boolean;
        linked: boolean;
      }>;
    };
  }
  const pairsOf = (r: Result) => r.overlaps.edges.map((e) => [e.source, e.target].sort().join('+')).sort();

  test('pairs sharing two themes: the three identical actors, links marked', async () => {
    const data = await gql.ok<Result>(Q, { minShared: 2 });
    expect(pairsOf(data)).toEqual(['kh-ngo+la-res', 'kh-ngo+mm-hidden', 'la-res+mm-hidden']);
    for (const e of data.overlaps.edges) {
      expect(e).toMatchObject({ weight: 2, score: 1, crossSector: true });
      expect(e.themes.map((t) => t.id)).toEqual(['grievance', 'forestry']); // rarer first: w2 > w1
    }
    expect(
      data.overlaps.edges.find(
        (e) => [e.source, e.target].includes('mm-hidden') && [e.source, e.target].includes('la-res'),
      )?.linked,
    ).toBe(true);
  });

  test('a viewer sees no edge to a sensitive actor; unlinkedOnly drops collaborators', async () => {
    const data = await gql.ok<Result>(Q, { minShared: 2 }, viewer);
    expect(pairsOf(data)).toEqual(['kh-ngo+la-res']);
    const all = await gql.ok<Result>(Q, { minShared: 1, unlinked: true });
    expect(pairsOf(all)).not.toContain('kh-biz+kh-ngo');
    expect(pairsOf(all)).not.toContain('la-res+mm-hidden');
    expect(pairsOf(all)).toContain('kh-biz+vn-com');
  });

  test('a country filter', async () => {
    const data = await gql.ok<Result>(Q, { filter: { countries: ['KH'] }, minShared: 1 });
    expect(pairsOf(data)).toEqual(['kh-biz+kh-ngo']);
    expect(data.overlaps.edges[0]?.score).toBeCloseTo(ngoBiz(A), 5);
  });
});

describe('themeLandscape', () => {
  const Q = `query($id: ID!, $filter: ActorFilter) { themeLandscape(themeId: $id, filter: $filter) {
    theme { id name } counts { total supports opposes mixed unknown }
    bySector { sector total supports mixed } byCountry { country { id } total }
    actors { actor { id } country { id } position priority provenance { confidence } } truncated
  } }`;
  interface Result {
    themeLandscape: {
      counts: Record<string, number>;
      bySector: Array<{ sector: string; total: number; supports: number; mixed: number }>;
      byCountry: Array<{ country: { id: string }; total: number }>;
      actors: Array<{ actor: { id: string }; position: string; priority: number }>;
    };
  }

  test('who cares about forestry, by sector and country', async () => {
    const { themeLandscape: l } = await gql.ok<Result>(Q, { id: 'forestry' });
    expect(l.counts).toEqual({ total: 5, supports: 3, opposes: 1, mixed: 1, unknown: 0 });
    expect(l.bySector.find((s) => s.sector === 'COMMUNITY')).toEqual({
      sector: 'COMMUNITY',
      total: 2,
      supports: 1,
      mixed: 1,
    });
    expect(l.byCountry.find((c) => c.country.id === 'KH')?.total).toBe(2);
    // Highest priority first, then influence (all 3 here), then name.
    expect(l.actors.map((a) => a.actor.id)).toEqual(['kh-ngo', 'kh-biz', 'mm-hidden', 'la-res', 'vn-com']);
  });

  test('viewers and the confidence switch', async () => {
    const seen = await gql.ok<Result>(Q, { id: 'forestry' }, viewer);
    expect(seen.themeLandscape.counts.total).toBe(4);
    expect(JSON.stringify(seen)).not.toContain('mm-hidden');
    const strong = await gql.ok<Result>(Q, { id: 'forestry', filter: { minConfidence: 'MEDIUM' } });
    expect(strong.themeLandscape.counts.total).toBe(4);
    expect(strong.themeLandscape.actors.map((a) => a.actor.id)).not.toContain('vn-com');
  });

  test('unknown theme is NOT_FOUND', async () => {
    const result = await gql.run(Q, { id: 'no-such-theme' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('suggestPartners', () => {
  const Q = `query($id: ID!, $filter: PartnerFilter, $limit: Int) {
    suggestPartners(actorId: $id, filter: $filter, limit: $limit) {
      actor { ${ACTOR} } score distance via sharedGroups crossBorder explanation
      components { sharedThemes sectorComplementarity crossBorder sharedNetworks distance }
      alignment { score agreement disagreement }
      sharedThemes { theme { id } position partnerPosition }
    }
  }`;
  interface Suggestion {
    actor: { id: string; name: string };
    score: number;
    distance: number | null;
    via: string[];
    sharedGroups: string[];
    crossBorder: boolean;
    explanation: string;
    components: Record<string, number>;
  }
  const suggest = async (variables: Record<string, unknown>, as?: typeof viewer) =>
    (await gql.ok<{ suggestPartners: Suggestion[] }>(Q, variables, as)).suggestPartners;

  /*
   * For kh-ngo (CIVIL_SOCIETY, KH; collaborates with kh-biz; in Mekong Forest Network and Mekong Rights
   * Coalition). score = 0.5·alignment + 0.15·otherSector + 0.1·crossBorder + 0.15·(1 − 0.5^sharedGroups)
   * + 0.1·(1 at 2 steps, 0.5 at 3).
   *   la-res:    alignment 1 (identical); research; LA; 2 steps via kh-biz   → 0.5 + 0.15 + 0.1 + 0.1       = 0.85
   *   mm-hidden: alignment 1; community; MM; 3 steps via kh-biz, la-res      → 0.5 + 0.15 + 0.1 + 0.05      = 0.80
   *   th-uni:    alignment ngoUni; research; TH; 3 steps via network, vn-com → 0.5·0.358329 + 0.3            ≈ 0.479164
   *   vn-com:    alignment ngoCom; community; VN; shares the network (2 steps) → 0.5·0.071993 + 0.425       ≈ 0.460996
   *   kh-biz is a collaborator: never suggested. th-media shares no theme.
   */
  test('known ranking, scores and explanation (analyst)', async () => {
    const found = await suggest({ id: 'kh-ngo' });
    expect(found.map((s) => s.actor.id)).toEqual(['la-res', 'mm-hidden', 'th-uni', 'vn-com']);
    const [res, hidden, uni, com] = found;
    expect(res?.score).toBeCloseTo(0.85, 5);
    expect(res).toMatchObject({ distance: 2, via: ['Kampot Agri Co'], sharedGroups: [] });
    expect(res?.explanation).toBe(
      'shares Grievance mechanisms and Community forestry; another sector (Research / academia); based in Lao PDR (cross-border); 2 steps away through Kampot Agri Co',
    );
    expect(hidden?.score).toBeCloseTo(0.8, 5);
    expect(hidden).toMatchObject({ distance: 3, via: ['Kampot Agri Co', 'Vientiane Land Institute'] });
    expect(uni?.score).toBeCloseTo(0.5 * ngoUni(A) + 0.3, 5);
    expect(uni).toMatchObject({ distance: 3, via: ['Mekong Forest Network', 'Dak Lak Fishers Group'] });
    expect(com?.score).toBeCloseTo(0.5 * ngoCom(A) + 0.425, 5);
    expect(com).toMatchObject({ distance: 2, via: ['Mekong Forest Network'], sharedGroups: ['Mekong Forest Network'] });
    expect(com?.components).toEqual({
      sharedThemes: expect.any(Number),
      sectorComplementarity: 1,
      crossBorder: 1,
      sharedNetworks: 0.5,
      distance: 1,
    });
    expect(com?.explanation).toContain('both in Mekong Forest Network');
  });

  test('a viewer never sees the sensitive actor, nor paths through it', async () => {
    const found = await suggest({ id: 'kh-ngo' }, viewer);
    expect(found.map((s) => s.actor.id)).toEqual(['la-res', 'th-uni', 'vn-com']);
    expect(found[1]?.score).toBeCloseTo(0.5 * ngoUni(V) + 0.3, 5); // ≈ 0.482470
    expect(found[2]?.score).toBeCloseTo(0.5 * ngoCom(V) + 0.425, 5); // ≈ 0.462716
    expect(JSON.stringify(found)).not.toMatch(/mm-hidden|Shan Land Defenders/);
    // la-res reaches mm-hidden's neighbours only through the hidden actor: no suggestion mentions it either.
    const fromRes = await suggest({ id: 'la-res' }, viewer);
    expect(JSON.stringify(fromRes)).not.toMatch(/mm-hidden|Shan Land Defenders/);
  });

  test('asking about a sensitive actor as a viewer is NOT_FOUND, as for a missing one', async () => {
    const hidden = await gql.run(Q, { id: 'mm-hidden' }, viewer);
    const missing = await gql.run(Q, { id: 'mm-nobody' }, viewer);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace('mm-hidden', 'X')).toBe(
      missing.errors?.[0]?.message.replace('mm-nobody', 'X'),
    );
  });

  test('filters: sectors, countries, cross-border, themes, confidence, limit', async () => {
    const ids = async (filter: Record<string, unknown>, limit?: number) =>
      (await suggest({ id: 'kh-ngo', filter, limit })).map((s) => s.actor.id);
    expect(await ids({ sectors: ['RESEARCH'] })).toEqual(['la-res', 'th-uni']);
    expect(await ids({ countries: ['VN', 'TH'] })).toEqual(['th-uni', 'vn-com']);
    expect(await ids({ themes: ['fishing'] })).toEqual(['vn-com']);
    expect(await ids({ minConfidence: 'MEDIUM' })).toEqual(['la-res', 'mm-hidden', 'th-uni']); // vn-com's only shared link is LOW
    expect(await ids({}, 1)).toEqual(['la-res']);
    // kh-biz (KH) has no cross-border partner sharing a theme except the other-country actors.
    expect(await ids({ crossBorderOnly: true })).toEqual(['la-res', 'mm-hidden', 'th-uni', 'vn-com']);
    const fromBiz = (await suggest({ id: 'kh-biz', filter: { crossBorderOnly: true } })).map((s) => s.actor.id);
    expect(fromBiz).not.toContain('kh-ngo');
  });

  test.each([
    [{ id: 'kh-ngo', limit: 51 }, 'limit'],
    [{ id: 'kh-ngo', limit: 0 }, 'limit'],
    [{ id: '' }, 'actorId'],
    [{ id: 'kh-ngo', filter: { countries: ['XX'] } }, 'filter.countries.0'],
  ])('bad input %j is BAD_USER_INPUT naming %s', async (variables, field) => {
    const result = await gql.run(Q, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
  });

  test('properties: never itself, never a collaborator, never hidden from a viewer', async () => {
    const everyone = ['kh-ngo', 'kh-biz', 'la-res', 'vn-com', 'th-media', 'th-uni'];
    for (const as of [undefined, viewer]) {
      for (const id of everyone) {
        const found = await suggest({ id, limit: 50 }, as);
        const ids = found.map((s) => s.actor.id);
        expect(ids).not.toContain(id);
        const [row] = await db.runStatement(
          'MATCH (:Actor {id: $id})-[:COLLABORATES_WITH]-(b:Actor) RETURN collect(b.id) AS linked',
          { id },
        );
        for (const linked of (row?.linked as string[]) ?? []) expect(ids).not.toContain(linked);
        if (as) expect(JSON.stringify(found)).not.toMatch(/mm-hidden|Shan Land Defenders/);
        for (const s of found) expect(s.score).toBeGreaterThan(0);
        expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((x, y) => y - x));
      }
    }
  });

  test('crossBorderOnly keeps exactly the suggestions marked cross-border (the scan and the answer agree)', async () => {
    for (const id of ['kh-ngo', 'kh-biz', 'la-res', 'vn-com', 'th-media', 'th-uni']) {
      const all = await suggest({ id, limit: 50 });
      const across = await suggest({ id, limit: 50, filter: { crossBorderOnly: true } });
      expect(across.map((s) => s.actor.id)).toEqual(all.filter((s) => s.crossBorder).map((s) => s.actor.id));
    }
  });
});

describe('coalitionGaps', () => {
  const Q = `query($id: ID!) { coalitionGaps(coalitionId: $id) {
    coalition { id kind } agenda { id } memberCount
    missingSectors { sector actorsWithStake } missingCountries { country { id } actorsWithStake }
    candidates { actor { id } stake fillsSector fillsCountry themes { id } }
  } }`;
  interface Result {
    coalitionGaps: {
      memberCount: number;
      missingSectors: Array<{ sector: string; actorsWithStake: number }>;
      missingCountries: Array<{ country: { id: string }; actorsWithStake: number }>;
      candidates: Array<{ actor: { id: string }; stake: number }>;
    };
  }

  /*
   * Mekong Rights Coalition: agenda grievance (w2) and fishing (w4); one member, kh-ngo (CIVIL_SOCIETY, KH).
   * Non-members with a stake: la-res (RESEARCH, LA; grievance 3), vn-com (COMMUNITY, VN; fishing 3),
   * mm-hidden (COMMUNITY, MM; grievance 3), th-uni (RESEARCH, TH; grievance 2).
   * stake = Σ_agenda w·s / Σ_agenda w: vn-com w4/(w2+w4) ≈ 0.679866, la-res and mm-hidden w2/(w2+w4) ≈ 0.320134,
   * th-uni (2/3)·w2/(w2+w4) ≈ 0.213423.
   */
  test('missing sectors and countries, candidates by stake', async () => {
    const { coalitionGaps: g } = await gql.ok<Result>(Q, { id: 'coal-rights' });
    expect(g.memberCount).toBe(1);
    expect(g.missingSectors).toEqual([
      { sector: 'COMMUNITY', actorsWithStake: 2 },
      { sector: 'RESEARCH', actorsWithStake: 2 },
    ]);
    expect(g.missingCountries.map((c) => c.country.id)).toEqual(['LA', 'MM', 'TH', 'VN']);
    expect(g.candidates.map((c) => c.actor.id)).toEqual(['vn-com', 'la-res', 'mm-hidden', 'th-uni']);
    const denominator = A.w2 + A.w4;
    expect(g.candidates[0]?.stake).toBeCloseTo(A.w4 / denominator, 5);
    expect(g.candidates[1]?.stake).toBeCloseTo(A.w2 / denominator, 5);
    expect(g.candidates[3]?.stake).toBeCloseTo(((2 / 3) * A.w2) / denominator, 5);
  });

  test('a viewer sees no sensitive stakeholder; unknown coalition is NOT_FOUND', async () => {
    const { coalitionGaps: g } = await gql.ok<Result>(Q, { id: 'coal-rights' }, viewer);
    expect(g.missingSectors.find((s) => s.sector === 'COMMUNITY')?.actorsWithStake).toBe(1);
    expect(JSON.stringify(g)).not.toContain('mm-hidden');
    const result = await gql.run(Q, { id: 'no-such-group' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('round trips and freshness', () => {
  test('each field costs one or two statements once the actor index is loaded', async () => {
    const cost = async (query: string): Promise<number> => {
      await gql.ok(query); // warms the index for this visibility and confidence
      db.roundTrips = 0;
      await gql.ok(query);
      return db.roundTrips;
    };
    expect(await cost('{ alignment(actorIds: ["kh-ngo", "kh-biz"]) { pairCount } }')).toBe(1);
    expect(await cost('{ overlaps(minShared: 1) { pairCount } }')).toBe(1);
    expect(await cost('{ themeLandscape(themeId: "forestry") { counts { total } } }')).toBe(1);
    expect(await cost('{ coalitionGaps(coalitionId: "coal-rights") { memberCount } }')).toBe(1);
    expect(await cost('{ suggestPartners(actorId: "kh-ngo") { score } }')).toBe(2);
  });

  test('a changed interest (recorded in the audit trail) reloads the index', async () => {
    const Q = '{ alignment(actorIds: ["kh-ngo", "kh-biz"]) { pairs { score } } }';
    const analyst = { role: 'analyst' as const, userId: 'u-ana', username: 'ana' };
    const setPriority = (priority: number) =>
      gql.ok(
        `mutation { setInterest(input: { actorId: "kh-biz", themeId: "forestry", position: OPPOSES, priority: ${priority} }) { id } }`,
        {},
        analyst,
      );
    const before = await gql.ok<{ alignment: { pairs: Array<{ score: number }> } }>(Q);
    expect(before.alignment.pairs[0]?.score).toBeCloseTo(ngoBiz(A), 5);
    await setPriority(1);
    try {
      db.roundTrips = 0;
      const after = await gql.ok<{ alignment: { pairs: Array<{ score: number }> } }>(Q);
      expect(db.roundTrips).toBe(2);
      // min(1, 1/3) = 1/3 over den = (w1 + w2) + (w1/3 + w3) − w1/3.
      expect(after.alignment.pairs[0]?.score).toBeCloseTo(A.w1 / 3 / (A.w1 + A.w2 + A.w3), 5);
    } finally {
      await setPriority(3);
    }
  });
});
