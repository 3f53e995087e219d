/** The legend's entries for the comparison with an earlier day (shown only while one is set). */
import { describeDay } from '../../core/time/dates';

export function TimeLegend({ since }: { since: string }) {
  return (
    <ul aria-label={`Changes since ${describeDay(since)}`} data-testid="legend-time">
      <li>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="1" y1="5" x2="25" y2="5" stroke="#009E73" strokeWidth={3.5} />
        </svg>
        New since {describeDay(since)}
      </li>
      <li>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="1" y1="5" x2="25" y2="5" stroke="#8a939d" strokeWidth={2} strokeDasharray="5 3" opacity={0.6} />
        </svg>
        Ended (ghost)
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="#1d2733" opacity={0.3} />
          <circle cx="8" cy="8" r="4" fill="#56B4E9" />
        </svg>
        Position shifted
      </li>
    </ul>
  );
}
