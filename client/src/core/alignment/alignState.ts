/**
 * The alignment pages' state in the URL, next to the explorer's filter keys (country=, sector=, …,
 * which both pages share): ?page=overlap&min=3&cross=1&bubbles=t1,t2&actor=x&short=a,b&rows=sector
 * &sort=theme:t1&gtheme=t1&quad=allies&step=2. Defaults are left out. `page` is the mode switch;
 * `mode` was taken already (the explorer's dim/hide filter mode).
 */
export const PAGES = [
  'explore',
  'overlap',
  'matrix',
  'partners',
  'grid',
  'gaps',
  'landscape',
  'activities',
  'meeting',
  'audit',
] as const;
export type AppPage = (typeof PAGES)[number];
/** The pages the alignment shell draws (the explorer, the activities page, meeting mode and the audit trail have their own). */
export type AlignPage = Exclude<AppPage, 'explore' | 'activities' | 'meeting' | 'audit'>;
/** The pages the page switch offers: the audit trail is an administrator's page, opened from the More menu. */
export type SwitchPage = Exclude<AppPage, 'audit'>;
export const SWITCH_PAGES = PAGES.filter((p): p is SwitchPage => p !== 'audit');

export const PAGE_LABELS: Record<AppPage, string> = {
  explore: 'Explore',
  overlap: 'Alignment',
  partners: 'Partners',
  matrix: 'Matrix',
  grid: 'Influence grid',
  gaps: 'Coalition gaps',
  landscape: 'Theme landscape',
  activities: 'Activities',
  meeting: 'Meeting',
  audit: 'Audit trail',
};

/** The page switch's buttons: one word each, so that eight fit beside the search (the full name is their title). */
export const PAGE_SHORT_LABELS: Record<AppPage, string> = {
  ...PAGE_LABELS,
  grid: 'Grid',
  gaps: 'Gaps',
  landscape: 'Landscape',
};

export const ROW_MODES = ['actor', 'sector', 'country', 'sector-country'] as const;
export type RowMode = (typeof ROW_MODES)[number];

export const QUADRANTS = ['champions', 'blockers', 'supporters', 'watch'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The partner finder's own filters (the API's PartnerFilter); all combine with AND, an empty list is no filter. */
export interface PartnerFilterState {
  crossBorderOnly: boolean;
  sectors: string[];
  themes: string[];
  countries: string[];
}

export const NO_PARTNER_FILTER: PartnerFilterState = { crossBorderOnly: false, sectors: [], themes: [], countries: [] };

export function partnerFilterActive(f: PartnerFilterState): boolean {
  return f.crossBorderOnly || f.sectors.length + f.themes.length + f.countries.length > 0;
}

export interface AlignState {
  page: AlignPage;
  minShared: number;
  crossSectorOnly: boolean;
  /** Themes drawn as bubble regions; null: the default choice (most shared on the graph). */
  bubbles: string[] | null;
  anchor: string | null;
  shortlist: string[];
  rows: RowMode;
  /** Row order: 'name', 'sector', 'themes' (most held first) or 'theme:<id>' (support on it first). */
  sort: string;
  gridTheme: string | null;
  quadrant: Quadrant | null;
  /** The matrix cell picked, as `<row key>@<theme id>`. */
  cell: string | null;
  partnerFilter: PartnerFilterState;
  /** The coalition whose gaps are shown. */
  coalition: string | null;
  /** The theme whose landscape is shown. */
  landscapeTheme: string | null;
}

export const INITIAL_ALIGN: AlignState = {
  page: 'overlap',
  minShared: 2,
  crossSectorOnly: false,
  bubbles: null,
  anchor: null,
  shortlist: [],
  rows: 'actor',
  sort: 'themes',
  gridTheme: null,
  quadrant: null,
  cell: null,
  partnerFilter: NO_PARTNER_FILTER,
  coalition: null,
  landscapeTheme: null,
};

const OWN_KEYS = [
  'page',
  'min',
  'cross',
  'bubbles',
  'actor',
  'short',
  'rows',
  'sort',
  'gtheme',
  'quad',
  'step',
  'cell',
  'pcross',
  'psector',
  'ptheme',
  'pcountry',
  'coalition',
  'ltheme',
];

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

function list(p: URLSearchParams, key: string): string[] {
  const raw = p.get(key);
  return raw
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function pageOf(search: string): AppPage {
  const page = params(search).get('page');
  return (PAGES as readonly string[]).includes(page ?? '') ? (page as AppPage) : 'explore';
}

export function decodeAlignState(search: string): AlignState {
  const p = params(search);
  const page = pageOf(search);
  const min = Number(p.get('min'));
  const rows = p.get('rows');
  const quad = p.get('quad');
  return {
    page:
      page === 'explore' || page === 'activities' || page === 'meeting' || page === 'audit' ? INITIAL_ALIGN.page : page,
    minShared: Number.isInteger(min) && min >= 1 && min <= 10 ? min : INITIAL_ALIGN.minShared,
    crossSectorOnly: p.get('cross') === '1',
    bubbles: p.has('bubbles') ? list(p, 'bubbles') : null,
    anchor: p.get('actor') || null,
    shortlist: list(p, 'short'),
    rows: (ROW_MODES as readonly string[]).includes(rows ?? '') ? (rows as RowMode) : INITIAL_ALIGN.rows,
    sort: p.get('sort') || INITIAL_ALIGN.sort,
    gridTheme: p.get('gtheme') || null,
    quadrant: (QUADRANTS as readonly string[]).includes(quad ?? '') ? (quad as Quadrant) : null,
    cell: p.get('cell') || null,
    partnerFilter: {
      crossBorderOnly: p.get('pcross') === '1',
      sectors: list(p, 'psector'),
      themes: list(p, 'ptheme'),
      countries: list(p, 'pcountry'),
    },
    coalition: p.get('coalition') || null,
    landscapeTheme: p.get('ltheme') || null,
  };
}

/** Writes the alignment keys over `base` (the current query string), keeping the shared filter keys. */
export function encodeAlignState(state: AlignState, base = '', page: AppPage = state.page): string {
  const p = params(base);
  for (const k of OWN_KEYS) p.delete(k);
  p.set('page', page);
  if (state.minShared !== INITIAL_ALIGN.minShared) p.set('min', String(state.minShared));
  if (state.crossSectorOnly) p.set('cross', '1');
  if (state.bubbles) p.set('bubbles', state.bubbles.join(','));
  if (state.anchor) p.set('actor', state.anchor);
  if (state.shortlist.length > 0) p.set('short', state.shortlist.join(','));
  if (state.rows !== INITIAL_ALIGN.rows) p.set('rows', state.rows);
  if (state.sort !== INITIAL_ALIGN.sort) p.set('sort', state.sort);
  if (state.gridTheme) p.set('gtheme', state.gridTheme);
  if (state.quadrant) p.set('quad', state.quadrant);
  if (state.cell) p.set('cell', state.cell);
  const pf = state.partnerFilter;
  if (pf.crossBorderOnly) p.set('pcross', '1');
  if (pf.sectors.length > 0) p.set('psector', pf.sectors.join(','));
  if (pf.themes.length > 0) p.set('ptheme', pf.themes.join(','));
  if (pf.countries.length > 0) p.set('pcountry', pf.countries.join(','));
  if (state.coalition) p.set('coalition', state.coalition);
  if (state.landscapeTheme) p.set('ltheme', state.landscapeTheme);
  return p.toString();
}

/** The query string for another page: alignment keys dropped for the explorer, the filters kept. */
export function switchPage(search: string, page: AppPage): string {
  const p = params(search);
  if (page === 'explore') {
    for (const k of OWN_KEYS) p.delete(k);
    return p.toString();
  }
  p.set('page', page);
  return p.toString();
}

export function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/**
 * Saved views hold JSON (the API rejects anything else), so an alignment view is stored as
 * {"query": "<its query string>"}; a bare query string (older explorer views) is read as is.
 */
export function toSavedState(query: string): string {
  return JSON.stringify({ query });
}

export function queryOfSaved(state: string): string {
  try {
    const parsed: unknown = JSON.parse(state);
    if (parsed && typeof parsed === 'object' && 'query' in parsed && typeof parsed.query === 'string')
      return parsed.query;
  } catch {
    // Not JSON: a query string.
  }
  return state;
}
