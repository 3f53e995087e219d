/**
 * Search by name, acronym or local-script name over the whole database, with suggestions as the user types: an ARIA
 * combobox (arrows move, Enter picks, Escape closes; the list is a listbox the input controls). Typing only searches;
 * the text filters the map only when the user asks (the last option, or Enter without choosing one). The field owns
 * its text while an input method composes (TextField), so Vietnamese, Khmer, Lao, Burmese and Thai type as typed.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { SearchOption } from '../core/search/options';
import { KIND_LABELS } from '../core/vocabulary';
import { TextField } from './TextField';

export type { SearchOption };

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  /** Finds the options for typed text (the server's suggestions). */
  find(text: string): Promise<SearchOption[]>;
  onPick(option: SearchOption): void;
  /** When given, Enter without an option (or the last option) applies the text, e.g. as a filter of the map. */
  submit?: { describe(text: string): string; onSubmit(text: string): void };
  /** Hide the visible label (it stays available to screen readers). */
  compact?: boolean;
  testId?: string;
}

/** How long typing rests before the server is asked: one request per pause, not per key. */
const DEBOUNCE_MS = 120;

export function SearchBox({ label, placeholder, find, onPick, submit, compact, testId }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<SearchOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [cleared, setCleared] = useState(0);
  const asked = useRef(0);
  const findRef = useRef(find);
  useEffect(() => {
    findRef.current = find;
  });

  useEffect(() => {
    const query = text.trim();
    const ticket = ++asked.current;
    if (!query) return;
    const timer = setTimeout(() => {
      findRef.current(query).then(
        (list) => {
          // Only the answer to the latest text counts; an earlier, slower one is dropped.
          if (ticket === asked.current) setFound(list);
        },
        () => {
          if (ticket === asked.current) setFound([]);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const query = text.trim();
  const options = query ? found : [];
  const submitRow = submit && query ? 1 : 0;
  const count = open && query ? options.length + submitRow : 0;
  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (index: number): void => {
    const option = options[index];
    if (option) {
      onPick(option);
      setText('');
      setCleared((n) => n + 1);
    } else if (submit && query) submit.onSubmit(query);
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length + submitRow - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (active >= 0 || (submit && query)) {
        e.preventDefault();
        choose(active >= 0 ? active : options.length);
      } else if (count > 0) {
        // The list is open and nothing is chosen: Enter must not submit a surrounding form.
        e.preventDefault();
      }
    } else if (e.key === 'Escape') {
      if (count > 0) e.stopPropagation();
      close();
    }
  };

  return (
    <div className="search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <TextField
        id={id}
        type="search"
        role="combobox"
        aria-expanded={count > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 && active < count ? `${id}-opt-${active}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        resetToken={cleared}
        data-testid={testId}
        onValueChange={(v) => {
          setText(v);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(close, 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        className="suggestions"
        aria-label={`${label} suggestions`}
        hidden={count === 0}
      >
        {count > 0 &&
          options.map((o, i) => (
            <li
              key={o.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="suggestion-text">
                <span className="suggestion-name">{o.label}</span>
                {o.matched && <span className="suggestion-match">{o.matched}</span>}
                {o.detail && <span className="suggestion-detail">{o.detail}</span>}
              </span>
              <span className="suggestion-kind">{KIND_LABELS[o.kind]}</span>
            </li>
          ))}
        {count > 0 && submit && query && (
          <li
            id={`${id}-opt-${options.length}`}
            role="option"
            aria-selected={active === options.length}
            className={`suggestion-submit${active === options.length ? ' active' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(options.length);
            }}
          >
            {submit.describe(query)}
          </li>
        )}
      </ul>
    </div>
  );
}
