/**
 * The two days of a link typed in the link editors: from (or, for a position, the day it was first held) and to.
 * Each is the field's own text while typed (no round trip through state that could scramble an input method).
 */
import type { ValidityDraft, ValidityErrors } from '../../core/time/validity';
import { TextField } from '../TextField';

export interface ValidityFieldsProps {
  /** Prefix of the fields' ids and of the server's error keys ("membership"). */
  name: string;
  value: ValidityDraft;
  onChange(value: ValidityDraft): void;
  errors: ValidityErrors;
  /** The first field's label: "Valid from" for a tie, "Position held from" for a position. */
  fromLabel?: string;
  toLabel?: string;
}

export function ValidityFields(props: ValidityFieldsProps) {
  const { name, value, onChange, errors } = props;
  const fields = [
    ['validFrom', props.fromLabel ?? 'Valid from'],
    ['validTo', props.toLabel ?? 'Valid to (empty while it holds)'],
  ] as const;
  return (
    <div className="field-row validity-fields">
      {fields.map(([key, label]) => (
        <div key={key} className="field">
          <label htmlFor={`${name}-${key}`}>{label}</label>
          <TextField
            id={`${name}-${key}`}
            value={value[key]}
            placeholder="YYYY-MM-DD"
            inputMode="numeric"
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `${name}-${key}-error` : undefined}
            onValueChange={(text) => onChange({ ...value, [key]: text })}
          />
          {errors[key] && (
            <p className="field-error" id={`${name}-${key}-error`} role="alert">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
