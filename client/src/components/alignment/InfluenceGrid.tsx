/**
 * The stakeholder matrix: influence (up) × stance on a theme (right). A quadrant click brushes the
 * graph (its actors and the links among them) and lists its actors below the grid.
 */
import { QUADRANTS, type Quadrant } from '../../core/alignment/alignState';
import { quadrantMembers, QUADRANT_LABELS, type GridPoint } from '../../core/alignment/grid';

export interface InfluenceGridProps {
  themes: Array<{ id: string; name: string }>;
  theme: string | null;
  points: GridPoint[];
  quadrant: Quadrant | null;
  selected: string | null;
  onTheme(id: string): void;
  onQuadrant(q: Quadrant | null): void;
  onSelect(id: string): void;
}

const W = 420;
const H = 360;
/** Room for the influence ticks and axis title (left) and the stance axis title (bottom). */
const LEFT = 40;
const RIGHT = 8;
const TOP = 6;
const BOTTOM = 26;
/** Each half keeps a band at its top for the quadrant titles, clear of the points. */
const TITLE = 24;
/** One row per influence level: 3–5 in the upper half, 1–2 in the lower. */
const ROW = (H - TOP - BOTTOM - 2 * TITLE) / 5;
const MID_Y = TOP + TITLE + 3 * ROW;
const MID_X = LEFT + (W - LEFT - RIGHT) / 2;
const AREA: Record<Quadrant, { x: number; y: number }> = {
  champions: { x: 1, y: 0 },
  blockers: { x: 0, y: 0 },
  supporters: { x: 1, y: 1 },
  watch: { x: 0, y: 1 },
};

/** Stance −1…1 (the nudge included) with a margin, so points at ±1 stay inside the frame. */
function sx(stance: number): number {
  return MID_X + Math.max(-1.1, Math.min(1.1, stance)) * 0.85 * ((W - LEFT - RIGHT) / 2);
}
/** Centre of an influence level's row. */
function rowY(level: number): number {
  const i = Math.max(1, Math.min(5, Math.round(level)));
  return i >= 3 ? TOP + TITLE + (5 - i + 0.5) * ROW : MID_Y + TITLE + (2 - i + 0.5) * ROW;
}

export function InfluenceGrid(p: InfluenceGridProps) {
  return (
    <section className="align-panel" aria-labelledby="grid-title">
      <h2 id="grid-title">Influence × alignment</h2>
      <label className="field">
        Stance on{' '}
        <select value={p.theme ?? ''} onChange={(e) => p.onTheme(e.target.value)} aria-label="Stance on theme">
          {p.themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="influence-grid"
        data-testid="influence-grid"
        role="group"
        aria-label="Stakeholder grid"
      >
        {QUADRANTS.map((q) => {
          const a = AREA[q];
          const x = a.x ? MID_X : LEFT;
          const y = a.y ? MID_Y : TOP;
          const w = a.x ? W - RIGHT - MID_X : MID_X - LEFT;
          const h = a.y ? H - BOTTOM - MID_Y : MID_Y - TOP;
          const count = p.points.filter((pt) => pt.quadrant === q).length;
          return (
            <g
              key={q}
              className={`quadrant q-${q}${p.quadrant === q ? ' on' : ''}`}
              role="button"
              tabIndex={0}
              aria-pressed={p.quadrant === q}
              aria-label={`${QUADRANT_LABELS[q].title}: ${count} actors`}
              onClick={() => p.onQuadrant(p.quadrant === q ? null : q)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') p.onQuadrant(p.quadrant === q ? null : q);
              }}
            >
              <rect x={x} y={y} width={w} height={h} />
              <text x={x + 8} y={y + 17} className="q-title">
                {QUADRANT_LABELS[q].title} ({count})
              </text>
            </g>
          );
        })}
        {p.points.map((pt) => (
          <circle
            key={pt.id}
            cx={sx(pt.stance + pt.jx)}
            cy={rowY(pt.influence) + pt.jy * ROW}
            r={p.selected === pt.id ? 7 : 4.5}
            className={`pt${p.quadrant && p.quadrant !== pt.quadrant ? ' faded' : ''}${p.selected === pt.id ? ' sel' : ''}`}
            onClick={() => p.onSelect(pt.id)}
          >
            <title>
              {pt.name}
              {pt.label !== pt.name ? ` (${pt.label})` : ''}: influence {pt.influence}
            </title>
          </circle>
        ))}
        {[1, 2, 3, 4, 5].map((level) => (
          <text key={level} x={LEFT - 6} y={rowY(level) + 4} className="tick">
            {level}
          </text>
        ))}
        <text x={MID_X} y={H - 8} className="axis">
          opposes ← stance → supports
        </text>
        <text x={14} y={(TOP + H - BOTTOM) / 2} className="axis" transform={`rotate(-90 14 ${(TOP + H - BOTTOM) / 2})`}>
          influence (1–5)
        </text>
      </svg>
      <p className="muted grid-note">
        Each dot is an actor with a known position on the theme; a higher priority sits further out. Mixed positions sit
        just left of the centre line: not (yet) supportive.
      </p>
      {p.quadrant && (
        <QuadrantList quadrant={p.quadrant} points={p.points} selected={p.selected} onSelect={p.onSelect} />
      )}
    </section>
  );
}

const STANCE: Record<string, string> = { SUPPORTS: 'supports', OPPOSES: 'opposes', MIXED: 'mixed' };
const PRIORITY = ['', 'low priority', 'medium priority', 'high priority'];

function QuadrantList({
  quadrant,
  points,
  selected,
  onSelect,
}: {
  quadrant: Quadrant;
  points: GridPoint[];
  selected: string | null;
  onSelect(id: string): void;
}) {
  const members = quadrantMembers(points, quadrant);
  return (
    <div className="quadrant-list">
      <h3 id="quadrant-list-title">
        {QUADRANT_LABELS[quadrant].title}: {members.length} {members.length === 1 ? 'actor' : 'actors'}
      </h3>
      <p className="muted">{QUADRANT_LABELS[quadrant].hint}.</p>
      {members.length === 0 ? (
        <p className="muted">No actor here on this theme.</p>
      ) : (
        <ul data-testid="quadrant-actors" aria-labelledby="quadrant-list-title">
          {members.map((m) => (
            <li key={m.id} data-actor-id={m.id}>
              <button
                type="button"
                className={`link${selected === m.id ? ' sel' : ''}`}
                aria-pressed={selected === m.id}
                onClick={() => onSelect(m.id)}
              >
                {m.name}
              </button>{' '}
              <span className="muted">
                influence {m.influence} · {STANCE[m.position] ?? m.position},{' '}
                {PRIORITY[m.priority] ?? `priority ${m.priority}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
