/**
 * The stakeholder matrix: influence (up) × stance on a theme (right). A quadrant click brushes the
 * graph (its actors and the links among them) and lists its actors below the grid. Every dot is the
 * actor's sector shape and colour, as on the graph, named beside it where there is room (placeGrid in
 * core/alignment/grid.ts: no dot or name covers another). In meeting mode the grid alone fills the
 * screen and every dot is named in type a room can read.
 */
import { useMemo, useRef } from 'react';

import { QUADRANTS, type Quadrant } from '../../core/alignment/alignState';
import {
  gridGeometry,
  placeGrid,
  quadrantMembers,
  QUADRANT_LABELS,
  type GridFrame,
  type GridPoint,
} from '../../core/alignment/grid';
import type { Measure } from '../../core/export/frame';
import { shapePath } from '../../core/export/shapes';
import { SECTOR_ENCODING, type Sector } from '../../core/vocabulary';
import { canvasMeasure } from '../../graph/export/compose';
import { useBoxSize } from './useBoxSize';

export interface InfluenceGridProps {
  themes: Array<{ id: string; name: string }>;
  theme: string | null;
  points: GridPoint[];
  quadrant: Quadrant | null;
  selected: string | null;
  onTheme(id: string): void;
  onQuadrant(q: Quadrant | null): void;
  onSelect(id: string): void;
  /** Meeting mode: the grid alone, filling its stage, every dot named in large type. */
  presentation?: boolean;
  /** The sectors revealed so far (meeting mode); null or absent: every dot. */
  revealed?: ReadonlySet<Sector> | null;
}

/** The panel's grid: its width is the panel's, its type the page's. */
function panelFrame(width: number): GridFrame {
  return {
    width,
    height: Math.round(width * 0.9),
    left: 40,
    right: 6,
    top: 4,
    bottom: 40,
    title: 22,
    dot: 5,
    fontPx: 11,
    labelWidth: 84,
  };
}

/** Meeting mode's grid: the whole stage, dots and names sized for the back of a room (20 px names on 1,920 px). */
function stageFrame(width: number, height: number): GridFrame {
  const font = Math.max(14, Math.min(20, Math.round(width / 96)));
  return {
    width,
    height,
    left: 74,
    right: 12,
    top: 6,
    bottom: 76,
    title: 42,
    dot: font / 2,
    fontPx: font,
    labelWidth: font * 12.5,
  };
}

/** Meeting mode's quadrant titles and hints (px; the stylesheet's .large .q-title and .q-hint). */
const TITLE_PX = 24;
const HINT_PX = 18;
const TITLE_INSET = 12;

export function InfluenceGrid(p: InfluenceGridProps) {
  const themeName = p.themes.find((t) => t.id === p.theme)?.name ?? '';
  if (p.presentation) {
    return (
      <section className="grid-stage" aria-label={`Influence × alignment on ${themeName}`}>
        <GridSvg {...p} themeName={themeName} />
      </section>
    );
  }
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
      <GridSvg {...p} themeName={themeName} />
      <p className="muted grid-note">
        Each dot is an actor with a known position on the theme, in its sector&apos;s colour and shape; a higher
        priority sits further out. Mixed positions sit in the band left of the centre line: not (yet) supportive.
      </p>
      {p.quadrant && (
        <QuadrantList quadrant={p.quadrant} points={p.points} selected={p.selected} onSelect={p.onSelect} />
      )}
    </section>
  );
}

function GridSvg(p: InfluenceGridProps & { themeName: string }) {
  const boxRef = useRef<HTMLDivElement | null>(null);
  const size = useBoxSize(boxRef, { width: 420, height: 600 });
  const large = Boolean(p.presentation);
  const frame = large ? stageFrame(size.width, size.height) : panelFrame(size.width);
  const frameKey = JSON.stringify(frame);
  const canvas = useMemo(() => canvasMeasure(), []);
  // Names are bold (the stylesheet's .pt-label), and measured so.
  const measure: Measure = useMemo(() => (text, px) => canvas(text, px, true), [canvas]);
  // Placed once for every point, drawn or not: revealing a sector adds its dots without moving the others.
  const placed = useMemo(
    () => placeGrid(p.points, frame, measure, { everyLabel: large }),
    // frameKey stands for the frame's values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [p.points, frameKey, measure, large],
  );
  const g = gridGeometry(frame, p.points);
  const shown = placed.filter((d) => !p.revealed || (d.point.sector !== null && p.revealed.has(d.point.sector)));
  const plotBottom = frame.height - frame.bottom;
  const tick = large ? 18 : 10;
  const axis = large ? 20 : 11;

  return (
    <div ref={boxRef} className="grid-box">
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width={frame.width}
        height={frame.height}
        className={`influence-grid${large ? ' large' : ''}`}
        data-testid="influence-grid"
        role="group"
        aria-label="Stakeholder grid"
      >
        {QUADRANTS.map((q) => {
          const b = g.quadrants[q];
          const count = shown.filter((d) => d.point.quadrant === q).length;
          const titleY = b.y1 + (large ? 28 : 16);
          const title = `${QUADRANT_LABELS[q].title} (${count})`;
          // In meeting mode the quadrant also says what to do with its actors, where that fits beside the title.
          const hint = ` — ${QUADRANT_LABELS[q].hint}`;
          const withHint =
            large && canvas(title, TITLE_PX, true) + canvas(hint, HINT_PX) <= b.x2 - b.x1 - 2 * TITLE_INSET;
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
              <rect x={b.x1} y={b.y1} width={b.x2 - b.x1} height={b.y2 - b.y1} />
              <text x={b.x1 + (large ? TITLE_INSET : 8)} y={titleY} className="q-title">
                {title}
                {withHint && <tspan className="q-hint">{hint}</tspan>}
              </text>
            </g>
          );
        })}
        {g.columns.map((c) => (
          <g key={c.key} className="column" aria-hidden="true">
            {c.x1 > frame.left + 1 && c.x1 !== g.midX && (
              <line x1={c.x1} x2={c.x1} y1={frame.top} y2={plotBottom} className="column-line" />
            )}
            <text x={(c.x1 + c.x2) / 2} y={plotBottom + tick + 4} className="column-tick" fontSize={tick}>
              {c.label}
            </text>
          </g>
        ))}
        <line x1={g.midX} x2={g.midX} y1={frame.top} y2={plotBottom} className="centre-line" aria-hidden="true" />
        {[1, 2, 3, 4, 5].map((level) => {
          const row = g.rowOf(level);
          return (
            <text
              key={level}
              x={frame.left - 8}
              y={(row.y1 + row.y2) / 2 + tick / 3}
              className="tick influence-tick"
              fontSize={tick}
            >
              {level}
            </text>
          );
        })}
        <text x={g.midX} y={frame.height - (large ? 14 : 6)} className="axis" fontSize={axis}>
          opposes ← stance{p.themeName && large ? ` on ${p.themeName}` : ''} (priority further out) → supports
        </text>
        <text
          x={axis}
          y={(frame.top + plotBottom) / 2}
          className="axis"
          fontSize={axis}
          transform={`rotate(-90 ${axis} ${(frame.top + plotBottom) / 2})`}
        >
          influence (1–5)
        </text>
        {shown.map(({ point, x, y }) => {
          const enc = point.sector ? SECTOR_ENCODING[point.sector] : null;
          const r = p.selected === point.id ? frame.dot * 1.4 : frame.dot;
          return (
            <path
              key={point.id}
              d={shapePath(enc?.shape ?? 'ellipse', x, y, 2 * r, 2 * r)}
              fill={enc?.colour ?? '#0072b2'}
              data-id={point.id}
              className={`pt${p.quadrant && p.quadrant !== point.quadrant ? ' faded' : ''}${p.selected === point.id ? ' sel' : ''}`}
              onClick={() => p.onSelect(point.id)}
            >
              <title>
                {point.name}
                {point.label !== point.name ? ` (${point.label})` : ''}: influence {point.influence}
                {enc ? `, ${enc.label}` : ''}
              </title>
            </path>
          );
        })}
        {shown.map(({ point, label }) =>
          label ? (
            <text
              key={point.id}
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              fontSize={frame.fontPx}
              data-id={point.id}
              className={`pt-label${p.quadrant && p.quadrant !== point.quadrant ? ' faded' : ''}`}
              aria-hidden="true"
            >
              {label.lines.map((line, i) => (
                <tspan key={i} x={label.x} dy={i === 0 ? '0.35em' : '1.2em'}>
                  {line}
                </tspan>
              ))}
            </text>
          ) : null,
        )}
      </svg>
    </div>
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
