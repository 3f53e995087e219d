/**
 * Search by name, acronym or local-script name, with suggestions as the user types (an ARIA
 * combobox: arrows move, Enter picks, Escape closes). Typing also filters the graph.
 */
import { useId, useState, type KeyboardEvent } from 'react';

import type { Suggestion } from '../core/filters/filters';
import { KIND_LABELS } from '../core/vocabulary';

export interface SearchBoxProps {
  label: string;
  value: string;
  suggestions: Suggestion[];
  placeholder?: string;
  onChange(text: string): void;
  onPick(s: Suggestion): void;
  /** Hide the visible label (it stays available to screen readers). */
  compact?: boolean;
  testId?: string;
}

export function SearchBox({
  label,
  value,
  suggestions,
  placeholder,
  onChange,
  onPick,
  compact,
  testId,
}: SearchBoxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && value.trim() !== '' ? suggestions : [];

  const pick = (s: Suggestion) => {
    onPick(s);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, suggestions.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const s = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (s) {
        e.preventDefault();
        pick(s);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 && shown[active] ? `${id}-opt-${active}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        data-testid={testId}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown.length > 0 && (
        <ul id={`${id}-list`} role="listbox" className="suggestions" aria-label={`${label} suggestions`}>
          {shown.map((s, i) => (
            <li
              key={s.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              <span className="suggestion-name">{s.name}</span>
              {s.matched && <span className="suggestion-match">{s.matched}</span>}
              <span className="suggestion-kind">{KIND_LABELS[s.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
