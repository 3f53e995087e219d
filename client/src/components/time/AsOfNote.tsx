/**
 * On the alignment pages, a line saying that what is shown is as it stood on the explorer's day (asof= in the
 * address), with the way back to today. Nothing when the page shows today.
 */
import { describeDay } from '../../core/time/dates';
import { decodeTime, withTime } from '../../core/time/timeState';
import './time.css';

export function AsOfNote({ search }: { search: string }) {
  const { asOf } = decodeTime(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
  if (!asOf) return null;
  const today = withTime(search, { asOf: null, since: null });
  return (
    <p className="as-of-note" role="status" data-testid="as-of-note">
      Positions and ties as they stood on <strong>{describeDay(asOf)}</strong>. <a href={`?${today}`}>Show today’s</a>
    </p>
  );
}
