/**
 * The activities page's filters: type, where held, theme, status, a participant (found by name) and a period. Each
 * applies at once; the list and the reach panel ask the API with them (filters combine with AND).
 */
import { ACTIVITY_STATUSES, activeFilterCount, type ActivityFilterState } from '../../core/activities/activityState';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '../../core/vocabulary';
import type { ActivityStatus, ActivityType } from '../../data/generated/graphql';
import { SearchBox, type SearchOption } from '../SearchBox';
import { STATUS_LABELS } from './ActivityForm';

export interface ActivityFiltersProps {
  filter: ActivityFilterState;
  /** The name of the participant filtered on, when known. */
  participantName: string | null;
  countries: Array<{ id: string; name: string }>;
  themes: Array<{ id: string; name: string }>;
  find(text: string): Promise<SearchOption[]>;
  onChange(filter: ActivityFilterState, participantName?: string | null): void;
}

const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);

export function ActivityFilters({ filter, participantName, countries, themes, find, onChange }: ActivityFiltersProps) {
  const set = (patch: Partial<ActivityFilterState>) => onChange({ ...filter, ...patch });
  return (
    <form className="activity-filters" aria-label="Filter the activities" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        Type
        <select
          value={filter.types[0] ?? ''}
          onChange={(e) => set({ types: one<ActivityType>(e.target.value) })}
          data-testid="filter-type"
        >
          <option value="">Any type</option>
          {ACTIVITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ACTIVITY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Held in
        <select
          value={filter.countries[0] ?? ''}
          onChange={(e) => set({ countries: one(e.target.value) })}
          data-testid="filter-country"
        >
          <option value="">Anywhere</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Theme
        <select
          value={filter.themes[0] ?? ''}
          onChange={(e) => set({ themes: one(e.target.value) })}
          data-testid="filter-theme"
        >
          <option value="">Any theme</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Status
        <select
          value={filter.statuses[0] ?? ''}
          onChange={(e) => set({ statuses: one<ActivityStatus>(e.target.value) })}
          data-testid="filter-status"
        >
          <option value="">Any status</option>
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="field participant-filter">
        {filter.participant ? (
          <>
            <span>Participant</span>
            <p className="picked" data-testid="filter-participant">
              <strong>{participantName ?? filter.participant}</strong>{' '}
              <button
                type="button"
                className="link"
                aria-label="Any participant"
                onClick={() => onChange({ ...filter, participant: null }, null)}
              >
                ×
              </button>
            </p>
          </>
        ) : (
          <SearchBox
            label="Participant"
            placeholder="Anyone; type a name…"
            find={async (text) => (await find(text)).filter((o) => o.kind === 'ACTOR')}
            onPick={(o) => onChange({ ...filter, participant: o.entityId }, o.label)}
            testId="filter-participant-search"
          />
        )}
      </div>
      <label className="field">
        From
        <input
          type="date"
          value={filter.from}
          onChange={(e) => set({ from: e.target.value })}
          data-testid="filter-from"
        />
      </label>
      <label className="field">
        To
        <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} data-testid="filter-to" />
      </label>
      {activeFilterCount(filter) > 0 && (
        <button
          type="button"
          className="link clear-filters"
          onClick={() =>
            onChange({ types: [], countries: [], themes: [], statuses: [], participant: null, from: '', to: '' }, null)
          }
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
