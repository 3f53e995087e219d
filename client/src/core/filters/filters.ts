/**
 * Filters and search over the loaded subgraph. Pure: the facets of each actor are read from the
 * graph's edges (BASED_IN / OPERATES_IN → countries, INTERESTED_IN → themes, MEMBER_OF → groups),
 * so filtering is instant and counts are exact for what is on screen.
 */
import type {
  GraphElementsFragment as GraphElements,
  GraphNodeFragment as GraphNode,
} from '../../data/generated/graphql';
import type { Level, Sector } from '../vocabulary';

export type FilterMode = 'dim' | 'hide';

export interface FilterState {
  countries: string[];
  sectors: Sector[];
  levels: Level[];
  themes: string[];
  networks: string[];
  coalitions: string[];
  text: string;
  mode: FilterMode;
}

export type Facet = 'countries' | 'sectors' | 'levels' | 'themes' | 'networks' | 'coalitions';
export const FACETS: Facet[] = ['countries', 'sectors', 'levels', 'themes', 'networks', 'coalitions'];

export const EMPTY_FILTERS: FilterState = {
  countries: [],
  sectors: [],
  levels: [],
  themes: [],
  networks: [],
  coalitions: [],
  text: '',
  mode: 'dim',
};

/** The facet values of one actor, in the same id space as the filter (entity ids, country codes). */
export interface ActorFacts {
  countries: Set<string>;
  sectors: Set<string>;
  levels: Set<string>;
  themes: Set<string>;
  networks: Set<string>;
  coalitions: Set<string>;
}

export interface FilterIndex {
  nodes: Map<string, GraphNode>;
  actors: Map<string, ActorFacts>;
  neighbours: Map<string, Set<string>>;
}

export function buildIndex(graph: Pick<GraphElements, 'nodes' | 'edges'>): FilterIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const actors = new Map<string, ActorFacts>();
  const neighbours = new Map<string, Set<string>>();
  for (const n of graph.nodes) {
    neighbours.set(n.id, new Set());
    if (n.kind !== 'ACTOR') continue;
    actors.set(n.id, {
      countries: new Set(n.country ? [n.country] : []),
      sectors: new Set(n.sector ? [n.sector] : []),
      levels: new Set(n.level ? [n.level] : []),
      themes: new Set(),
      networks: new Set(),
      coalitions: new Set(),
    });
  }
  for (const e of graph.edges) {
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
    const facts = actors.get(e.source);
    const target = nodes.get(e.target);
    if (!facts || !target) continue;
    if (e.kind === 'BASED_IN' || e.kind === 'OPERATES_IN') facts.countries.add(target.entityId);
    else if (e.kind === 'INTERESTED_IN') facts.themes.add(target.entityId);
    else if (e.kind === 'MEMBER_OF') {
      if (target.kind === 'NETWORK') facts.networks.add(target.entityId);
      if (target.kind === 'COALITION') facts.coalitions.add(target.entityId);
    }
  }
  return { nodes, actors, neighbours };
}

/** Lower case, without diacritics: "Việt" → "viet"; other scripts are left as they are. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .trim();
}

export function matchesText(node: GraphNode, query: string): boolean {
  const q = normalise(query);
  if (!q) return true;
  return [node.name, node.acronym ?? '', node.label, ...node.altNames].some((s) => normalise(s).includes(q));
}

export function hasActiveFilters(f: FilterState): boolean {
  return FACETS.some((k) => f[k].length > 0) || f.text.trim() !== '';
}

function passesFacets(facts: ActorFacts, f: FilterState, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = f[facet] as string[];
    if (wanted.length > 0 && !wanted.some((w) => facts[facet].has(w))) return false;
  }
  return true;
}

/**
 * The node ids that match: with facets, the passing actors and what they link to (so their networks
 * and themes stay in view); with text, only the nodes whose names match. Null means "no filter".
 */
export function matchingNodes(index: FilterIndex, f: FilterState): Set<string> | null {
  if (!hasActiveFilters(f)) return null;
  const facetsOn = FACETS.some((k) => f[k].length > 0);
  const text = f.text.trim();
  const result = new Set<string>();
  if (facetsOn) {
    for (const [id, facts] of index.actors) {
      if (!passesFacets(facts, f)) continue;
      result.add(id);
      for (const n of index.neighbours.get(id) ?? []) if (index.nodes.get(n)?.kind !== 'ACTOR') result.add(n);
    }
  } else {
    for (const id of index.nodes.keys()) result.add(id);
  }
  if (text) {
    for (const id of [...result]) {
      const node = index.nodes.get(id);
      if (!node || !matchesText(node, text)) result.delete(id);
    }
  }
  return result;
}

/** For each value of a facet: how many actors would match if that value were (also) chosen. */
export function facetCounts(index: FilterIndex, f: FilterState, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  const text = f.text.trim();
  for (const [id, facts] of index.actors) {
    if (!passesFacets(facts, f, facet)) continue;
    const node = index.nodes.get(id);
    if (text && node && !matchesText(node, text)) continue;
    for (const value of facts[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function toggleValue<T extends string>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface Suggestion {
  id: string;
  name: string;
  /** The name, acronym or local-script name that matched, when it is not the name itself. */
  matched: string | null;
  kind: GraphNode['kind'];
}

/** Search suggestions: prefix matches first, then substring matches, at most `limit`. */
export function suggest(nodes: Iterable<GraphNode>, query: string, limit = 8): Suggestion[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: Array<{ s: Suggestion; score: number }> = [];
  for (const node of nodes) {
    const candidates = [node.name, node.acronym ?? '', ...node.altNames].filter(Boolean);
    let best: { text: string; score: number } | null = null;
    for (const c of candidates) {
      const n = normalise(c);
      const at = n.indexOf(q);
      if (at < 0) continue;
      const score = at === 0 ? 0 : 1;
      if (!best || score < best.score) best = { text: c, score };
    }
    if (best)
      scored.push({
        s: { id: node.id, name: node.name, matched: best.text === node.name ? null : best.text, kind: node.kind },
        score: best.score,
      });
  }
  scored.sort((a, b) => a.score - b.score || a.s.name.localeCompare(b.s.name));
  return scored.slice(0, limit).map((x) => x.s);
}
