/**
 * The validity fields of the actor form and the link editors (valid from, valid to; an interest's position from):
 * checked as typed, every problem named at once next to its field, before anything is sent.
 */
import { isIsoDate } from './dates';

export interface ValidityDraft {
  validFrom: string;
  validTo: string;
}

export type ValidityErrors = Partial<Record<keyof ValidityDraft, string>>;

function dayError(text: string, label: string): string | null {
  const t = text.trim();
  if (t === '' || isIsoDate(t)) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(t)
    ? `${label}: ${t} is not a day of the calendar.`
    : `${label}: write the day as YYYY-MM-DD (for example 2019-06-03).`;
}

export function validateValidity(draft: ValidityDraft, labels = { validFrom: 'From', validTo: 'To' }): ValidityErrors {
  const errors: ValidityErrors = {};
  const from = dayError(draft.validFrom, labels.validFrom);
  const to = dayError(draft.validTo, labels.validTo);
  if (from) errors.validFrom = from;
  if (to) errors.validTo = to;
  const a = draft.validFrom.trim();
  const b = draft.validTo.trim();
  if (!from && !to && a && b && b < a)
    errors.validTo = `${labels.validTo}: ${b} is before ${a}; the end cannot come first.`;
  return errors;
}

/** The input fields: a blank field is left out (null), a day is sent as typed. */
export function validityInput(draft: ValidityDraft): { validFrom: string | null; validTo: string | null } {
  return { validFrom: draft.validFrom.trim() || null, validTo: draft.validTo.trim() || null };
}
