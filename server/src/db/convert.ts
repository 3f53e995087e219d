import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON: Integers become numbers (ids and counts here stay far
 * below 2^53), temporal values ISO strings, nodes their properties. Lists and maps are converted in place: they
 * are the driver's fresh copies of one record, read by nobody else, and copying them (a depth-2 neighbourhood's
 * 542 link tuples, every answer's rows) was garbage for the collector on every request.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: return them before the driver's type checks.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return dateTimeToIso(value);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) {
    return toPlain(value.properties);
  }
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) map[k] = toPlain(map[k]);
    return map;
  }
  return value;
}

function dateTimeToIso(value: { toString(): string }): string {
  const text = value.toString();
  // DateTime.toString() can carry nanoseconds and a zone id; JavaScript clients want ISO-8601 Z.
  if (neo4j.isDateTime(value)) {
    return new Date(value.toStandardDate().getTime()).toISOString();
  }
  return text;
}

/**
 * An ISO day sent to Neo4j as a DATE: stored validity dates are DATEs, and a string parameter would compare
 * with them as null. Parsing once here spares each query a date() call per row.
 */
export class DateParam {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  constructor(readonly iso: string) {
    const [year, month, day] = iso.split('-').map(Number);
    this.year = year ?? 0;
    this.month = month ?? 0;
    this.day = day ?? 0;
  }
  toJSON(): string {
    return this.iso;
  }
}

/**
 * JavaScript numbers travel to Neo4j as floats; whole numbers become Integers so LIMIT, ranges and
 * stored counts (influence, priority, version) stay integers in the database.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (value instanceof DateParam) return new neo4j.types.Date(value.year, value.month, value.day);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}
