/**
 * Current password, new password twice. Every problem shows next to its field at once, in plain words; the
 * server's answer (a wrong current password, too many attempts) lands next to its field too.
 */
import { useId, useRef, useState, type FormEvent } from 'react';

import {
  EMPTY_PASSWORD_CHANGE,
  hasErrors,
  MIN_PASSWORD_LENGTH,
  serverPasswordErrors,
  validatePasswordChange,
  type PasswordChangeDraft,
  type PasswordChangeErrors,
  type PasswordChangeField,
} from '../../core/account/passwordChange';
import { ApiError } from '../../data/client';

export interface ChangePasswordFormProps {
  /** For password managers: the account the new password belongs to. */
  username: string;
  /** After a one-time-password sign-in: the current password is the one-time password. */
  forced?: boolean;
  change(current: string, next: string): Promise<void>;
  onDone?(): void;
  onCancel?(): void;
}

const ORDER: PasswordChangeField[] = ['current', 'next', 'repeat'];

export function ChangePasswordForm({ username, forced = false, change, onDone, onCancel }: ChangePasswordFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<PasswordChangeDraft>(EMPTY_PASSWORD_CHANGE);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<PasswordChangeErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<PasswordChangeField, HTMLInputElement | null>>>({});
  // Once a submit was tried, the rules follow the typing, so a message goes away as soon as it is fixed.
  const errors: PasswordChangeErrors = { ...(tried ? validatePasswordChange(draft, { forced }) : {}), ...server };
  const wrong = ORDER.filter((f) => errors[f]).length;

  const set = (field: PasswordChangeField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer((s) => {
      const rest = { ...s };
      delete rest[field];
      delete rest.form;
      return rest;
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setServer({});
    const found = validatePasswordChange(draft, { forced });
    if (hasErrors(found)) {
      refs.current[ORDER.find((f) => found[f]) ?? 'current']?.focus();
      return;
    }
    setBusy(true);
    try {
      await change(draft.current, draft.next);
      setBusy(false);
      onDone?.();
    } catch (error) {
      setBusy(false);
      const answer = error instanceof ApiError ? serverPasswordErrors(error.errors) : { form: String(error) };
      setServer(answer);
      refs.current[ORDER.find((f) => answer[f]) ?? 'current']?.focus();
    }
  };

  const field = (name: PasswordChangeField, label: string, autoComplete: string, hint?: string) => {
    const errorId = `${id}-${name}-error`;
    const hintId = `${id}-${name}-hint`;
    return (
      <div className={errors[name] ? 'field invalid' : 'field'}>
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          ref={(el) => {
            refs.current[name] = el;
          }}
          type="password"
          autoComplete={autoComplete}
          autoFocus={name === 'current'}
          value={draft[name]}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={[errors[name] ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => set(name, e.target.value)}
          data-testid={`password-${name}`}
        />
        {errors[name] && (
          <p className="field-error" id={errorId}>
            {errors[name]}
          </p>
        )}
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="password-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Change password">
      <input type="text" autoComplete="username" value={username} readOnly hidden />
      {field('current', forced ? 'One-time password' : 'Current password', 'current-password')}
      {field(
        'next',
        'New password',
        'new-password',
        `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`,
      )}
      {field('repeat', 'New password again', 'new-password')}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      {wrong > 0 && (
        <p className="visually-hidden" role="alert">
          {wrong === 1 ? 'One field needs a change.' : `${wrong} fields need a change.`}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
