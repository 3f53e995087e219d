/**
 * The filter as the page holds it (facets, text, dim or hide) and as the API takes it. Matching and counting run on
 * the server over the whole database (server/src/domain/filters.ts, search.ts); the page only keeps the state and
 * filters the rows of its table by text.
 */
import type { ActorFilter, Confidence, GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
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
  /** Links (collaborations, memberships, positions) below this confidence are left out everywhere; LOW keeps all. */
  minConfidence: Confidence;
}

/** The choices of the minimum-confidence control, weakest first, in the words the page shows. */
export const CONFIDENCE_CHOICES: ReadonlyArray<{ value: Confidence; label: string }> = [
  { value: 'LOW', label: 'Any confidence' },
  { value: 'MEDIUM', label: 'Medium or high' },
  { value: 'HIGH', label: 'High only' },
];

export function isConfidence(value: string | null | undefined): value is Confidence {
  return CONFIDENCE_CHOICES.some((c) => c.value === value);
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
  minConfidence: 'LOW',
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

/**
 * The filter as the API takes it; null when nothing is chosen. A minimum confidence alone matches every actor (it
 * leaves out links, not actors), so it is sent without making the view a filtered one (hasActiveFilters).
 */
export function toActorFilter(f: FilterState): ActorFilter | null {
  const minConfidence = f.minConfidence === 'LOW' ? null : f.minConfidence;
  if (!hasActiveFilters(f)) return minConfidence ? { minConfidence } : null;
  return {
    countries: f.countries,
    sectors: f.sectors,
    levels: f.levels,
    themes: f.themes,
    networks: f.networks,
    coalitions: f.coalitions,
    text: f.text.trim() || null,
    minConfidence,
  };
}

/** Only the minimum confidence: what the unfiltered views (dim mode's background, neighbourhoods) still obey. */
export function confidenceOnly(f: FilterState): ActorFilter | null {
  return f.minConfidence === 'LOW' ? null : { minConfidence: f.minConfidence };
}
