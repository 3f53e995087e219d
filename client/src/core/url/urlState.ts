/**
 * The view state in the URL's query string, so a reload or a shared link restores the view.
 * Readable keys (?country=KH&sector=GOVERNMENT&sel=actor:x&layout=concentric); defaults are left out.
 */
import { EMPTY_FILTERS, isConfidence, type FilterState } from '../filters/filters';
import { decodeTime, encodeTime } from '../time/timeState';
import {
  INITIAL_VIEW,
  LAYOUTS,
  MOST_ACTORS_DRAWN,
  type Expansion,
  type LayoutName,
  type ViewMode,
  type ViewState,
} from '../view/viewState';
import { isLevel, isSector } from '../vocabulary';

const LIST_KEYS = {
  countries: 'country',
  sectors: 'sector',
  levels: 'level',
  themes: 'theme',
  networks: 'network',
  coalitions: 'coalition',
} as const;

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  return raw
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  for (const [field, key] of Object.entries(LIST_KEYS) as Array<[keyof typeof LIST_KEYS, string]>) {
    if (f[field].length > 0) params.set(key, f[field].join(','));
  }
  if (f.text.trim()) params.set('q', f.text);
  if (f.mode !== EMPTY_FILTERS.mode) params.set('mode', f.mode);
  if (f.minConfidence !== EMPTY_FILTERS.minConfidence) params.set('conf', f.minConfidence);
  if (state.selected) params.set('sel', state.selected);
  if (state.layout !== INITIAL_VIEW.layout) params.set('layout', state.layout);
  if (state.focus) params.set('focus', state.focus);
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
  }
  if (state.expanded.length > 0) params.set('expand', state.expanded.map((e) => `${e.id}~${e.depth}`).join(','));
  if (state.view !== INITIAL_VIEW.view) params.set('view', state.view);
  if (state.shown !== INITIAL_VIEW.shown) params.set('n', String(state.shown));
  const layers = (['countries', 'themes', 'activities'] as const).filter((k) => state.context[k]);
  if (layers.length > 0) params.set('show', layers.join(','));
  encodeTime(state.time, params);
  return params.toString();
}

export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const mode = params.get('mode');
  const conf = params.get('conf')?.toUpperCase();
  const filters: FilterState = {
    countries: list(params, 'country').map((c) => c.toUpperCase()),
    sectors: list(params, 'sector').filter(isSector),
    levels: list(params, 'level').filter(isLevel),
    themes: list(params, 'theme'),
    networks: list(params, 'network'),
    coalitions: list(params, 'coalition'),
    text: params.get('q') ?? '',
    mode: mode === 'hide' ? 'hide' : 'dim',
    minConfidence: isConfidence(conf) ? conf : EMPTY_FILTERS.minConfidence,
  };
  const layout = params.get('layout');
  const view = params.get('view');
  const from = params.get('from');
  const to = params.get('to');
  const shown = Number(params.get('n'));
  const layers = list(params, 'show');
  const expanded: Expansion[] = list(params, 'expand').flatMap((item) => {
    const at = item.lastIndexOf('~');
    const id = at > 0 ? item.slice(0, at) : item;
    const depth = at > 0 && item.slice(at + 1) === '2' ? 2 : 1;
    return id ? [{ id, depth }] : [];
  });
  return {
    filters,
    selected: params.get('sel') || null,
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : INITIAL_VIEW.layout,
    focus: params.get('focus') || null,
    path: from && to ? { from, to } : null,
    expanded,
    view: view === 'table' || view === 'split' ? (view as ViewMode) : INITIAL_VIEW.view,
    shown: Number.isInteger(shown) && shown >= 1 && shown <= MOST_ACTORS_DRAWN ? shown : INITIAL_VIEW.shown,
    context: {
      countries: layers.includes('countries'),
      themes: layers.includes('themes'),
      ...(layers.includes('activities') ? { activities: true } : {}),
    },
    ...(params.has('asof') || params.has('since') ? { time: decodeTime(params) } : {}),
  };
}

/** `search` with the minimum confidence set to `value` (left out at the default), every other key kept. */
export function withMinConfidence(search: string, value: FilterState['minConfidence']): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (value === EMPTY_FILTERS.minConfidence) params.delete('conf');
  else params.set('conf', value);
  return params.toString();
}
