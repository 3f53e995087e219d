/**
 * The filter as the page holds it (facets, text, dim or hide) and as the API takes it. Matching and counting run on
 * the server over the whole database (server/src/domain/filters.ts, search.ts); the page only keeps the state and
 * filters the rows of its table by text.
 */
import type { ActorFilter, GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
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

export function toggleValue<T extends string>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The filter as the API takes it; null when nothing is chosen. */
export function toActorFilter(f: FilterState): ActorFilter | null {
  if (!hasActiveFilters(f)) return null;
  return {
    countries: f.countries,
    sectors: f.sectors,
    levels: f.levels,
    themes: f.themes,
    networks: f.networks,
    coalitions: f.coalitions,
    text: f.text.trim() || null,
  };
}
