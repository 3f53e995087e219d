/**
 * The audit page's filter: who made the changes, what kind of item, which item (found by name), and a date range
 * (the reader's own days, both inclusive). Applied on submit; the server's objections are shown beside their fields.
 */
import { useState } from 'react';

import { ENTITY_KIND_LABELS, ENTITY_KINDS, type AuditFilter, type EntityKind } from '../../core/audit/changeWords';
import type { SearchOption } from '../../core/search/options';
import { SearchBox } from '../SearchBox';

export interface AuditFilterFormProps {
  applied: AuditFilter;
  /** The item filtered on, as it was picked or clicked (its name). */
  itemLabel: string | null;
  usernames: string[];
  errors: Partial<Record<keyof AuditFilter, string>>;
  find(text: string): Promise<SearchOption[]>;
  onApply(filter: AuditFilter, itemLabel: string | null): void;
}

/** The audit trail's kind of an item found by search (a network or coalition is a group). */
function kindOfOption(option: SearchOption): EntityKind | '' {
  if (option.kind === 'ACTOR') return 'actor';
  if (option.kind === 'NETWORK' || option.kind === 'COALITION') return 'group';
  if (option.kind === 'THEME') return 'theme';
  return '';
}

export function AuditFilterForm({ applied, itemLabel, usernames, errors, find, onApply }: AuditFilterFormProps) {
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const [label, setLabel] = useState<string | null>(itemLabel);
  const set = <K extends keyof AuditFilter>(key: K, value: AuditFilter[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (key: keyof AuditFilter) =>
    errors[key] ? (
      <p className="field-error" id={`audit-${key}-error`} role="alert">
        {errors[key]}
      </p>
    ) : null;

  return (
    <form
      className="audit-filter"
      aria-label="Filter the changes"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft, label);
      }}
    >
      <div className={errors.username ? 'field invalid' : 'field'}>
        <label htmlFor="audit-username">Who</label>
        <input
          id="audit-username"
          list="audit-usernames"
          value={draft.username}
          placeholder="Any user"
          onChange={(e) => set('username', e.target.value)}
        />
        <datalist id="audit-usernames">
          {usernames.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        {error('username')}
      </div>
      <div className={errors.entityKind ? 'field invalid' : 'field'}>
        <label htmlFor="audit-kind">Kind of item</label>
        <select
          id="audit-kind"
          value={draft.entityKind}
          onChange={(e) => set('entityKind', e.target.value as AuditFilter['entityKind'])}
        >
          <option value="">Any</option>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ENTITY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {error('entityKind')}
      </div>
      <div className="field audit-item">
        {draft.entityId ? (
          <>
            <span className="label">Item</span>
            <p className="chip" data-testid="audit-item">
              {label ?? draft.entityId}{' '}
              <button
                type="button"
                className="link"
                aria-label="Any item"
                onClick={() => {
                  set('entityId', '');
                  setLabel(null);
                }}
              >
                ×
              </button>
            </p>
          </>
        ) : (
          <SearchBox
            label="Item"
            placeholder="Any item; type a name…"
            find={find}
            onPick={(o) => {
              setDraft((d) => ({ ...d, entityId: o.entityId, entityKind: kindOfOption(o) || d.entityKind }));
              setLabel(o.label);
            }}
            testId="audit-item-search"
          />
        )}
      </div>
      <div className={errors.from ? 'field invalid' : 'field'}>
        <label htmlFor="audit-from">From</label>
        <input
          id="audit-from"
          type="date"
          value={draft.from}
          aria-describedby={errors.from ? 'audit-from-error' : undefined}
          onChange={(e) => set('from', e.target.value)}
        />
        {error('from')}
      </div>
      <div className={errors.to ? 'field invalid' : 'field'}>
        <label htmlFor="audit-to">To</label>
        <input
          id="audit-to"
          type="date"
          value={draft.to}
          aria-describedby={errors.to ? 'audit-to-error' : undefined}
          onChange={(e) => set('to', e.target.value)}
        />
        {error('to')}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          Apply
        </button>
      </div>
    </form>
  );
}
