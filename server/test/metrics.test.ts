/**
 * Known answers and properties of the network measures (server/src/domain/metrics/compute.ts), without Neo4j.
 * Zachary's karate club: the betweenness networkx publishes (nx.betweenness_centrality, normalised), its harmonic
 * closeness (nx.harmonic_centrality) and the modularity of the club's known split (0.3582, unweighted).
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import modularity from 'graphology-metrics/graph/modularity';

import {
  brokerage,
  buildGraph,
  computeMetrics,
  pathMeasures,
  sampleSources,
  type NetworkInput,
} from '../src/domain/metrics/compute';
import { seededRandom } from '../src/domain/seededRandom';

const KARATE: Array<[number, number]> = [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12], [0, 13], [0, 17],
  [0, 19], [0, 21], [0, 31], [1, 2], [1, 3], [1, 7], [1, 13], [1, 17], [1, 19], [1, 21], [1, 30], [2, 3], [2, 7],
  [2, 8], [2, 9], [2, 13], [2, 27], [2, 28], [2, 32], [3, 7], [3, 12], [3, 13], [4, 6], [4, 10], [5, 6], [5, 10],
  [5, 16], [6, 16], [8, 30], [8, 32], [8, 33], [9, 33], [13, 33], [14, 32], [14, 33], [15, 32], [15, 33], [18, 32],
  [18, 33], [19, 33], [20, 32], [20, 33], [22, 32], [22, 33], [23, 25], [23, 27], [23, 29], [23, 32], [23, 33],
  [24, 25], [24, 27], [24, 31], [25, 31], [26, 29], [26, 33], [27, 33], [28, 31], [28, 33], [29, 32], [29, 33],
  [30, 32], [30, 33], [31, 32], [31, 33], [32, 33],
]; // prettier-ignore

/** networkx 3: betweenness_centrality(karate_club_graph()), normalised. */
const KARATE_BETWEENNESS: Record<number, number> = {
  0: 0.43763528, 1: 0.05393669, 2: 0.14365681, 3: 0.01190927, 4: 0.00063131, 5: 0.02998737, 8: 0.05592683,
  13: 0.0458634, 19: 0.03247505, 23: 0.01761364, 31: 0.13827561, 32: 0.14524711, 33: 0.30407498, 7: 0, 11: 0,
}; // prettier-ignore
/** networkx 3: harmonic_centrality(karate_club_graph()), not normalised (divide by n - 1 = 33). */
const KARATE_HARMONIC: Record<number, number> = { 0: 23.16666667, 33: 23.25, 16: 11.1, 32: 20.91666667, 2: 21.0 };
/** The club each member joined after the split (networkx's 'club' attribute): Mr. Hi's. */
const MR_HI = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);

function karateInput(): NetworkInput {
  return {
    actors: Array.from({ length: 34 }, (_, i) => ({
      id: `m${i}`,
      name: `Member ${i}`,
      sector: MR_HI.has(i) ? 'CIVIL_SOCIETY' : 'GOVERNMENT',
      country: 'KH',
      themes: [],
    })),
    others: [],
    ties: KARATE.map(([a, b]) => [`actor:m${a}`, `actor:m${b}`, 1]),
  };
}

describe('known answers: Zachary karate club', () => {
  const result = computeMetrics(karateInput());
  const byId = new Map(result.actors.map((a) => [a.id, a]));

  test('betweenness equals networkx (exact, from every node)', () => {
    expect(result.approximate).toBe(false);
    for (const [node, value] of Object.entries(KARATE_BETWEENNESS)) {
      expect(byId.get(`m${node}`)?.betweenness).toBeCloseTo(value, 7);
    }
  });

  test('betweenness equals graphology-metrics over every node', () => {
    const graph = buildGraph(karateInput());
    const reference = betweennessCentrality(graph, { getEdgeWeight: null });
    for (const actor of result.actors) expect(actor.betweenness).toBeCloseTo(reference[`actor:${actor.id}`] ?? -1, 10);
  });

  test('harmonic closeness equals networkx, normalised by n - 1', () => {
    for (const [node, value] of Object.entries(KARATE_HARMONIC)) {
      expect(byId.get(`m${node}`)?.closeness).toBeCloseTo(value / 33, 7);
    }
  });

  test('degree, and PageRank summing to 1', () => {
    expect(byId.get('m33')?.degree).toBe(17);
    expect(byId.get('m0')?.degree).toBe(16);
    expect(byId.get('m0')?.weightedDegree).toBe(16);
    const total = result.actors.reduce((sum, a) => sum + a.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    const top = [...result.actors]
      .sort((a, b) => b.pagerank - a.pagerank)
      .slice(0, 2)
      .map((a) => a.id);
    expect(new Set(top)).toEqual(new Set(['m0', 'm33']));
  });

  test('the modularity of the known split is 0.3582; Louvain finds a better one', () => {
    const graph = buildGraph(karateInput());
    const split = modularity(graph, {
      getNodeCommunity: (node) => (MR_HI.has(Number(node.slice('actor:m'.length))) ? 0 : 1),
      getEdgeWeight: null,
    });
    expect(split).toBeCloseTo(0.3582347, 6);
    // Louvain's best-known modularity on the karate club is 0.4198 (four communities).
    expect(result.modularity).toBeGreaterThan(0.4);
    expect(result.modularity).toBeLessThanOrEqual(0.4198 + 1e-6);
    expect(result.communities.length).toBeGreaterThanOrEqual(3);
    expect(result.communities.reduce((sum, c) => sum + c.size, 0)).toBe(34);
  });

  test('communities and their colours are the same run after run', () => {
    const again = computeMetrics(karateInput());
    expect(again.communities).toEqual(result.communities);
    expect(again.actors.map((a) => a.community)).toEqual(result.actors.map((a) => a.community));
  });
});

describe('hand-worked graphs', () => {
  const actor = (id: string, sector = 'CIVIL_SOCIETY', country = 'KH') => ({
    id,
    name: id.toUpperCase(),
    sector,
    country,
    themes: [],
  });

  test('a path a–b–c: b carries the one path between a and c', () => {
    const result = computeMetrics({
      actors: [actor('a'), actor('b'), actor('c')],
      others: [],
      ties: [
        ['actor:a', 'actor:b', 3],
        ['actor:b', 'actor:c', 1],
      ],
    });
    const [a, b, c] = result.actors;
    // Normalised over (n-1)(n-2)/2 = 1 pair.
    expect(b?.betweenness).toBe(1);
    expect(a?.betweenness).toBe(0);
    // a: 1/1 + 1/2 over 2 others.
    expect(a?.closeness).toBeCloseTo(0.75, 10);
    expect(b?.closeness).toBe(1);
    expect(b?.weightedDegree).toBe(4);
    expect(c?.degree).toBe(1);
  });

  test('a star of four leaves: the centre is on all six paths; a lone actor scores 0', () => {
    const result = computeMetrics({
      actors: ['hub', 'l1', 'l2', 'l3', 'l4', 'alone'].map((id) => actor(id)),
      others: [],
      ties: ['l1', 'l2', 'l3', 'l4'].map((leaf) => ['actor:hub', `actor:${leaf}`, 1] as [string, string, number]),
    });
    const byId = new Map(result.actors.map((a) => [a.id, a]));
    // 6 pairs of leaves through the hub, normalised over (n-1)(n-2)/2 = 10 pairs of the 6 nodes.
    expect(byId.get('hub')?.betweenness).toBeCloseTo(0.6, 10);
    expect(byId.get('alone')?.closeness).toBe(0);
    expect(byId.get('alone')?.betweenness).toBe(0);
    expect(byId.get('alone')?.degree).toBe(0);
  });

  test('brokerage roles (Gould–Fernandez by sector)', () => {
    const input: NetworkInput = {
      actors: [
        actor('b', 'RESEARCH'),
        actor('g1', 'GOVERNMENT'),
        actor('g2', 'GOVERNMENT'),
        actor('c1', 'CIVIL_SOCIETY'),
        actor('r1', 'RESEARCH'),
      ],
      others: [],
      ties: ['g1', 'g2', 'c1', 'r1'].map((x) => ['actor:b', `actor:${x}`, 1] as [string, string, number]),
    };
    const graph = buildGraph(input);
    const sectors = new Map(input.actors.map((a) => [`actor:${a.id}`, a.sector]));
    const roles = brokerage(graph, (node) => sectors.get(node) ?? null).get('actor:b')?.counts;
    // Pairs: g1–g2 itinerant; g1–c1, g2–c1 liaison; g1–r1, g2–r1, c1–r1 gatekeeper/representative.
    expect(roles).toEqual({ coordinator: 0, itinerant: 1, gatekeeper: 3, liaison: 2 });
    const result = computeMetrics(input);
    expect(result.brokers[0]?.id).toBe('b');
    expect(result.brokers[0]?.role).toBe('GATEKEEPER');
    expect(result.brokers[0]?.sentence).toMatch(
      /^Links .* have no tie of their own but each works with B \(6 such pairs/,
    );
  });

  test('brokerage counts only the candidates when given (large maps: the actors of highest betweenness)', () => {
    const input: NetworkInput = {
      actors: [actor('b', 'RESEARCH'), actor('g', 'GOVERNMENT'), actor('c', 'CIVIL_SOCIETY')],
      others: [],
      ties: [
        ['actor:b', 'actor:g', 1],
        ['actor:b', 'actor:c', 1],
      ],
    };
    const graph = buildGraph(input);
    const sectors = new Map(input.actors.map((a) => [`actor:${a.id}`, a.sector]));
    const all = brokerage(graph, (node) => sectors.get(node) ?? null);
    const only = brokerage(graph, (node) => sectors.get(node) ?? null, new Set(['actor:g']));
    expect(all.get('actor:b')?.counts.liaison).toBe(1);
    expect([...only.keys()]).toEqual(['actor:g']);
  });

  test('a tie between two actors both present counts; repeated ties add their weights', () => {
    const graph = buildGraph({
      actors: [actor('a'), actor('b')],
      others: [{ key: 'group:g', name: 'G' }],
      ties: [
        ['actor:a', 'actor:b', 1],
        ['actor:b', 'actor:a', 2],
        ['actor:a', 'group:g', 1],
        ['actor:a', 'actor:missing', 3],
      ],
    });
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('actor:a', 'actor:b'), 'weight')).toBe(3);
  });
});

/** A seeded random graph for the property tests. */
function randomInput(seed: number, n: number, m: number): NetworkInput {
  const random = seededRandom(seed);
  const sectors = ['CIVIL_SOCIETY', 'GOVERNMENT', 'RESEARCH', 'DONOR'];
  return {
    actors: Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      name: `A${i}`,
      sector: sectors[i % sectors.length] as string,
      country: i % 3 === 0 ? 'KH' : 'LA',
      themes: [`theme ${i % 5}`],
    })),
    others: [],
    ties: Array.from({ length: m }, () => [
      `actor:a${Math.floor(random() * n)}`,
      `actor:a${Math.floor(random() * n)}`,
      1 + Math.floor(random() * 3),
    ]),
  };
}

describe('properties', () => {
  test.each([1, 2, 3, 4, 5, 6])('bounds on a random graph (seed %i)', (seed) => {
    const result = computeMetrics(randomInput(seed, 60 + seed * 10, 150 + seed * 20));
    for (const a of result.actors) {
      expect(a.betweenness).toBeGreaterThanOrEqual(0);
      expect(a.betweenness).toBeLessThanOrEqual(1 + 1e-12);
      expect(a.closeness).toBeGreaterThanOrEqual(0);
      expect(a.closeness).toBeLessThanOrEqual(1 + 1e-12);
      expect(a.pagerank).toBeGreaterThan(0);
      expect(a.degree).toBeLessThanOrEqual(result.actorCount - 1);
      expect(a.weightedDegree).toBeGreaterThanOrEqual(a.degree);
      expect(a.community).toBeGreaterThanOrEqual(0);
    }
    expect(result.modularity).toBeGreaterThanOrEqual(-0.5);
    expect(result.modularity).toBeLessThanOrEqual(1);
  });

  test('symmetry: ties given the other way round, or actors in another order, change no measure', () => {
    const input = randomInput(7, 80, 200);
    const flipped: NetworkInput = {
      ...input,
      actors: [...input.actors].reverse(),
      ties: input.ties.map(([a, b, w]) => [b, a, w]),
    };
    const byId = (r: ReturnType<typeof computeMetrics>) => new Map(r.actors.map((a) => [a.id, a]));
    const one = byId(computeMetrics(input));
    const two = byId(computeMetrics(flipped));
    for (const [id, a] of one) {
      const b = two.get(id);
      expect(b?.degree).toBe(a.degree);
      expect(b?.weightedDegree).toBe(a.weightedDegree);
      expect(b?.betweenness).toBeCloseTo(a.betweenness, 10);
      expect(b?.closeness).toBeCloseTo(a.closeness, 10);
      expect(b?.pagerank).toBeCloseTo(a.pagerank, 6);
    }
  });

  test('symmetry: in a cycle every actor has the same measures', () => {
    const n = 9;
    const result = computeMetrics({
      actors: Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        name: `C${i}`,
        sector: null,
        country: null,
        themes: [],
      })),
      others: [],
      ties: Array.from(
        { length: n },
        (_, i) => [`actor:c${i}`, `actor:c${(i + 1) % n}`, 1] as [string, string, number],
      ),
    });
    const first = result.actors[0];
    for (const a of result.actors) {
      expect(a.betweenness).toBeCloseTo(first?.betweenness ?? -1, 10);
      expect(a.closeness).toBeCloseTo(first?.closeness ?? -1, 10);
      expect(a.pagerank).toBeCloseTo(first?.pagerank ?? -1, 8);
    }
  });

  test('sampled sources: every source once, and the estimate close to exact', () => {
    const sample = sampleSources(100, 30, seededRandom(3));
    expect(new Set(sample).size).toBe(30);
    const input = randomInput(11, 400, 1200);
    const graph = buildGraph(input);
    const exact = pathMeasures(graph, null);
    const sampled = pathMeasures(graph, sampleSources(graph.order, 200, seededRandom(1)));
    let error = 0;
    let total = 0;
    for (const [node, value] of exact.betweenness) {
      error += Math.abs((sampled.betweenness.get(node) ?? 0) - value);
      total += value;
      expect(sampled.closeness.get(node) ?? 0).toBeCloseTo(exact.closeness.get(node) ?? 0, 1);
    }
    // Half the nodes as sources: the summed error is a small share of the summed betweenness.
    expect(error / total).toBeLessThan(0.15);
  });
});
