/** One row's stances as a stacked bar (supporters to opponents), each segment with its count where it fits. */
import { describeStances, stanceSegments, type StanceCounts } from '../../core/alignment/stances';
import { POSITION_ENCODING } from '../../core/vocabulary';

export function StanceBar({ counts, scale }: { counts: StanceCounts; scale: number }) {
  const segments = stanceSegments(counts);
  const text = describeStances(counts);
  return (
    <span className="stance-bar" role="img" aria-label={text} title={text}>
      <span className="stance-track" style={{ width: `${Math.max(2, (counts.total / Math.max(1, scale)) * 100)}%` }}>
        {segments.map((s) => (
          <span
            key={s.position}
            className={`stance-segment pos-${s.position}`}
            style={{ flexGrow: s.count, background: POSITION_ENCODING[s.position].colour }}
          >
            {s.count}
          </span>
        ))}
      </span>
      <span className="stance-total">{counts.total}</span>
    </span>
  );
}
