/** Explains every colour, shape and line style used by the graph. */
import { KIND_ENCODING, POSITION_ENCODING, POSITIONS, SECTOR_ENCODING, SECTORS } from '../core/vocabulary';
import { ShapeIcon } from './ShapeIcon';

export function Legend({ grouping }: { grouping: 'country' | 'group' | null }) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <h3>Actors, by sector (colour and shape)</h3>
      <ul>
        {SECTORS.map((s) => (
          <li key={s}>
            <ShapeIcon shape={SECTOR_ENCODING[s].shape} fill={SECTOR_ENCODING[s].colour} stroke="#444" />
            {SECTOR_ENCODING[s].label}
          </li>
        ))}
      </ul>
      <p className="legend-note">Bigger actors are more influential (1–5).</p>
      <h3>Other elements</h3>
      <ul>
        <li>
          <ShapeIcon shape="round-rectangle" fill="#fff" stroke={KIND_ENCODING.NETWORK.colour} /> Network
        </li>
        <li>
          <ShapeIcon shape="cut-rectangle" fill="#fff" stroke={KIND_ENCODING.COALITION.colour} dashed /> Coalition
        </li>
        <li>
          <ShapeIcon shape="barrel" fill="#eceff2" stroke="#6b7480" /> Country
        </li>
        <li>
          <ShapeIcon shape="tag" fill="#e3f1e3" stroke={KIND_ENCODING.THEME.colour} /> Theme
        </li>
        <li>
          <ShapeIcon shape="round-diamond" fill={KIND_ENCODING.ACTIVITY.colour} /> Learning activity
        </li>
      </ul>
      <h3>Links</h3>
      <ul className="legend-lines">
        {POSITIONS.map((p) => (
          <li key={p}>
            <svg width="30" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="29"
                y2="5"
                stroke={POSITION_ENCODING[p].colour}
                strokeWidth="2.5"
                strokeDasharray={
                  POSITION_ENCODING[p].line === 'dashed'
                    ? '6 3'
                    : POSITION_ENCODING[p].line === 'dotted'
                      ? '2 3'
                      : undefined
                }
              />
            </svg>
            Theme position: {POSITION_ENCODING[p].label.toLowerCase()}
          </li>
        ))}
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="29" y2="5" stroke="#333" strokeWidth="3" />
          </svg>
          Collaboration
        </li>
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="29" y2="5" stroke="#a9b0b7" strokeWidth="1.5" />
          </svg>
          Membership
        </li>
        <li>
          <svg width="30" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="29" y2="5" stroke="#a9b0b7" strokeWidth="1.5" strokeDasharray="2 3" />
          </svg>
          Based / operating in a country
        </li>
      </ul>
      {grouping && (
        <p className="legend-note">
          Boxes group actors by {grouping === 'country' ? 'base country' : 'their first network or coalition'}.
        </p>
      )}
    </section>
  );
}
