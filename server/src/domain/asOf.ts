import { DateParam } from '../db/convert';
import { isoDateSchema, parseInput } from './validation';

/** Today as an ISO date (UTC): the day the present-day map is read as of. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * The day a map is read as of: the asked date, or today. Every map query applies validity, so a tie that ended
 * last year is not on today's map, and a tie recorded with a start next month is not on it yet.
 */
export function parseAsOf(value: unknown, field = 'asOf'): DateParam {
  return new DateParam(parseInput(isoDateSchema.nullish(), value, field) ?? todayIso());
}
