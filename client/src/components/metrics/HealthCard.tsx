/** Alliance health of a network or coalition, for its details: members, ties among them, activity, agreement. */
import { asPercent } from '../../core/metrics/metrics';
import { useAllianceHealth } from '../../data/metrics';
import './metrics.css';

export function HealthCard({ groupId }: { groupId: string }) {
  const { data: health, loading, error } = useAllianceHealth(groupId);
  return (
    <section className="health-card" aria-labelledby="health-title" data-testid="health-card">
      <h3 id="health-title">Alliance health</h3>
      {loading && !health && <p className="muted">Measuring…</p>}
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {health && (
        <>
          <dl className="health-figures">
            <div>
              <dt>Members</dt>
              <dd>{health.members}</dd>
            </div>
            <div>
              <dt>Density</dt>
              <dd title={`${health.ties} collaborations among members`}>{asPercent(health.density)}</dd>
            </div>
            <div>
              <dt>Cross-sector ties</dt>
              <dd>{health.ties > 0 ? asPercent(health.crossSectorShare) : '–'}</dd>
            </div>
            <div>
              <dt>Cross-border ties</dt>
              <dd>{health.ties > 0 ? asPercent(health.crossBorderShare) : '–'}</dd>
            </div>
            <div>
              <dt>Active (12 months)</dt>
              <dd>
                {health.activeMembers} of {health.members}
              </dd>
            </div>
            <div>
              <dt>Agreement</dt>
              <dd>{health.agreement === null ? '–' : asPercent(health.agreement)}</dd>
            </div>
          </dl>
          <p className="muted">
            {health.ties} collaboration{health.ties === 1 ? '' : 's'} among members.{' '}
            {health.themes.length > 0
              ? `Agreement: the share of members holding the most common position on each of the group’s themes (${health.themes
                  .map((t) => `${t.name} ${asPercent(t.agreement)} of ${t.members}`)
                  .join('; ')}).`
              : 'No member has a recorded position on the group’s themes.'}
          </p>
        </>
      )}
    </section>
  );
}
