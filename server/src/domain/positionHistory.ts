import type { Confidence, Position } from '@reform-atlas/vocabulary';

/** One dated position on a theme, as INTERESTED_IN's parallel history lists hold it. */
export interface HistoryEntry {
  position: Position;
  /** ISO date: the first day this position was held. */
  from: string;
  source: string | null;
  confidence: Confidence | null;
}

/** The position held on a day: the last entry from on or before it (null before the first). */
export function positionOn(history: readonly HistoryEntry[], day: string): Position | null {
  let held: Position | null = null;
  for (const entry of history) if (entry.from <= day) held = entry.position;
  return held;
}

/**
 * The history with a newly recorded position. Nothing recorded is ever written over: a position the actor
 * already held that day adds nothing, a different one is inserted in date order. Only an entry of the same
 * day is replaced, since two positions cannot both have begun that day — that is a correction.
 */
export function withPosition(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  if (positionOn(history, entry.from) === entry.position) return [...history];
  const rest = history.filter((h) => h.from !== entry.from);
  const at = rest.findIndex((h) => h.from > entry.from);
  return at < 0 ? [...rest, entry] : [...rest.slice(0, at), entry, ...rest.slice(at)];
}

/** The lists interest-set.cypher stores (dates as ISO strings, turned into DATEs there). */
export function historyLists(history: readonly HistoryEntry[]): {
  positions: Position[];
  from: string[];
  sources: Array<string | null>;
  confidences: Array<Confidence | null>;
} {
  return {
    positions: history.map((h) => h.position),
    from: history.map((h) => h.from),
    sources: history.map((h) => h.source),
    confidences: history.map((h) => h.confidence),
  };
}
