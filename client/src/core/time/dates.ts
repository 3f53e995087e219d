/**
 * Calendar days as ISO strings (YYYY-MM-DD), the API's date type. Day arithmetic is done in UTC so that a
 * browser's time zone never moves a day (a local midnight is the previous day in UTC east of Greenwich).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar day written YYYY-MM-DD (2019-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return formatDay(date) === text;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Milliseconds since the epoch at the day's UTC midnight. */
export function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function fromMs(ms: number): string {
  return formatDay(new Date(ms));
}

/** Today as the browser's user sees it (their calendar day, not UTC's). */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(day: string, days: number): string {
  return fromMs(dayMs(day) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The later of two days (null counts as unknown and loses). */
export function maxDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export function minDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export function clampDay(day: string, start: string, end: string): string {
  return day < start ? start : day > end ? end : day;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Jun 2019": unambiguous in every locale the programme works in (no 03/06 against 06/03). */
export function describeDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
}

/** "Jun 2019", for the slider's running label while it plays month by month. */
export function describeMonth(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
}
