/** The stakeholder matrix: influence (up) × stance on a theme (right). A quadrant click brushes the graph. */
import { QUADRANT_LABELS, type GridPoint } from '../../core/alignment/grid';
import { QUADRANTS, type Quadrant } from '../../core/alignment/alignState';

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
const PAD = 28;
const AREA: Record<Quadrant, { x: number; y: number }> = { champions: { x: 1, y: 0 }, blockers: { x: 0, y: 0 }, supporters: { x: 1, y: 1 }, watch: { x: 0, y: 1 } };

function sx(stance: number): number {
  return PAD + ((stance + 1) / 2) * (W - 2 * PAD);
}
function sy(influence: number): number {
  // Influence 1–5; the high/low line sits between 2 and 3.
  return H - PAD - ((influence - 0.5) / 5) * (H - 2 * PAD);
}

export function InfluenceGrid(p: InfluenceGridProps) {
  const midY = sy(2.5);
  const midX = sx(0.001);
  return (
    <section className="align-panel" aria-labelledby="grid-title">
      <h2 id="grid-title">Influence × alignment</h2>
      <label className="field">
        Stance on{' '}
        <select value={p.theme ?? ''} onChange={(e) => p.onTheme(e.target.value)} aria-label="Theme">
          {p.themes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </label>
      <svg viewBox={`0 0 ${W} ${H}`} className="influence-grid" data-testid="influence-grid" role="group" aria-label="Stakeholder grid">
        {QUADRANTS.map((q) => {
          const a = AREA[q];
          const x = a.x ? midX : PAD;
          const y = a.y ? midY : PAD;
          const w = a.x ? W - PAD - midX : midX - PAD;
          const h = a.y ? H - PAD - midY : midY - PAD;
          const count = p.points.filter((pt) => pt.quadrant === q).length;
          return (
            <g key={q} className={`quadrant q-${q}${p.quadrant === q ? ' on' : ''}`} role="button" tabIndex={0} aria-pressed={p.quadrant === q} aria-label={`${QUADRANT_LABELS[q].title}: ${count} actors`}
              onClick={() => p.onQuadrant(p.quadrant === q ? null : q)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') p.onQuadrant(p.quadrant === q ? null : q); }}>
              <rect x={x} y={y} width={w} height={h} />
              <text x={x + 8} y={y + 18} className="q-title">{QUADRANT_LABELS[q].title} ({count})</text>
            </g>
          );
        })}
        {p.points.map((pt) => (
          <circle key={pt.id} cx={sx(Math.max(-1, Math.min(1, pt.stance + pt.jx)))} cy={sy(pt.influence + pt.jy)} r={p.selected === pt.id ? 7 : 4.5}
            className={`pt${p.quadrant && p.quadrant !== pt.quadrant ? ' faded' : ''}${p.selected === pt.id ? ' sel' : ''}`} onClick={() => p.onSelect(pt.id)}>
            <title>{pt.label}</title>
          </circle>
        ))}
        <text x={W / 2} y={H - 6} className="axis">opposes ← stance → supports</text>
        <text x={10} y={H / 2} className="axis" transform={`rotate(-90 10 ${H / 2})`}>influence</text>
      </svg>
      {p.quadrant && <p className="muted">{QUADRANT_LABELS[p.quadrant].hint}.</p>}
    </section>
  );
}
