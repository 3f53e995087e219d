/**
 * A day typed as YYYY-MM-DD: the field keeps its draft while typed in, and hands over a day only when it is a real
 * one (on Enter or on leaving the field); otherwise it says what is wrong beside itself.
 */
import { useId, useState } from 'react';

import { isIsoDate } from '../../core/time/dates';
import { TextField } from '../TextField';

export interface DayFieldProps {
  label: string;
  value: string | null;
  /** Shown when empty (e.g. "today"). */
  placeholder?: string;
  onDay(day: string | null): void;
  /** An empty field means "none" (today, open-ended); false: a day is required. */
  allowEmpty?: boolean;
  testId?: string;
  className?: string;
}

export function DayField({ label, value, placeholder, onDay, allowEmpty = true, testId, className }: DayFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value ?? '');
    setError(null);
  }
  const commit = () => {
    const t = draft.trim();
    if (t === '' && allowEmpty) {
      setError(null);
      if (value !== null) onDay(null);
      return;
    }
    if (!isIsoDate(t)) {
      setError('Write a day as YYYY-MM-DD, e.g. 2019-06-03.');
      return;
    }
    setError(null);
    if (t !== value) onDay(t);
  };
  return (
    <span className={`day-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <TextField
        id={id}
        value={draft}
        onValueChange={setDraft}
        placeholder={placeholder ?? 'YYYY-MM-DD'}
        inputMode="numeric"
        size={10}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
