/**
 * The time view in the URL: `asof=YYYY-MM-DD` (the map as it stood that day; absent: today) and `since=YYYY-MM-DD`
 * (the comparison day: what is new since then is drawn green, what ended as a ghost). Another day, malformed or
 * impossible, is dropped rather than sent: the API would refuse the whole query for it.
 */
import { isIsoDate } from './dates';

export interface TimeState {
  asOf: string | null;
  since: string | null;
}

export const PRESENT: TimeState = { asOf: null, since: null };

function dayParam(params: URLSearchParams, key: string): string | null {
  const raw = params.get(key)?.trim() ?? '';
  return isIsoDate(raw) ? raw : null;
}

export function decodeTime(params: URLSearchParams): TimeState {
  const asOf = dayParam(params, 'asof');
  const since = dayParam(params, 'since');
  // A comparison day after the map's day has nothing to compare: changesBetween needs from ≤ to.
  return { asOf, since: since !== null && asOf !== null && since > asOf ? null : since };
}

export function encodeTime(time: TimeState | undefined, params: URLSearchParams): void {
  if (time?.asOf) params.set('asof', time.asOf);
  if (time?.since) params.set('since', time.since);
}

/** `search` with the time keys of `time`, every other key kept (the alignment pages' links). */
export function withTime(search: string, time: TimeState): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  params.delete('asof');
  params.delete('since');
  encodeTime(time, params);
  return params.toString();
}

/** The map's day for a query: undefined (today) or the ISO day. */
export function asOfArg(time: TimeState | undefined): string | null {
  return time?.asOf ?? null;
}

/** Moves the map's day; a comparison day that would fall after it is dropped (nothing to compare). */
export function setAsOf(time: TimeState, asOf: string | null): TimeState {
  const since = time.since !== null && asOf !== null && time.since > asOf ? null : time.since;
  return { asOf, since };
}

/** Sets the comparison day; one after the map's day moves the map to today (what changed since then, until now). */
export function setSince(time: TimeState, since: string | null): TimeState {
  return { asOf: since !== null && time.asOf !== null && since > time.asOf ? null : time.asOf, since };
}
