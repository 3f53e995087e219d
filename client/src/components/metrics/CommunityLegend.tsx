/** The communities' colours while actors are coloured by community: a strip under the map's own legend. */
import type { CommunityInfo } from '../../core/metrics/metrics';
import './metrics.css';

export function CommunityLegend({
  communities,
  modularity,
}: {
  communities: CommunityInfo[];
  modularity: number | null;
}) {
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
