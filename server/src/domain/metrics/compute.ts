/**
 * The network measures, pure: a graphology graph built from what the caller may see, then graphology-metrics
 * (PageRank, weighted degree), graphology-shortest-path's indexed Brandes search (betweenness and harmonic closeness,
 * exact or from sampled sources) and graphology-communities-louvain. Runs in the metrics worker thread (worker.ts);
 * tests call it directly.
 *
 * Why the path measures do not call graphology-metrics' betweenness: it always runs one search from every node
 * (10,000 actors and 50,000 ties take ~15 s here), and graphology-metrics has no harmonic closeness. Both are
 * accumulated below from the same indexed Brandes searches graphology-metrics uses — from every node (exact: equal
 * to graphology-metrics' betweenness, tested on Zachary's karate club) or from a seeded sample of sources
 * (Brandes & Pich 2007): each sampled source's dependencies, scaled by n / k, are an unbiased estimate.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

import { seededRandom } from '../seededRandom';

export interface NetworkActor {
  id: string;
  name: string;
  sector: string | null;
  country: string | null;
  /** Names of the themes the actor is interested in (visible links only), for community labels. */
  themes: string[];
}

/** A node that is not an actor (a group or an activity) reached by the chosen kinds of link. */
export interface NetworkOther {
  key: string;
  name: string;
}

/** The network as read: actors, other nodes, and ties [source key, target key, weight]. Keys: "actor:<id>", … */
export interface NetworkInput {
  actors: NetworkActor[];
  others: NetworkOther[];
  ties: Array<[string, string, number]>;
}

export interface MetricsOptions {
  /** Exact path measures up to this many nodes; above, sampled sources. */
  exactLimit: number;
  /** Sampled sources when approximate, at most. */
  samples: number;
  /**
   * Work allowed for the sampled searches, in nodes + ties visited: a larger map gets fewer sources (each search
   * visits the whole map), never fewer than MIN_SAMPLES. 10,000 actors (54,000 nodes and ties): 256 sources;
   * 100,000 (540,000): 46.
   */
  pathBudget: number;
  seed: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export const DEFAULT_OPTIONS: MetricsOptions = { exactLimit: 2_500, samples: 256, pathBudget: 25_000_000, seed: 1 };
export const MIN_SAMPLES = 32;

/** How many sources the sampled searches start from on a map of n nodes and m ties. */
export function sampleCount(n: number, m: number, options: Pick<MetricsOptions, 'samples' | 'pathBudget'>): number {
  return Math.min(n, options.samples, Math.max(MIN_SAMPLES, Math.floor(options.pathBudget / Math.max(1, n + m))));
}

export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  gatekeeper: number;
  liaison: number;
}

export interface ActorMeasures {
  id: string;
  name: string;
  sector: string | null;
  country: string | null;
  degree: number;
  weightedDegree: number;
  /** Normalised: the share of shortest paths between other pairs that pass through the actor (0–1). */
  betweenness: number;
  /** Harmonic closeness, normalised: the mean of 1 / distance to every other node (0–1; 0 when alone). */
  closeness: number;
  pagerank: number;
  community: number;
  brokerage: BrokerageCounts;
}

export interface CommunitySummary {
  id: number;
  size: number;
  /** Actors only (groups and activities in the community are not counted here). */
  actorCount: number;
  label: string;
  themes: string[];
  sectors: string[];
  hubId: string | null;
  hubName: string | null;
  colour: string;
}

export interface BrokerSummary {
  id: string;
  name: string;
  sector: string | null;
  country: string | null;
  score: number;
  role: 'LIAISON' | 'GATEKEEPER' | 'ITINERANT' | 'COORDINATOR';
  brokerage: BrokerageCounts;
  /** Sectors of the actors it links that have no tie of their own. */
  sectorsConnected: string[];
  countriesConnected: string[];
  /** Up to three of those actors, by name. */
  connects: Array<{ id: string; name: string; sector: string | null; country: string | null }>;
  sentence: string;
}

export interface MetricsResult {
  nodeCount: number;
  tieCount: number;
  actorCount: number;
  approximate: boolean;
  sampledSources: number | null;
  modularity: number;
  actors: ActorMeasures[];
  communities: CommunitySummary[];
  brokers: BrokerSummary[];
  timings: Record<string, number>;
  /** Set by the worker thread after the computation: its heap and the process's resident memory, in bytes. */
  memory?: { heapUsed: number; rss: number };
  /** Set by the worker thread: the CPU time the computation took on it (ms), when the platform tells. */
  cpuMs?: number | null;
}

/** Colour-blind-safe categorical palette (Okabe–Ito, then Tol's muted): community colours come from here. */
export const COMMUNITY_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#882255',
  '#117733',
  '#999933',
  '#332288',
  '#AA4499',
  '#44AA99',
] as const;
/** Communities past the palette share this grey. */
export const OTHER_COMMUNITY_COLOUR = '#9E9E9E';

const SECTOR_WORDS: Record<string, string> = {
  CIVIL_SOCIETY: 'civil society',
  GOVERNMENT: 'government',
  PRIVATE_SECTOR: 'private sector',
  RESEARCH: 'research',
  DONOR: 'donors',
  COMMUNITY: 'community organisations',
  MEDIA: 'media',
  REGIONAL_BODY: 'regional bodies',
};
export const sectorWords = (sector: string | null): string =>
  sector ? (SECTOR_WORDS[sector] ?? sector.toLowerCase()) : 'no sector';

/** FNV-1a, for a community's colour from its hub's id. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type TieGraph = Graph<{ kind: 'actor' | 'other' }, { weight: number }>;

/** The undirected, simple graph of the input: repeated ties between two nodes add their weights. */
export function buildGraph(input: NetworkInput): TieGraph {
  const graph: TieGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of input.actors) graph.mergeNode(`actor:${actor.id}`, { kind: 'actor' });
  for (const other of input.others) graph.mergeNode(other.key, { kind: 'other' });
  // Edges keyed by a counter: graphology's generated keys cost more, and the keys are never read. A repeated tie is
  // rare (one collaboration per pair, one membership per group), so it is found by addEdge's own refusal rather than
  // by a lookup before every tie. (Summing ties in a Map of "a|b" strings first was slower still.)
  let key = 0;
  for (const [source, target, weight] of input.ties) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    try {
      graph.addUndirectedEdgeWithKey(String(key), source, target, { weight });
      key++;
    } catch {
      const edge = graph.edge(source, target) as string;
      graph.setEdgeAttribute(edge, 'weight', graph.getEdgeAttribute(edge, 'weight') + weight);
    }
  }
  return graph;
}

/** Picks k distinct node indices out of n, seeded (a partial Fisher–Yates shuffle). */
export function sampleSources(n: number, k: number, random: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order.slice(0, k);
}

export interface PathMeasures {
  betweenness: Map<string, number>;
  closeness: Map<string, number>;
  sampled: number | null;
}

/**
 * Betweenness (normalised as graphology-metrics and networkx do for undirected graphs) and harmonic closeness,
 * from every node or from `sources` only. Unweighted: a tie's weight (its confidence) says how sure we are of it,
 * not how long it is.
 */
export function pathMeasures(
  graph: TieGraph,
  sources: Uint32Array | null,
  onProgress?: (done: number, total: number) => void,
): PathMeasures {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const count = sources ? sources.length : n;
  const delta = new Float64Array(n);
  const distance = new Float64Array(n);
  const betweenness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const inSample = new Uint8Array(n);
  if (sources) for (const s of sources) inSample[s] = 1;
  for (let step = 0; step < count; step++) {
    const source = sources ? (sources[step] as number) : step;
    const [S, P, sigma] = brandes(source);
    // mnemonist's FixedStack keeps its items in push order; its typings do not declare the array.
    const items = (S as unknown as { items: Uint32Array | number[] }).items;
    // S holds the reached nodes in order of distance: a node's distance is one more than its first predecessor's.
    const reached = S.size;
    for (let j = 0; j < reached; j++) {
      const w = items[j] as number;
      delta[w] = 0;
      const predecessors = P[w] as number[];
      distance[w] = w === source || predecessors.length === 0 ? 0 : (distance[predecessors[0] as number] as number) + 1;
      if (w !== source) harmonic[w] = (harmonic[w] as number) + 1 / (distance[w] as number);
    }
    while (S.size !== 0) {
      const w = S.pop() as number;
      const predecessors = P[w] as number[];
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of predecessors) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== source) betweenness[w] = (betweenness[w] as number) + (delta[w] as number);
    }
    if (onProgress && (step % 64 === 63 || step === count - 1)) onProgress(step + 1, count);
  }
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 0) * (n / count);
  const betweennessByNode = new Map<string, number>();
  const closenessByNode = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node) => {
    betweennessByNode.set(node, (betweenness[i] as number) * scale);
    // The mean of 1/d over the sources other than the node itself (every other node when exact).
    const others = count - (sources ? (inSample[i] as number) : 1);
    closenessByNode.set(node, others > 0 ? (harmonic[i] as number) / others : 0);
    i++;
  });
  return { betweenness: betweennessByNode, closeness: closenessByNode, sampled: sources ? count : null };
}

/**
 * Gould–Fernandez brokerage on an undirected network: for each pair of an actor's neighbouring actors that have no
 * tie of their own, the role the actor plays between them by group (sector): coordinator (all three in one group),
 * itinerant (the two in one group, the broker in another), gatekeeper or representative (the broker shares a group
 * with one of them; without direction the two cannot be told apart) and liaison (three groups). Hubs are read up to
 * their 300 strongest neighbours, so a hub of 3,000 ties costs 45,000 pairs, not 4.5 million. `candidates`, when
 * given, limits the actors counted (see MAX_BROKER_CANDIDATES).
 */
const MAX_BROKER_NEIGHBOURS = 300;

export function brokerage(
  graph: TieGraph,
  groupOf: (node: string) => string | null,
  candidates?: ReadonlySet<string>,
): Map<string, { counts: BrokerageCounts; pairs: Array<[string, string]> }> {
  const out = new Map<string, { counts: BrokerageCounts; pairs: Array<[string, string]> }>();
  const groups = new Map<string, string | null>();
  const group = (node: string): string | null => {
    let g = groups.get(node);
    if (g === undefined) {
      g = groupOf(node);
      groups.set(node, g);
    }
    return g;
  };
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'actor' || (candidates && !candidates.has(node))) return;
    let neighbours: Array<[string, number]> = [];
    graph.forEachEdge(node, (_edge, edgeAttributes, source, target) => {
      const other = source === node ? target : source;
      if (graph.getNodeAttribute(other, 'kind') === 'actor') neighbours.push([other, edgeAttributes.weight]);
    });
    if (neighbours.length > MAX_BROKER_NEIGHBOURS) {
      neighbours = neighbours.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_BROKER_NEIGHBOURS);
    }
    const keys = neighbours.map(([key]) => key);
    const keyGroups = keys.map(group);
    const counts: BrokerageCounts = { coordinator: 0, itinerant: 0, gatekeeper: 0, liaison: 0 };
    const pairs: Array<[string, string]> = [];
    const own = group(node);
    for (let i = 0; i < keys.length; i++) {
      const a = keys[i] as string;
      const groupA = keyGroups[i] ?? null;
      for (let j = i + 1; j < keys.length; j++) {
        const b = keys[j] as string;
        if (graph.hasEdge(a, b)) continue;
        const groupB = keyGroups[j] ?? null;
        if (groupA === groupB) {
          if (groupA === own) counts.coordinator++;
          else counts.itinerant++;
        } else if (groupA === own || groupB === own) counts.gatekeeper++;
        else counts.liaison++;
        if (groupA !== groupB && pairs.length < 64) pairs.push([a, b]);
      }
    }
    out.set(node, { counts, pairs });
  });
  return out;
}

/**
 * Whose brokerage is counted: every actor on a map of up to MAX_BROKER_CANDIDATES, else that many of the highest
 * betweenness (a broker lies on paths between others, so the brokers listed are among them). At 100,000 actors
 * counting everyone's pairs cost more than every other measure together.
 */
export const MAX_BROKER_CANDIDATES = 5_000;

function brokerCandidates(betweenness: Map<string, number>, graph: TieGraph): Set<string> | undefined {
  if (graph.order <= MAX_BROKER_CANDIDATES) return undefined;
  const actors: Array<[string, number]> = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'actor') actors.push([node, betweenness.get(node) ?? 0]);
  });
  actors.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(actors.slice(0, MAX_BROKER_CANDIDATES).map(([node]) => node));
}

const topCounts = (values: Iterable<string>, limit: number): string[] => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([value]) => value);
};

const listWords = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Every measure over the network, deterministic for the same input and options. */
export function computeMetrics(input: NetworkInput, options: MetricsOptions = DEFAULT_OPTIONS): MetricsResult {
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = Math.round(now - started);
    started = now;
  };
  const progress = options.onProgress ?? (() => undefined);
  const graph = buildGraph(input);
  const actorsById = new Map(input.actors.map((actor) => [`actor:${actor.id}`, actor]));
  lap('build');

  const n = graph.order;
  const samples = sampleCount(n, graph.size, options);
  const approximate = n > options.exactLimit && samples < n;
  const sources = approximate ? sampleSources(n, Math.max(2, samples), seededRandom(options.seed)) : null;
  progress('paths', 0, sources ? sources.length : n);
  const paths = pathMeasures(graph, sources, (done, total) => progress('paths', done, total));
  lap('paths');

  progress('pagerank', 0, 1);
  const ranks = n > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  lap('pagerank');

  progress('communities', 0, 1);
  const detailed =
    graph.size > 0
      ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed) })
      : { communities: Object.fromEntries(graph.nodes().map((node, i) => [node, i])), modularity: 0 };
  lap('communities');

  progress('brokers', 0, 1);
  const sectorOf = (node: string): string | null => actorsById.get(node)?.sector ?? null;
  const brokered = brokerage(graph, sectorOf, brokerCandidates(paths.betweenness, graph));
  lap('brokers');

  const weighted = new Map<string, number>();
  graph.forEachNode((node) => weighted.set(node, weightedDegree(graph, node, 'weight')));

  const communities = summariseCommunities(graph, detailed.communities, actorsById, weighted);
  const communityIndex = new Map(communities.summaries.map((c) => [c.rawId, c.summary.id]));

  const actors: ActorMeasures[] = input.actors.map((actor) => {
    const key = `actor:${actor.id}`;
    return {
      id: actor.id,
      name: actor.name,
      sector: actor.sector,
      country: actor.country,
      degree: graph.hasNode(key) ? graph.degree(key) : 0,
      weightedDegree: weighted.get(key) ?? 0,
      betweenness: paths.betweenness.get(key) ?? 0,
      closeness: paths.closeness.get(key) ?? 0,
      pagerank: ranks[key] ?? 0,
      community: communityIndex.get(detailed.communities[key] ?? -1) ?? -1,
      brokerage: brokered.get(key)?.counts ?? { coordinator: 0, itinerant: 0, gatekeeper: 0, liaison: 0 },
    };
  });

  const brokers = summariseBrokers(actors, brokered, actorsById, paths.betweenness);
  lap('summaries');
  progress('done', 1, 1);
  return {
    nodeCount: n,
    tieCount: graph.size,
    actorCount: input.actors.length,
    approximate,
    sampledSources: paths.sampled,
    modularity: detailed.modularity,
    actors,
    communities: communities.summaries.map((c) => c.summary),
    brokers,
    timings,
  };
}

/**
 * Communities in a stable order (size, then the hub's id) with labels and colours that do not move from run to run:
 * Louvain is seeded, and a community's colour follows from its hub (the member of highest weighted degree), so
 * adding an unrelated actor elsewhere does not recolour it. Two hubs hashing to one colour: the larger community keeps
 * it, the other takes the next free one.
 */
function summariseCommunities(
  graph: TieGraph,
  assignment: Record<string, number>,
  actorsById: Map<string, NetworkActor>,
  weighted: Map<string, number>,
): { summaries: Array<{ rawId: number; summary: CommunitySummary }> } {
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const raw = assignment[node] ?? -1;
    const list = members.get(raw);
    if (list) list.push(node);
    else members.set(raw, [node]);
  });
  const described = [...members.entries()].map(([rawId, nodes]) => {
    let hub: string | null = null;
    let hubWeight = -1;
    const actors: NetworkActor[] = [];
    for (const node of nodes) {
      const actor = actorsById.get(node);
      if (!actor) continue;
      actors.push(actor);
      const w = weighted.get(node) ?? 0;
      if (w > hubWeight || (w === hubWeight && hub !== null && node < hub)) {
        hub = node;
        hubWeight = w;
      }
    }
    return { rawId, nodes, actors, hub };
  });
  described.sort(
    (a, b) => b.nodes.length - a.nodes.length || ((a.hub ?? a.nodes[0] ?? '') < (b.hub ?? b.nodes[0] ?? '') ? -1 : 1),
  );
  const taken = new Set<number>();
  const summaries = described.map((community, index) => {
    let colour: string = OTHER_COMMUNITY_COLOUR;
    if (community.nodes.length > 1 && taken.size < COMMUNITY_PALETTE.length) {
      let slot = hashOf(community.hub ?? community.nodes[0] ?? '') % COMMUNITY_PALETTE.length;
      while (taken.has(slot)) slot = (slot + 1) % COMMUNITY_PALETTE.length;
      taken.add(slot);
      colour = COMMUNITY_PALETTE[slot] as string;
    }
    const themes = topCounts(
      community.actors.flatMap((a) => a.themes),
      2,
    );
    const sectors = topCounts(
      community.actors.flatMap((a) => (a.sector ? [a.sector] : [])),
      2,
    );
    const hubActor = community.hub ? actorsById.get(community.hub) : undefined;
    const label =
      [themes.join(', '), listWords(sectors.map(sectorWords))].filter((part) => part.length > 0).join(' · ') ||
      (hubActor ? `around ${hubActor.name}` : 'no themes recorded');
    return {
      rawId: community.rawId,
      summary: {
        id: index,
        size: community.nodes.length,
        actorCount: community.actors.length,
        label,
        themes,
        sectors,
        hubId: hubActor?.id ?? null,
        hubName: hubActor?.name ?? null,
        colour,
      },
    };
  });
  return { summaries };
}

const MAX_BROKERS = 25;

/** The actors who most often link others of different sectors who have no tie of their own, with a sentence. */
function summariseBrokers(
  actors: ActorMeasures[],
  brokered: Map<string, { counts: BrokerageCounts; pairs: Array<[string, string]> }>,
  actorsById: Map<string, NetworkActor>,
  betweenness: Map<string, number>,
): BrokerSummary[] {
  const ranked = actors
    .map((actor) => {
      const counts = actor.brokerage;
      return { actor, score: counts.liaison + counts.gatekeeper + counts.itinerant };
    })
    .filter((entry) => entry.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (betweenness.get(`actor:${b.actor.id}`) ?? 0) - (betweenness.get(`actor:${a.actor.id}`) ?? 0) ||
        (a.actor.id < b.actor.id ? -1 : 1),
    )
    .slice(0, MAX_BROKERS);
  return ranked.map(({ actor, score }) => {
    const counts = actor.brokerage;
    const role: BrokerSummary['role'] =
      counts.liaison >= counts.gatekeeper && counts.liaison >= counts.itinerant
        ? 'LIAISON'
        : counts.gatekeeper >= counts.itinerant
          ? 'GATEKEEPER'
          : 'ITINERANT';
    const pairs = brokered.get(`actor:${actor.id}`)?.pairs ?? [];
    const linked = new Map<string, NetworkActor>();
    for (const [a, b] of pairs) {
      for (const key of [a, b]) {
        const other = actorsById.get(key);
        if (other) linked.set(key, other);
      }
    }
    const linkedActors = [...linked.values()];
    const sectorsConnected = topCounts(
      linkedActors.flatMap((a) => (a.sector ? [a.sector] : [])),
      8,
    );
    const countriesConnected = topCounts(
      linkedActors.flatMap((a) => (a.country ? [a.country] : [])),
      8,
    );
    // Three actors of different sectors where possible: the sentence should show the bridge, not one side of it.
    const connects: NetworkActor[] = [];
    const seenSectors = new Set<string | null>();
    for (const candidate of linkedActors) {
      if (connects.length >= 3) break;
      if (!seenSectors.has(candidate.sector)) {
        connects.push(candidate);
        seenSectors.add(candidate.sector);
      }
    }
    for (const candidate of linkedActors) {
      if (connects.length >= 3) break;
      if (!connects.includes(candidate)) connects.push(candidate);
    }
    const named = connects.map((a) => `${a.name} (${sectorWords(a.sector)})`);
    const borders = countriesConnected.length > 1 ? `, across ${listWords(countriesConnected)}` : '';
    const sentence =
      `Links ${listWords(sectorsConnected.map(sectorWords))}${borders}: ${listWords(named)} ` +
      `have no tie of their own but each works with ${actor.name} ` +
      `(${score} such pair${score === 1 ? '' : 's'} across sectors).`;
    return {
      id: actor.id,
      name: actor.name,
      sector: actor.sector,
      country: actor.country,
      score,
      role,
      brokerage: counts,
      sectorsConnected,
      countriesConnected,
      connects: connects.map((a) => ({ id: a.id, name: a.name, sector: a.sector, country: a.country })),
      sentence,
    };
  });
}
