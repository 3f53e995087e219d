/**
 * The theme landscape: for one theme, who supports, opposes or is mixed on it, by sector and by base country, and
 * the actors themselves (highest priority first). The counts cover every actor the shared filters keep; the list
 * shows the first 200.
 */
import { byWeight, describeStances, type StanceCounts } from '../../core/alignment/stances';
import { COUNTRY_NAMES, POSITION_ENCODING, POSITIONS, SECTOR_ENCODING } from '../../core/vocabulary';
import type { ThemeLandscape as Landscape } from '../../data/alignment';
import { StanceBar } from './StanceBar';

export interface ThemeLandscapeProps {
  landscape: Landscape;
  onActor?(id: string): void;
}

const PRIORITY = ['', 'low', 'medium', 'high'];

export function PositionKey() {
  return (
    <ul className="matrix-legend" aria-label="Positions">
      {POSITIONS.map((p) => (
        <li key={p}>
          <span className="cell-swatch" style={{ background: POSITION_ENCODING[p].colour }} aria-hidden />{' '}
          {POSITION_ENCODING[p].label}
        </li>
      ))}
    </ul>
  );
}

/** One stacked bar a row, on a scale shared with the table beside it. */
function StanceTable({
  caption,
  testId,
  scale,
  rows,
}: {
  caption: string;
  testId: string;
  scale: number;
  rows: Array<{ key: string; label: string; counts: StanceCounts }>;
}) {
  return (
    <table className="stance-table" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <StanceBar counts={r.counts} scale={scale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ThemeLandscapeReport({ landscape, onActor }: ThemeLandscapeProps) {
  const sectors = byWeight(landscape.bySector, (r) => SECTOR_ENCODING[r.sector].label);
  const countries = byWeight(landscape.byCountry, (r) =>
    r.country ? (COUNTRY_NAMES[r.country.id] ?? r.country.name) : null,
  );
  const scale = Math.max(1, ...sectors.map((r) => r.total), ...countries.map((r) => r.total));
  return (
    <div className="report" data-testid="landscape">
      <h2>{landscape.theme.name}</h2>
      <p data-testid="landscape-total">{describeStances(landscape.counts)}</p>
      <PositionKey />
      <div className="report-columns">
        <StanceTable
          caption="By sector"
          testId="landscape-sectors"
          scale={scale}
          rows={sectors.map((r) => ({ key: r.sector, label: SECTOR_ENCODING[r.sector].label, counts: r }))}
        />
        <StanceTable
          caption="By base country"
          testId="landscape-countries"
          scale={scale}
          rows={countries.map((r) => ({
            key: r.country?.id ?? 'none',
            label: r.country ? (COUNTRY_NAMES[r.country.id] ?? r.country.name) : 'No base country',
            counts: r,
          }))}
        />
      </div>
      <table className="report-list" data-testid="landscape-actors">
        <caption>
          Actors{' '}
          {landscape.truncated
            ? `(the first ${landscape.actors.length} of ${landscape.counts.total}, highest priority and influence first)`
            : `(${landscape.actors.length}, highest priority and influence first)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Sector</th>
            <th scope="col">Based in</th>
            <th scope="col">Position</th>
            <th scope="col">Priority</th>
          </tr>
        </thead>
        <tbody>
          {landscape.actors.map((s) => (
            <tr key={s.actor.id}>
              <td>
                {onActor ? (
                  <button type="button" className="link" onClick={() => onActor(s.actor.id)}>
                    {s.actor.name}
                  </button>
                ) : (
                  s.actor.name
                )}
                {s.actor.acronym && <span className="muted"> ({s.actor.acronym})</span>}
              </td>
              <td>{SECTOR_ENCODING[s.actor.sector].label}</td>
              <td>{s.country ? (COUNTRY_NAMES[s.country.id] ?? s.country.name) : '—'}</td>
              <td>
                <span
                  className="cell-swatch"
                  style={{ background: POSITION_ENCODING[s.position].colour }}
                  aria-hidden
                />{' '}
                {POSITION_ENCODING[s.position].label}
              </td>
              <td>{PRIORITY[s.priority] ?? s.priority}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
