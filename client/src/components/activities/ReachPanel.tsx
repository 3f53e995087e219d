/**
 * Reach of the held activities for the filters as set (period, where held, theme, type): how many actors of each
 * sector took part in at least one, how many for the first time, and who was invited and never came.
 */
import { SECTOR_ENCODING } from '../../core/vocabulary';
import type { ReachResult } from '../../data/activities';
import { ShapeIcon } from '../ShapeIcon';

export interface ReachPanelProps {
  reach: ReachResult | undefined;
  loading: boolean;
  error: string | null;
  /** The scope in words ("all periods", "1 January 2026 – 31 March 2026"). */
  scope: string;
}

export function ReachPanel({ reach, loading, error, scope }: ReachPanelProps) {
  return (
    <section className="reach-panel" aria-labelledby="reach-title" data-testid="reach-panel">
      <h3 id="reach-title">Reach</h3>
      <p className="muted">Held activities · {scope}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {loading && !reach && <p className="muted">Counting…</p>}
      {reach && (
        <>
          <p className="reach-totals" data-testid="reach-totals">
            <strong>{reach.actorCount}</strong> {reach.actorCount === 1 ? 'actor' : 'actors'} took part in{' '}
            <strong>{reach.activityCount}</strong> {reach.activityCount === 1 ? 'activity' : 'activities'};{' '}
            <strong>{reach.firstTimeCount}</strong> for the first time; <strong>{reach.invitedNeverCameCount}</strong>{' '}
            invited and never came.
          </p>
          <table className="reach-table">
            <colgroup>
              <col />
              <col className="count" />
              <col className="count" />
              <col className="count" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Sector</th>
                <th scope="col" title="Took part in at least one">
                  Took part
                </th>
                <th scope="col">First time</th>
                <th scope="col" title="Invited and never came">
                  Never came
                </th>
              </tr>
            </thead>
            <tbody>
              {reach.bySector.map((s) => (
                <tr key={s.sector} className={s.actors + s.invitedNeverCame === 0 ? 'zero' : undefined}>
                  <th scope="row">
                    <ShapeIcon
                      shape={SECTOR_ENCODING[s.sector].shape}
                      fill={SECTOR_ENCODING[s.sector].colour}
                      stroke="#444"
                      size={12}
                    />{' '}
                    {SECTOR_ENCODING[s.sector].label}
                  </th>
                  <td>{s.actors}</td>
                  <td>{s.firstTime}</td>
                  <td>{s.invitedNeverCame}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {reach.invitedNeverCame.length > 0 && (
            <p className="muted">
              Invited, never came: {reach.invitedNeverCame.map((i) => i.actor.name).join(', ')}
              {reach.invitedNeverCameCount > reach.invitedNeverCame.length ? ', …' : ''}
            </p>
          )}
        </>
      )}
    </section>
  );
}
