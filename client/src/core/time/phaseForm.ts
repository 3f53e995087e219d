/** The phase form's checks: every problem at once, next to its field, before anything is sent. */
import { validateValidity } from './validity';

export interface PhaseDraft {
  name: string;
  start: string;
  end: string;
  description: string;
}

export type PhaseErrors = Partial<Record<keyof PhaseDraft, string>>;

export const EMPTY_PHASE: PhaseDraft = { name: '', start: '', end: '', description: '' };

export function validatePhase(draft: PhaseDraft): PhaseErrors {
  const errors: PhaseErrors = {};
  if (!draft.name.trim()) errors.name = 'Name the phase (e.g. Phase II).';
  const days = validateValidity(
    { validFrom: draft.start, validTo: draft.end },
    { validFrom: 'First day', validTo: 'Last day' },
  );
  if (!draft.start.trim()) errors.start = 'First day: required (YYYY-MM-DD).';
  else if (days.validFrom) errors.start = days.validFrom;
  if (days.validTo) errors.end = days.validTo;
  return errors;
}

export function phaseInput(draft: PhaseDraft): {
  name: string;
  start: string;
  end: string | null;
  description: string | null;
} {
  return {
    name: draft.name.trim(),
    start: draft.start.trim(),
    end: draft.end.trim() || null,
    description: draft.description.trim() || null,
  };
}

/** Where the server's message for a field goes ("input.start" → start). */
export function phaseField(path: string | null): keyof PhaseDraft | null {
  const last = path?.split('.').at(-1) ?? '';
  return last === 'name' || last === 'start' || last === 'end' || last === 'description' ? last : null;
}
