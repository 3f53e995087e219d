/**
 * The explorer's view state: everything a shared link restores (filters, selection, layout, focus,
 * path, expanded neighbourhoods, table or graph). Pure transitions; the page keeps one of these.
 */
import { EMPTY_FILTERS, type FilterState } from '../filters/filters';
import type { TimeState } from '../time/timeState';

export const LAYOUTS = ['fcose', 'concentric', 'country', 'group'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric (by connections)',
  country: 'Grouped by country',
  group: 'Grouped by network / coalition',
};

export type ViewMode = 'graph' | 'table' | 'split';

export interface Expansion {
  id: string;
  depth: 1 | 2;
}

/**
 * How many of the matching actors the map draws, most influential first. The first view shows a number a person
 * can read at a glance; "Show more" adds a page of them, up to what the server draws at most.
 */
export const FIRST_VIEW_ACTORS = 80;
export const SHOW_MORE_STEP = 120;
export const MOST_ACTORS_DRAWN = 2_000;

/** The context drawn beside the actors: their countries and their themes are hubs that tangle a first view. */
export interface ContextLayers {
  countries: boolean;
  themes: boolean;
  /** Learning and alliance activities, each drawn with its type's glyph (off at first, like the other layers). */
  activities?: boolean;
}

export interface ViewState {
  filters: FilterState;
  selected: string | null;
  layout: LayoutName;
  focus: string | null;
  path: { from: string; to: string } | null;
  expanded: Expansion[];
  view: ViewMode;
  /** How many matching actors are drawn (most influential first). */
  shown: number;
  context: ContextLayers;
  /** The map's day and the comparison day (core/time); absent: today, no comparison. */
  time?: TimeState;
}

export const INITIAL_VIEW: ViewState = {
  filters: EMPTY_FILTERS,
  selected: null,
  layout: 'fcose',
  focus: null,
  path: null,
  expanded: [],
  view: 'graph',
  shown: FIRST_VIEW_ACTORS,
  context: { countries: false, themes: false },
};

export type ViewAction =
  | { type: 'filters'; filters: FilterState }
  | { type: 'select'; id: string | null }
  | { type: 'layout'; layout: LayoutName }
  | { type: 'focus'; id: string | null }
  | { type: 'path'; path: { from: string; to: string } | null }
  | { type: 'expand'; id: string; depth: 1 | 2 }
  | { type: 'collapse'; id: string }
  | { type: 'view'; view: ViewMode }
  | { type: 'shown'; shown: number }
  | { type: 'context'; context: ContextLayers }
  | { type: 'time'; time: TimeState }
  | { type: 'replace'; state: ViewState };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'filters':
      return { ...state, filters: action.filters };
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'layout':
      return { ...state, layout: action.layout };
    case 'focus':
      return { ...state, focus: action.id, selected: action.id ?? state.selected };
    case 'path':
      return { ...state, path: action.path };
    case 'expand':
      return {
        ...state,
        expanded: [...state.expanded.filter((e) => e.id !== action.id), { id: action.id, depth: action.depth }],
      };
    case 'collapse':
      return { ...state, expanded: state.expanded.filter((e) => e.id !== action.id) };
    case 'view':
      return { ...state, view: action.view };
    case 'shown':
      return { ...state, shown: Math.max(1, Math.min(MOST_ACTORS_DRAWN, Math.round(action.shown))) };
    case 'context':
      return { ...state, context: action.context };
    case 'time':
      return { ...state, time: action.time };
    case 'replace':
      return action.state;
  }
}
