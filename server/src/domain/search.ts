/**
 * Search for the explorer over the whole database and everything the caller may see (the page downloads a part of
 * the map; its search box must find the rest): as-you-type suggestions, and the counts of the filter panel's facets.
 */
import type { Sector } from '@reform-atlas/vocabulary';
import { z } from 'zod';

import type { Database, Row } from '../db/database';
import { actorFilterParams } from './filters';
import { normaliseSearchText } from './searchText';
import { parseInput } from './validation';
import { canSeeSensitive, type Viewer } from './viewer';

export type SuggestionKind = 'ACTOR' | 'NETWORK' | 'COALITION' | 'THEME';

export interface Suggestion {
  /** The graph node id: actor:<id>, group:<id> or theme:<id>. */
  id: string;
  entityId: string;
  kind: SuggestionKind;
  label: string;
  /** The name that matched, when it is not the label (a local-script name, an acronym). */
  matched: string | null;
  sector: Sector | null;
  country: string | null;
  influence: number | null;
}

const suggestSchema = z.object({
  text: z.string().max(200, 'must be at most 200 characters'),
  limit: z.number().int().min(1, 'must be between 1 and 50').max(50, 'must be between 1 and 50').nullish(),
});

/** Candidates read from each source before ranking: enough for the exact and prefix matches to be among them. */
const SCAN = 200;

/** Lucene's operators, escaped so that typed text is only ever searched for (never parsed as a query). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Each word as a prefix, all words required; null when no word is left (punctuation only). */
export function prefixQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0);
  return words.length > 0 ? words.map((w) => `+${w}*`).join(' ') : null;
}

/** How well a name matches the text: 0 the whole name, 1 its start, 2 the start of one of its words, 3 anywhere. */
export function matchRank(name: string, text: string): number {
  const key = normaliseSearchText(name);
  if (key === text) return 0;
  if (key.startsWith(text)) return 1;
  if (key.split(/[\s\-–(/]+/).some((word) => word.startsWith(text))) return 2;
  return key.includes(text) ? 3 : 4;
}

interface Ranked {
  suggestion: Suggestion;
  rank: number;
  score: number;
}

function actorSuggestion(row: Row, text: string): Ranked {
  const name = String(row.name);
  const acronym = (row.acronym as string | null) ?? null;
  const names = [name, ...((row.altNames as string[] | null) ?? []), ...(acronym ? [acronym] : [])];
  // The best of its names: its own name, else the local-script name or the acronym that the text found.
  const ranks = names.map((n) => matchRank(n, text));
  const best = Math.min(...ranks);
  const matched = best < 4 && ranks[0] !== best ? (names[ranks.indexOf(best)] ?? null) : null;
  return {
    suggestion: {
      id: `actor:${String(row.id)}`,
      entityId: String(row.id),
      kind: 'ACTOR',
      label: name,
      matched,
      sector: (row.sector as Sector | null) ?? null,
      country: (row.country as string | null) ?? null,
      influence: row.influence === null || row.influence === undefined ? null : Number(row.influence),
    },
    rank: best,
    score: Number(row.score ?? 0),
  };
}

/** Best matches first; among equals, actors by influence and full-text relevance, then by name. */
export function rankSuggestions(ranked: Ranked[], limit: number): Suggestion[] {
  return ranked
    .sort(
      (x, y) =>
        x.rank - y.rank ||
        (y.suggestion.influence ?? 0) - (x.suggestion.influence ?? 0) ||
        y.score - x.score ||
        x.suggestion.label.localeCompare(y.suggestion.label),
    )
    .slice(0, limit)
    .map((r) => r.suggestion);
}

export async function suggest(db: Database, viewer: Viewer, input: unknown): Promise<Suggestion[]> {
  const args = parseInput(suggestSchema, input);
  const text = normaliseSearchText(args.text);
  if (text.length === 0) return [];
  const [row] = await db.read('suggest', {
    text,
    lucene: prefixQuery(text),
    canSeeSensitive: canSeeSensitive(viewer),
    scan: SCAN,
  });
  const ranked: Ranked[] = ((row?.actors as Row[] | undefined) ?? []).map((a) => actorSuggestion(a, text));
  for (const g of (row?.groups as Row[] | undefined) ?? []) {
    const name = String(g.name);
    const acronym = (g.acronym as string | null) ?? null;
    const rank = Math.min(matchRank(name, text), acronym ? matchRank(acronym, text) : 4);
    ranked.push({
      suggestion: {
        id: `group:${String(g.id)}`,
        entityId: String(g.id),
        kind: g.kind === 'COALITION' ? 'COALITION' : 'NETWORK',
        label: name,
        matched: acronym && matchRank(acronym, text) < matchRank(name, text) ? acronym : null,
        sector: null,
        country: null,
        influence: null,
      },
      rank,
      score: 0,
    });
  }
  for (const t of (row?.themes as Row[] | undefined) ?? []) {
    const name = String(t.name);
    ranked.push({
      suggestion: {
        id: `theme:${String(t.id)}`,
        entityId: String(t.id),
        kind: 'THEME',
        label: name,
        matched: null,
        sector: null,
        country: null,
        influence: null,
      },
      rank: matchRank(name, text),
      score: 0,
    });
  }
  return rankSuggestions(ranked, args.limit ?? 8);
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ActorFacets {
  total: number;
  countries: FacetCount[];
  sectors: FacetCount[];
  levels: FacetCount[];
  themes: FacetCount[];
  networks: FacetCount[];
  coalitions: FacetCount[];
}

function counts(list: unknown): FacetCount[] {
  return ((list as Row[] | undefined) ?? [])
    .map((c) => ({ value: String(c.value), count: Number(c.count) }))
    .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
}

/** The filter panel's counts over the whole database: each facet counted without its own selection. One round trip. */
export async function actorFacets(db: Database, viewer: Viewer, filter: unknown): Promise<ActorFacets> {
  const [row] = await db.read('actor-facets', actorFilterParams(viewer, filter));
  return {
    total: Number(row?.total ?? 0),
    countries: counts(row?.countryCounts),
    sectors: counts(row?.sectorCounts),
    levels: counts(row?.levelCounts),
    themes: counts(row?.themeCounts),
    networks: counts(row?.networkCounts),
    coalitions: counts(row?.coalitionCounts),
  };
}
