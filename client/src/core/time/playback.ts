/**
 * Playing the timeline: the map steps month by month or quarter by quarter through the programme's years. Each step
 * lands on the first day of a month (or of a quarter), so a URL written while playing names a readable day.
 */
import { dayMs, fromMs } from './dates';

export type PlayStep = 'month' | 'quarter';

export const PLAY_STEPS: Record<PlayStep, { months: number; label: string }> = {
  month: { months: 1, label: 'Month by month' },
  quarter: { months: 3, label: 'Quarter by quarter' },
};

/**
 * How long each step stays on screen once its map is drawn (ms): long enough to see what came and went, short
 * enough that eight years by quarter play in well under a minute.
 */
export const STEP_MS = 900;

/** The first day of the step after `day`: 2019-02-14 by quarter is 2019-04-01, by month 2019-03-01. */
export function nextStep(day: string, step: PlayStep): string {
  const months = PLAY_STEPS[step].months;
  const [y = 1970, m = 1] = day.split('-').map(Number);
  const index = y * 12 + (m - 1);
  const next = (Math.floor(index / months) + 1) * months;
  return fromMs(Date.UTC(Math.floor(next / 12), next % 12, 1));
}

/**
 * Where a Play starts: where the slider stands, or the start of the range when the slider is at (or past) its end
 * (a second Play replays the programme from its first day).
 */
export function playStart(asOf: string | null, range: { start: string; end: string }): string {
  if (asOf === null || asOf >= range.end || asOf < range.start) return range.start;
  return asOf;
}

/** The day the next frame shows, or null when the last was the range's end (Play stops there). */
export function advance(asOf: string, step: PlayStep, end: string): string | null {
  if (asOf >= end) return null;
  const next = nextStep(asOf, step);
  return dayMs(next) > dayMs(end) ? end : next;
}
