/**
 * The bar above the map: how much of the map is drawn ("80 of 10,000 actors shown", show more, show all or narrow
 * with the filters), the layout, the context layers (countries, themes), graph / table, and the path finder.
 */
import type { ReactNode } from 'react';

import {
  LAYOUT_LABELS,
  LAYOUTS,
  MOST_ACTORS_DRAWN,
  SHOW_MORE_STEP,
  type ContextLayers,
  type LayoutName,
  type ViewMode,
} from '../core/view/viewState';

export interface DrawnCount {
  /** Matching actors drawn. */
  drawn: number;
  /** Actors matching the filter (all actors without one). */
  total: number;
  /** How many the view asks for. */
  shown: number;
  filtered: boolean;
  /** True while the server answers for a changed filter or size (the line describes what is drawn until then). */
  busy: boolean;
}

export interface GraphToolbarProps {
  count: DrawnCount | null;
  onShown(shown: number): void;
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  context: ContextLayers;
  onContext(context: ContextLayers): void;
  view: ViewMode;
  onView(view: ViewMode): void;
  onFindPath(): void;
  /** Opens the filter drawer where the filter panel is not beside the map (narrow windows). */
  onFilters(): void;
  /** Status chips (focus, expanding…). */
  children?: ReactNode;
}

const VIEWS: Array<[ViewMode, string]> = [
  ['graph', 'Graph'],
  ['split', 'Graph + table'],
  ['table', 'Table'],
];

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function Drawn({ count, onShown }: { count: DrawnCount; onShown(shown: number): void }) {
  const what = count.filtered ? 'matching actors' : 'actors';
  // Asked for already (the answer may still be on its way): nothing more to offer until it is drawn.
  const asked = Math.max(count.shown, count.drawn);
  const more = Math.min(count.total, asked + SHOW_MORE_STEP, MOST_ACTORS_DRAWN);
  const canShowAll = count.total <= MOST_ACTORS_DRAWN;
  return (
    <p className="drawn" role="status" aria-live="polite" aria-busy={count.busy} data-testid="drawn-count">
      <span>
        {fmt(count.drawn)} of {fmt(count.total)} {what} shown
      </span>
      {more > asked && (
        <>
          {' · '}
          <button type="button" className="link" onClick={() => onShown(more)} data-testid="show-more">
            Show {fmt(more - asked)} more
          </button>
          {canShowAll && more < count.total && (
            <>
              {' · '}
              <button type="button" className="link" onClick={() => onShown(count.total)}>
                Show all
              </button>
            </>
          )}
        </>
      )}
      {count.drawn < count.total && !canShowAll && asked >= MOST_ACTORS_DRAWN && (
        <span className="muted"> · narrow with the filters or search to see the rest</span>
      )}
    </p>
  );
}

export function GraphToolbar(props: GraphToolbarProps) {
  return (
    <div className="graph-toolbar">
      <button type="button" className="filters-toggle" onClick={props.onFilters} aria-label="Show the filters">
        Filters
      </button>
      {props.count && <Drawn count={props.count} onShown={props.onShown} />}
      {props.children}
      <div className="graph-toolbar-controls">
        <label className="inline">
          <span>Layout</span>
          <select
            value={props.layout}
            onChange={(e) => props.onLayout(e.target.value as LayoutName)}
            data-testid="layout"
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="layers">
          <legend className="visually-hidden">Also draw</legend>
          <label className="inline">
            <input
              type="checkbox"
              checked={props.context.countries}
              onChange={(e) => props.onContext({ ...props.context, countries: e.target.checked })}
            />
            Countries
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={props.context.themes}
              onChange={(e) => props.onContext({ ...props.context, themes: e.target.checked })}
            />
            Themes
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={props.context.activities === true}
              onChange={(e) => props.onContext({ ...props.context, activities: e.target.checked })}
              data-testid="layer-activities"
            />
            Activities
          </label>
        </fieldset>
        <div className="segmented" role="group" aria-label="View">
          {VIEWS.map(([v, label]) => (
            <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" onClick={props.onFindPath}>
          Find a path…
        </button>
      </div>
    </div>
  );
}
