/**
 * A strip under the map's own legend: the communities' colours while actors are coloured by community, or the
 * measure's light-to-dark ramp while they are coloured by a measure.
 */
import { MEASURE_RAMP, type CommunityInfo } from '../../core/metrics/metrics';
import './metrics.css';

export interface CommunityLegendProps {
  communities: CommunityInfo[];
  modularity: number | null;
  /** Colouring by a measure: its name, for a light-to-dark strip instead of the communities. */
  measure?: string | null;
}

export function CommunityLegend({ communities, modularity, measure }: CommunityLegendProps) {
  if (measure) {
    return (
      <div
        className="legend community-legend"
        role="group"
        aria-label={`Colour: ${measure}`}
        data-testid="measure-legend"
      >
        <strong>{measure}</strong>
        <span className="muted">lowest</span>
        <span
          className="measure-ramp"
          aria-hidden="true"
          style={{ background: `linear-gradient(to right, ${MEASURE_RAMP.join(', ')})` }}
        />
        <span className="muted">highest</span>
      </div>
    );
  }
  if (communities.length === 0) return null;
  return (
    <div
      className="legend community-legend"
      role="group"
      aria-label="Communities"
      data-testid="community-legend"
      // It scrolls when the communities need more than its two lines: reachable by keyboard.
      tabIndex={0}
    >
      <strong>
        Communities
        {modularity !== null && <span className="muted"> (modularity {modularity.toFixed(2)})</span>}
      </strong>
      <ul>
        {communities.map((c) => (
          <li key={c.id} title={c.label}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
