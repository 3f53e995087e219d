/** Time in an actor's details: how long a tie held, and a position's dated history (oldest first, with sources). */
import { describeValidity } from '../../core/time/mapChanges';
import { CONFIDENCE_LABELS, POSITION_ENCODING, type Position } from '../../core/vocabulary';
import './time.css';

export function Validity({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }) {
  const text = describeValidity(validFrom, validTo);
  if (!text) return null;
  return (
    <span className={`validity${validTo ? ' ended' : ''}`} data-testid="validity">
      {' '}
      · {text}
      {validTo ? ' (ended)' : ''}
    </span>
  );
}

export interface PositionRecordLike {
  position: Position;
  from: string;
  source: string | null;
  confidence: string | null;
}

/** Every position the actor held on the theme, oldest first; shown when it changed at least once. */
export function PositionHistory({ history }: { history: readonly PositionRecordLike[] }) {
  if (history.length < 2) return null;
  return (
    <ol className="position-history" aria-label="Position history, oldest first" data-testid="position-history">
      {history.map((r, i) => (
        <li key={`${r.from}-${i}`}>
          <span className="history-day">{r.from}</span>{' '}
          <span className={`position position-${r.position.toLowerCase()}`}>{POSITION_ENCODING[r.position].label}</span>
          <span className="prov">
            {' '}
            {r.source ?? 'source not recorded'}
            {r.confidence
              ? ` · ${(CONFIDENCE_LABELS[r.confidence as keyof typeof CONFIDENCE_LABELS] ?? r.confidence).toLowerCase()} confidence`
              : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
