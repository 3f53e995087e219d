/**
 * What a comparison day is taken from: a day typed, a phase (its first day) or an activity (its first day). The URL
 * keeps only the day; the choice is recognised again from it (a phase first, since phases name whole periods).
 */
import { isIsoDate } from './dates';

export type SinceKind = 'date' | 'phase' | 'activity';

export interface SinceChoice {
  kind: SinceKind;
  /** The phase's or activity's id; the day itself for a date. */
  id: string | null;
}

export function recogniseSince(
  since: string | null,
  phases: ReadonlyArray<{ id: string; start: string }>,
  activities: ReadonlyArray<{ id: string; date: string }>,
  preferred?: SinceChoice,
): SinceChoice {
  if (since === null) return preferred ?? { kind: 'activity', id: null };
  // The choice made in the panel stands while it still names that day.
  if (preferred?.kind === 'activity' && activities.some((a) => a.id === preferred.id && a.date === since))
    return preferred;
  if (preferred?.kind === 'phase' && phases.some((p) => p.id === preferred.id && p.start === since)) return preferred;
  const phase = phases.find((p) => p.start === since);
  if (phase) return { kind: 'phase', id: phase.id };
  const activity = activities.find((a) => a.date === since);
  if (activity) return { kind: 'activity', id: activity.id };
  return { kind: 'date', id: isIsoDate(since) ? since : null };
}

/** "the 2019 regional consultation (3 Jun 2019)" style heading parts: the name chosen, or null for a bare day. */
export function sinceName(
  choice: SinceChoice,
  phases: ReadonlyArray<{ id: string; name: string }>,
  activities: ReadonlyArray<{ id: string; name: string }>,
): string | null {
  if (choice.kind === 'phase') return phases.find((p) => p.id === choice.id)?.name ?? null;
  if (choice.kind === 'activity') return activities.find((a) => a.id === choice.id)?.name ?? null;
  return null;
}
