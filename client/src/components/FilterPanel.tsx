/**
 * Combinable facet filters with the server's counts over the whole database (each facet's counts leave its own
 * selection out, so they say what ticking one more value would give), the text filter when one is applied, and the
 * choice to dim or hide what does not match, and the minimum confidence of the links drawn and counted.
 */
import { EMPTY_FILTERS, type Facet, type FilterState, toggleValue } from '../core/filters/filters';
import { ConfidenceSelect } from './ConfidenceSelect';

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetSpec {
  facet: Facet;
  title: string;
  options: FacetOption[];
  /** Actors per value for the filter as set; null until the server has counted once. */
  counts: Map<string, number> | null;
  /** Long lists start folded. */
  folded?: boolean;
}

export interface FilterPanelProps {
  filters: FilterState;
  facets: FacetSpec[];
  /** Actors matching the whole filter (the server's count); null without a filter. */
  matchCount: number | null;
  /** True while the server counts for a changed filter: the previous counts stay on screen, marked busy. */
  counting: boolean;
  /** Every actor the viewer may see. */
  actorCount: number | null;
  active: boolean;
  onChange(filters: FilterState): void;
}

function FacetGroup({
  spec,
  counting,
  filters,
  onChange,
}: {
  spec: FacetSpec;
  counting: boolean;
  filters: FilterState;
  onChange(f: FilterState): void;
}) {
  const chosen = filters[spec.facet] as string[];
  const body = (
    <fieldset className="facet" aria-busy={counting || spec.counts === null}>
      <legend>
        {spec.title}
        {chosen.length > 0 && <span className="facet-active"> · {chosen.length} chosen</span>}
      </legend>
      {spec.options.map((o) => {
        const count = spec.counts?.get(o.value) ?? 0;
        const checked = chosen.includes(o.value);
        return (
          <label
            key={o.value}
            className={spec.counts && count === 0 && !checked ? 'facet-option empty' : 'facet-option'}
          >
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onChange({ ...filters, [spec.facet]: toggleValue(chosen, o.value) })}
            />
            <span className="facet-label">{o.label}</span>
            {spec.counts && (
              <span className="facet-count" data-testid={`facet-count-${spec.facet}-${o.value}`}>
                {count}
                <span className="visually-hidden"> actors</span>
              </span>
            )}
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

function summary(active: boolean, matchCount: number | null, actorCount: number | null): string {
  const all = actorCount === null ? '…' : actorCount.toLocaleString('en');
  if (!active) return `${all} actors`;
  return `${matchCount === null ? '…' : matchCount.toLocaleString('en')} of ${all} actors match`;
}

export function FilterPanel({ filters, facets, matchCount, counting, actorCount, active, onChange }: FilterPanelProps) {
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">Filters</h2>
        {active && (
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...EMPTY_FILTERS, mode: filters.mode, minConfidence: filters.minConfidence })}
          >
            Clear all
          </button>
        )}
      </div>
      <p className="filters-summary" role="status" aria-live="polite" data-testid="filters-summary">
        {summary(active, counting ? null : matchCount, actorCount)}
      </p>
      {filters.text.trim() && (
        <p className="chip text-filter" data-testid="text-filter">
          Name contains “{filters.text.trim()}”{' '}
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...filters, text: '' })}
            aria-label={`Remove the text filter “${filters.text.trim()}”`}
          >
            remove
          </button>
        </p>
      )}
      <fieldset className="mode">
        <legend>Actors that do not match</legend>
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
      <ConfidenceSelect
        label="Links of confidence"
        testId="min-confidence"
        value={filters.minConfidence}
        onChange={(minConfidence) => onChange({ ...filters, minConfidence })}
      />
      {facets.map((spec) => (
        <FacetGroup key={spec.facet} spec={spec} counting={counting} filters={filters} onChange={onChange} />
      ))}
    </section>
  );
}
