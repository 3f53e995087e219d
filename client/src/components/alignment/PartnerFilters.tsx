/**
 * The partner finder's filters (the API's PartnerFilter): cross-border only, and the sectors, countries and themes
 * a partner must have. Each list is a group of checkboxes, folded until opened; what is chosen shows in its summary.
 */
import type { PartnerFilterState } from '../../core/alignment/alignState';
import { toggle } from '../../core/alignment/alignState';

export interface FilterOption {
  value: string;
  label: string;
}

export interface PartnerFiltersProps {
  filter: PartnerFilterState;
  sectors: FilterOption[];
  countries: FilterOption[];
  themes: FilterOption[];
  onChange(filter: PartnerFilterState): void;
}

type ListKey = 'sectors' | 'countries' | 'themes';

function CheckList({
  title,
  name,
  options,
  chosen,
  onToggle,
}: {
  title: string;
  name: ListKey;
  options: FilterOption[];
  chosen: string[];
  onToggle(value: string): void;
}) {
  const names = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
  return (
    <details className="partner-filter-list" open={chosen.length > 0 ? true : undefined}>
      <summary>
        {title}
        {names.length > 0 ? <span className="facet-active"> · {names.join(', ')}</span> : ' · any'}
      </summary>
      <fieldset className="facet" data-testid={`partner-filter-${name}`}>
        <legend className="visually-hidden">{title}</legend>
        {options.map((o) => (
          <label key={o.value} className="facet-option">
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => onToggle(o.value)} />{' '}
            <span className="facet-label">{o.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function PartnerFilters({ filter, sectors, countries, themes, onChange }: PartnerFiltersProps) {
  const flip = (key: ListKey) => (value: string) => onChange({ ...filter, [key]: toggle(filter[key], value) });
  const active = filter.crossBorderOnly || filter.sectors.length + filter.countries.length + filter.themes.length > 0;
  return (
    <section className="partner-filters" aria-label="Filter the suggestions">
      <label className="check">
        <input
          type="checkbox"
          checked={filter.crossBorderOnly}
          onChange={(e) => onChange({ ...filter, crossBorderOnly: e.target.checked })}
          data-testid="partner-cross-border"
        />{' '}
        Cross-border partners only
      </label>
      <CheckList title="Sector" name="sectors" options={sectors} chosen={filter.sectors} onToggle={flip('sectors')} />
      <CheckList
        title="Based or working in"
        name="countries"
        options={countries}
        chosen={filter.countries}
        onToggle={flip('countries')}
      />
      <CheckList
        title="Interested in"
        name="themes"
        options={themes}
        chosen={filter.themes}
        onToggle={flip('themes')}
      />
      {active && (
        <button
          type="button"
          className="link"
          onClick={() => onChange({ crossBorderOnly: false, sectors: [], countries: [], themes: [] })}
        >
          Clear the partner filters
        </button>
      )}
    </section>
  );
}
