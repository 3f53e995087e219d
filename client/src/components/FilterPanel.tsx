/** Combinable facet filters with live counts, and the choice to dim or hide what does not match. */
import { type Facet, type FilterState, toggleValue } from '../core/filters/filters';

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetSpec {
  facet: Facet;
  title: string;
  options: FacetOption[];
  counts: Map<string, number>;
  /** Long lists start folded. */
  folded?: boolean;
}

export interface FilterPanelProps {
  filters: FilterState;
  facets: FacetSpec[];
  matchCount: number | null;
  actorCount: number;
  onChange(filters: FilterState): void;
}

function FacetGroup({
  spec,
  filters,
  onChange,
}: {
  spec: FacetSpec;
  filters: FilterState;
  onChange(f: FilterState): void;
}) {
  const chosen = filters[spec.facet] as string[];
  const body = (
    <fieldset className="facet">
      <legend>
        {spec.title}
        {chosen.length > 0 && <span className="facet-active"> · {chosen.length} chosen</span>}
      </legend>
      {spec.options.map((o) => {
        const count = spec.counts.get(o.value) ?? 0;
        const checked = chosen.includes(o.value);
        return (
          <label key={o.value} className={count === 0 && !checked ? 'facet-option empty' : 'facet-option'}>
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onChange({ ...filters, [spec.facet]: toggleValue(chosen, o.value) })}
            />
            <span className="facet-label">{o.label}</span>
            <span className="facet-count" aria-label={`${count} actors`}>
              {count}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
  if (!spec.folded) return body;
  return (
    <details open={chosen.length > 0}>
      <summary>
        {spec.title}
        {chosen.length > 0 ? ` (${chosen.length})` : ''}
      </summary>
      {body}
    </details>
  );
}

export function FilterPanel({ filters, facets, matchCount, actorCount, onChange }: FilterPanelProps) {
  const active = matchCount !== null;
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">Filters</h2>
        {active && (
          <button
            type="button"
            className="link"
            onClick={() =>
              onChange({
                ...filters,
                countries: [],
                sectors: [],
                levels: [],
                themes: [],
                networks: [],
                coalitions: [],
                text: '',
              })
            }
          >
            Clear all
          </button>
        )}
      </div>
      <p className="filters-summary" role="status" aria-live="polite">
        {active ? `${matchCount} of ${actorCount} actors match` : `${actorCount} actors shown`}
      </p>
      <fieldset className="mode">
        <legend>Elements that do not match</legend>
        <label>
          <input
            type="radio"
            name="filter-mode"
            checked={filters.mode === 'dim'}
            onChange={() => onChange({ ...filters, mode: 'dim' })}
          />{' '}
          Dim
        </label>
        <label>
          <input
            type="radio"
            name="filter-mode"
            checked={filters.mode === 'hide'}
            onChange={() => onChange({ ...filters, mode: 'hide' })}
          />{' '}
          Hide
        </label>
      </fieldset>
      {facets.map((spec) => (
        <FacetGroup key={spec.facet} spec={spec} filters={filters} onChange={onChange} />
      ))}
    </section>
  );
}
