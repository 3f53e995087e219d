/** The pieces the network, coalition and theme forms share: a labelled field with its error and what changed meanwhile. */
import type { ReactNode } from 'react';

import type { Conflict, FormErrors } from './useVersionedForm';

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  /** Their value, in words, when someone else changed this field meanwhile. */
  theirs?: string | null;
  children: ReactNode;
}

export function Field({ id, label, error, theirs, children }: FieldProps) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {theirs !== undefined && theirs !== null && (
        <p className="field-conflict">
          Changed meanwhile to: <strong>{theirs || '(empty)'}</strong>
        </p>
      )}
    </div>
  );
}

/** The form's own message (not about one field), and what a CONFLICT means for what was typed. */
export function FormMessage<V>({
  errors,
  conflict,
  onTakeTheirs,
}: {
  errors: FormErrors<V>;
  conflict: Conflict<V> | null;
  onTakeTheirs(): void;
}) {
  if (!errors.form) return null;
  return (
    <div className="form-error" role="alert" data-testid="form-error">
      <p>{errors.form}</p>
      {conflict && (
        <>
          <p>
            Nothing you typed is lost. Their changes are shown under each field they touched. Press
            <strong> Save</strong> again to apply your changes on top of version {conflict.version}, or reload theirs
            and start again from their version.
          </p>
          <button type="button" onClick={onTakeTheirs}>
            Reload their version
          </button>
        </>
      )}
    </div>
  );
}
