/**
 * The change-password form's rules, pure so they are tested without React: every problem at once, in plain words,
 * keyed by the field it belongs next to. The server checks the same rules (and the current password) again.
 */
import type { FieldError } from '../../data/client';

export interface PasswordChangeDraft {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordChangeField = keyof PasswordChangeDraft;
/** Messages per field, and `form` for anything that belongs to no field. */
export type PasswordChangeErrors = Partial<Record<PasswordChangeField | 'form', string>>;

export const EMPTY_PASSWORD_CHANGE: PasswordChangeDraft = { current: '', next: '', repeat: '' };
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Characters as a person counts them (a Khmer or Lao letter with its marks may be several code units). */
const length = (text: string): number => [...text.normalize('NFC')].length;

/** `forced`: after a one-time-password sign-in, where the current password is that one-time password. */
export function validatePasswordChange(
  draft: PasswordChangeDraft,
  options: { forced?: boolean } = {},
): PasswordChangeErrors {
  const errors: PasswordChangeErrors = {};
  if (draft.current === '')
    errors.current = options.forced
      ? 'Enter the one-time password you signed in with.'
      : 'Enter your current password.';
  const n = length(draft.next);
  if (draft.next === '') errors.next = 'Choose a new password.';
  else if (n < MIN_PASSWORD_LENGTH) errors.next = `Use at least ${MIN_PASSWORD_LENGTH} characters (this one has ${n}).`;
  else if (n > MAX_PASSWORD_LENGTH) errors.next = `Use at most ${MAX_PASSWORD_LENGTH} characters (this one has ${n}).`;
  else if (draft.next === draft.current) errors.next = 'Choose a password different from the current one.';
  if (draft.repeat === '') errors.repeat = 'Type the new password again.';
  else if (draft.next !== '' && draft.repeat !== draft.next) errors.repeat = 'This does not match the new password.';
  return errors;
}

export const hasErrors = (errors: PasswordChangeErrors): boolean => Object.values(errors).some(Boolean);

const SERVER_FIELDS: Record<string, PasswordChangeField> = { currentPassword: 'current', newPassword: 'next' };

/** The server's answer placed next to its field: "currentPassword: this is not …" → current: "This is not …". */
export function serverPasswordErrors(errors: readonly FieldError[]): PasswordChangeErrors {
  const result: PasswordChangeErrors = {};
  for (const error of errors) {
    const field = error.field ? SERVER_FIELDS[error.field] : undefined;
    const text = field ? error.message.replace(/^\w+:\s*/, '') : error.message;
    const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
    const key = field ?? 'form';
    result[key] = result[key] ? `${result[key]} ${sentence}` : sentence;
  }
  return result;
}
