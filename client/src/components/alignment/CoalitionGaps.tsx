/**
 * A coalition's gaps: the sectors and base countries with a stake in its agenda but no member in it, and the
 * non-members who would fill them, largest stake first, each with its reasons in words.
 */
import { gapReasons } from '../../core/alignment/stances';
import { COUNTRY_NAMES, SECTOR_ENCODING } from '../../core/vocabulary';
import type { CoalitionGaps } from '../../data/alignment';

export interface CoalitionGapsProps {
  gaps: CoalitionGaps;
  onActor?(id: string): void;
}

function countryName(c: { id: string; name: string }): string {
  return COUNTRY_NAMES[c.id] ?? c.name;
}

function GapBars({ title, rows, testId }: { title: string; rows: Array<[string, string, number]>; testId: string }) {
  const top = Math.max(1, ...rows.map((r) => r[2]));
  return (
    <table className="stance-table" data-testid={testId}>
      <caption>{title}</caption>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td className="muted">None: every one with a stake in the agenda has a member.</td>
          </tr>
        )}
        {rows.map(([key, label, count]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>
              <span className="stance-bar" title={`${count} actors with a stake in the agenda`}>
                <span className="stance-track" style={{ width: `${Math.max(2, (count / top) * 100)}%` }}>
                  <span className="stance-segment gap-segment">{count}</span>
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoalitionGapsReport({ gaps, onActor }: CoalitionGapsProps) {
  const agendaSize = gaps.agenda.length;
  return (
    <div className="report" data-testid="gaps">
      <h2>{gaps.coalition.name}</h2>
      <p data-testid="gaps-summary">
        {gaps.memberCount} {gaps.memberCount === 1 ? 'member' : 'members'}; agenda:{' '}
        {agendaSize ? gaps.agenda.map((t) => t.name).join(', ') : 'no focus themes recorded'}.
      </p>
      {agendaSize === 0 && (
        <p className="muted">
          Without focus themes nobody has a stake in the agenda: give the coalition its themes to see its gaps.
        </p>
      )}
      <div className="report-columns">
        <GapBars
          title="Sectors missing (actors with a stake)"
          testId="gaps-sectors"
          rows={gaps.missingSectors.map((g) => [g.sector, SECTOR_ENCODING[g.sector].label, g.actorsWithStake])}
        />
        <GapBars
          title="Countries missing (actors with a stake)"
          testId="gaps-countries"
          rows={gaps.missingCountries.map((g) => [g.country.id, countryName(g.country), g.actorsWithStake])}
        />
      </div>
      <table className="report-list" data-testid="gaps-candidates">
        <caption>Who could fill them ({gaps.candidates.length}, largest stake first)</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Sector, base</th>
            <th scope="col">Stake</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {gaps.candidates.map((c) => {
            const sector = SECTOR_ENCODING[c.actor.sector].label;
            const country = c.actor.country ? countryName(c.actor.country) : null;
            const stake = Math.round(c.stake * 100);
            return (
              <tr key={c.actor.id} data-testid="gap-candidate">
                <td>
                  {onActor ? (
                    <button type="button" className="link" onClick={() => onActor(c.actor.id)}>
                      {c.actor.name}
                    </button>
                  ) : (
                    c.actor.name
                  )}
                  {c.actor.acronym && <span className="muted"> ({c.actor.acronym})</span>}
                </td>
                <td>
                  {sector}
                  {country ? `, ${country}` : ''}
                </td>
                <td className="stake">
                  <span className="track" aria-hidden="true">
                    <span className="bar" style={{ width: `${stake}%` }} />
                  </span>{' '}
                  {stake}%
                </td>
                <td data-testid="gap-reasons">{gapReasons(c, sector, country, agendaSize).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
