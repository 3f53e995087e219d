/**
 * The timeline's axis: the programme's years (from its first phase or activity to the last), where a day, a phase
 * band or an activity tick stands on it (a fraction 0–1 of its width), and the day under a fraction (the slider).
 */
import { clampDay, dayMs, fromMs, maxDay, minDay, today, yearOf } from './dates';

export interface PhaseSpan {
  id: string;
  name: string;
  start: string;
  end: string | null;
}

export interface ActivityMark {
  id: string;
  name: string;
  type: string;
  date: string;
  endDate: string | null;
}

export interface TimeRange {
  /** 1 January of the first year. */
  start: string;
  /** 31 December of the last year (or today, when that comes first). */
  end: string;
  years: number[];
}

/**
 * Whole years from the first phase or activity to the last phase's end or last activity. A phase still running
 * reaches today. With neither, the last five years.
 */
export function programmeRange(
  phases: readonly PhaseSpan[],
  activities: readonly ActivityMark[],
  now: string = today(),
): TimeRange {
  let first: string | null = null;
  let last: string | null = null;
  for (const p of phases) {
    first = minDay(first, p.start);
    last = maxDay(last, p.end ?? now);
  }
  for (const a of activities) {
    first = minDay(first, a.date);
    last = maxDay(last, a.endDate ?? a.date);
  }
  const firstYear = first ? yearOf(first) : yearOf(now) - 4;
  const lastYear = Math.max(firstYear, last ? yearOf(last) : yearOf(now));
  const end = minDay(`${lastYear}-12-31`, maxDay(now, `${firstYear}-12-31`)) ?? `${lastYear}-12-31`;
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y += 1) years.push(y);
  return { start: `${firstYear}-01-01`, end, years };
}

/** Where `day` stands on the axis (0 at its start, 1 at its end), clamped. */
export function fractionOf(day: string, range: Pick<TimeRange, 'start' | 'end'>): number {
  const span = dayMs(range.end) - dayMs(range.start);
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (dayMs(day) - dayMs(range.start)) / span));
}

/** The day at a fraction of the axis (the slider's value). */
export function dayAt(fraction: number, range: Pick<TimeRange, 'start' | 'end'>): string {
  const f = Math.min(1, Math.max(0, fraction));
  const ms = dayMs(range.start) + f * (dayMs(range.end) - dayMs(range.start));
  // Rounded to the nearest UTC midnight: the slider's steps are whole days.
  return clampDay(fromMs(Math.round(ms / 86_400_000) * 86_400_000), range.start, range.end);
}

export interface Band {
  id: string;
  name: string;
  left: number;
  width: number;
}

/** A phase as a band on the axis (the part inside the range); a phase still running reaches the end. */
export function phaseBands(phases: readonly PhaseSpan[], range: Pick<TimeRange, 'start' | 'end'>): Band[] {
  return phases
    .filter((p) => p.start <= range.end && (p.end === null || p.end >= range.start))
    .map((p) => {
      const left = fractionOf(p.start, range);
      const right = fractionOf(p.end ?? range.end, range);
      return { id: p.id, name: p.name, left, width: Math.max(0, right - left) };
    });
}

/** The days a "since" can be taken from: a phase's first day or an activity's first day. */
export function phaseStart(phases: readonly PhaseSpan[], id: string): string | null {
  return phases.find((p) => p.id === id)?.start ?? null;
}

export function activityStart(activities: readonly ActivityMark[], id: string): string | null {
  return activities.find((a) => a.id === id)?.date ?? null;
}

/** The phase a day falls in (the latest to start, when two overlap), for the slider's label. */
export function phaseOn(phases: readonly PhaseSpan[], day: string): PhaseSpan | null {
  let found: PhaseSpan | null = null;
  for (const p of phases) {
    if (p.start <= day && (p.end === null || p.end >= day) && (!found || p.start > found.start)) found = p;
  }
  return found;
}
