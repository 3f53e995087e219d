/**
 * The influence × alignment grid (the classic stakeholder matrix). x: stance on the chosen theme,
 * from −1 (opposes) to +1 (supports), mixed at 0, priority pulling it outward; y: influence 1–5.
 * Pure: the page draws the points and the quadrants, the graph highlights the chosen quadrant.
 * placeGrid() places every dot and its name on a grid of a given size so that none collide.
 */
import type { Measure } from '../export/frame';
import type { Position, Sector } from '../vocabulary';
import type { Quadrant } from './alignState';

export interface GridPoint {
  id: string;
  /** Short label (acronym when there is one). */
  label: string;
  name: string;
  position: Position;
  priority: number;
  /** Drawn as the sector's colour and shape, as on the graph; null when not known. */
  sector: Sector | null;
  stance: number;
  influence: number;
  quadrant: Quadrant;
  /**
   * Deterministic nudge so equal points do not hide each other in the exported figure (core/export/gridFigure.ts);
   * it never moves a point out of its quadrant. The page places its dots with placeGrid().
   */
  jx: number;
  jy: number;
}

export const QUADRANT_LABELS: Record<Quadrant, { title: string; hint: string }> = {
  champions: { title: 'Champions', hint: 'influential and supportive: involve closely' },
  blockers: { title: 'Potential blockers', hint: 'influential and opposed or mixed: engage, address concerns' },
  supporters: { title: 'Supporters to mobilise', hint: 'supportive, less influential: inform, connect' },
  watch: { title: 'Keep watching', hint: 'less influential, opposed or mixed: monitor' },
};

/** Influence at or above this is "high" (the scale is 1–5). */
export const HIGH_INFLUENCE = 3;

const VALUE: Record<Position, number | null> = { SUPPORTS: 1, OPPOSES: -1, MIXED: 0, UNKNOWN: null };

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

export function quadrantOf(stance: number, influence: number): Quadrant {
  const high = influence >= HIGH_INFLUENCE;
  const supportive = stance > 0;
  if (high) return supportive ? 'champions' : 'blockers';
  return supportive ? 'supporters' : 'watch';
}

/**
 * One point per actor with a known position on the theme (priority 1–3 scales the stance to 0.6–1).
 * Mixed has stance 0 and counts as not supportive: it is drawn spread over a band left of the centre line
 * (its nudge, and its column in placeGrid), never piled on the line.
 */
export function gridPoints(
  positions: Array<{ actor: { id: string }; position: Position; priority: number }>,
  influence: Map<string, number>,
  labelOf: (id: string) => string,
  nameOf: (id: string) => string = labelOf,
  sectorOf: (id: string) => Sector | null = () => null,
): GridPoint[] {
  return positions.flatMap((p) => {
    const v = VALUE[p.position];
    if (v === null) return [];
    const id = p.actor.id;
    const stance = v * (0.4 + 0.2 * Math.min(3, Math.max(1, p.priority)));
    const inf = influence.get(id) ?? 2;
    const nudge = (hash(id) - 0.5) * 0.18;
    const jx = stance === 0 ? -0.05 - 0.3 * hash(`${id}#x`) : nudge;
    return [
      {
        id,
        label: labelOf(id),
        name: nameOf(id),
        position: p.position,
        priority: p.priority,
        sector: sectorOf(id),
        stance,
        influence: inf,
        quadrant: quadrantOf(stance, inf),
        jx,
        jy: (hash(`${id}#y`) - 0.5) * 0.5,
      },
    ];
  });
}

/** A quadrant's actors as listed beside the grid: most influential first, then strongest stance, then by name. */
export function quadrantMembers(points: GridPoint[], q: Quadrant): GridPoint[] {
  return points
    .filter((p) => p.quadrant === q)
    .sort(
      (a, b) => b.influence - a.influence || Math.abs(b.stance) - Math.abs(a.stance) || a.name.localeCompare(b.name),
    );
}

export function inQuadrant(points: GridPoint[], q: Quadrant | null): Set<string> {
  return new Set(points.filter((p) => p.quadrant === q).map((p) => p.id));
}

/** A rectangle in the grid's pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The grid's size and type, in pixels (the page measures its panel, meeting mode the whole screen). */
export interface GridFrame {
  width: number;
  height: number;
  /** Room outside the plot: the influence ticks (left), the stance ticks and axis title (bottom). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The band at the top of each half for the quadrant titles, clear of the points. */
  title: number;
  /** Dot radius and label size. */
  dot: number;
  fontPx: number;
  /** Widest a name is written before it wraps; two lines at most. */
  labelWidth: number;
}

/** A stance column: where one position at one priority is drawn. */
export interface GridColumn {
  key: string;
  /** The tick under the plot ("high", "mixed"). */
  label: string;
  x1: number;
  x2: number;
}

export interface GridGeometry {
  midX: number;
  midY: number;
  quadrants: Record<Quadrant, Box>;
  /** Top and bottom of an influence level's row (1–5: 3–5 in the upper half, 1–2 in the lower). */
  rowOf(level: number): { y1: number; y2: number };
  columns: GridColumn[];
  columnOf(point: Pick<GridPoint, 'position' | 'priority'>): GridColumn;
}

const PRIORITY_WORDS = ['low', 'medium', 'high'];
const clampPriority = (p: number) => Math.min(3, Math.max(1, Math.round(p)));

/** Each half and each influence row gets room for its dots: this much for being there, plus one a dot. */
const BASE_WEIGHT = 3;
/** The centre line stays within this share of the width from either side. */
const MOST_HALF = 0.68;

/**
 * The plot of a frame, its room shared by how many dots each part holds (`points`): a crowded influence level
 * gets a taller row, and the half where most actors stand gets up to 68% of the width, so names fit where the
 * actors are (both scales are ordered categories, labelled on the axes; without points, all equal). Across, the
 * stance as ordered columns: supporting positions right of the centre line, from low priority (inner third) to
 * high (outer third); left of it the mixed positions (the inner quarter: not yet supportive, spread rather than
 * piled on the line), then opposing ones from low to high priority.
 */
export function gridGeometry(f: GridFrame, points: readonly GridPoint[] = []): GridGeometry {
  const x0 = f.left;
  const x1 = f.width - f.right;
  const y0 = f.top;
  const y1 = f.height - f.bottom;
  const level = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
  const perLevel = [0, 0, 0, 0, 0];
  let supportive = 0;
  for (const p of points) {
    perLevel[level(p.influence) - 1] = (perLevel[level(p.influence) - 1] ?? 0) + 1;
    if (p.stance > 0) supportive += 1;
  }
  const weights = perLevel.map((n) => BASE_WEIGHT + n);
  const total = weights.reduce((a, b) => a + b, 0);
  const rowsHeight = y1 - y0 - 2 * f.title;
  const heightOf = (i: number) => ((weights[i - 1] ?? BASE_WEIGHT) / total) * rowsHeight;
  const midY = y0 + f.title + heightOf(5) + heightOf(4) + heightOf(3);
  // Rows from the top of each half: 5, 4, 3 above the middle, 2, 1 below.
  const tops = new Map<number, number>();
  let y = y0 + f.title;
  for (const i of [5, 4, 3]) {
    tops.set(i, y);
    y += heightOf(i);
  }
  y = midY + f.title;
  for (const i of [2, 1]) {
    tops.set(i, y);
    y += heightOf(i);
  }
  const share = Math.min(
    MOST_HALF,
    Math.max(1 - MOST_HALF, (BASE_WEIGHT + supportive) / (2 * BASE_WEIGHT + points.length)),
  );
  const midX = x1 - share * (x1 - x0);
  const right = x1 - midX;
  const left = midX - x0;
  const columns: GridColumn[] = [
    { key: 'MIXED', label: 'mixed', x1: midX - left / 4, x2: midX },
    ...[1, 2, 3].map((p) => ({
      key: `OPPOSES-${p}`,
      label: PRIORITY_WORDS[p - 1] ?? '',
      x1: midX - ((p + 1) * left) / 4,
      x2: midX - (p * left) / 4,
    })),
    ...[1, 2, 3].map((p) => ({
      key: `SUPPORTS-${p}`,
      label: PRIORITY_WORDS[p - 1] ?? '',
      x1: midX + ((p - 1) * right) / 3,
      x2: midX + (p * right) / 3,
    })),
  ];
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return {
    midX,
    midY,
    quadrants: {
      blockers: { x1: x0, y1: y0, x2: midX, y2: midY },
      champions: { x1: midX, y1: y0, x2: x1, y2: midY },
      watch: { x1: x0, y1: midY, x2: midX, y2: y1 },
      supporters: { x1: midX, y1: midY, x2: x1, y2: y1 },
    },
    rowOf: (n) => {
      const i = level(n);
      const top = tops.get(i) ?? y0;
      return { y1: top, y2: top + heightOf(i) };
    },
    columns,
    columnOf: (p) =>
      (p.position === 'MIXED' ? byKey.get('MIXED') : byKey.get(`${p.position}-${clampPriority(p.priority)}`)) ??
      (columns[0] as GridColumn),
  };
}

/** `text` in one line no wider than `width`, cut with an ellipsis where it is wider. */
export function cutToWidth(text: string, width: number, px: number, measure: Measure): string {
  if (measure(text, px) <= width) return text;
  let out = text;
  while (out.length > 1 && measure(`${out}…`, px) > width) out = out.slice(0, -1).trimEnd();
  return `${out}…`;
}

/** A name in at most two lines no wider than `width` (the rest cut with an ellipsis). */
export function labelLines(text: string, width: number, px: number, measure: Measure): string[] {
  if (measure(text, px) <= width) return [text];
  const cut = (line: string) => cutToWidth(line, width, px, measure);
  const words = text.split(/\s+/);
  let first = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const next = first ? `${first} ${words[i]}` : (words[i] ?? '');
    if (measure(next, px) > width) break;
    first = next;
  }
  if (!first) return [cut(text)];
  const rest = words.slice(i).join(' ');
  return [first, measure(rest, px) <= width ? rest : cut(rest)];
}

export interface PlacedLabel {
  lines: string[];
  /** Where the text starts (anchor start), ends (end) or is centred (middle); y is the middle of its first line. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

export interface PlacedPoint {
  point: GridPoint;
  x: number;
  y: number;
  /** Null: no room for the name without covering another (the page's panel; never in meeting mode's grid). */
  label: PlacedLabel | null;
}

const hits = (a: Box, b: Box, pad: number) =>
  a.x1 - pad < b.x2 && b.x1 - pad < a.x2 && a.y1 - pad < b.y2 && b.y1 - pad < a.y2;

/** The boxes placed so far, bucketed by 64-px cells so each test reads only its neighbours. */
function boxIndex() {
  const cells = new Map<number, Box[]>();
  const cell = (v: number) => Math.floor(v / 64);
  // Cells are keyed by column and row in one number (the grid is far smaller than 4,096 cells a side).
  const key = (cx: number, cy: number) => (cx + 2048) * 4096 + (cy + 2048);
  return {
    add(b: Box) {
      for (let cx = cell(b.x1); cx <= cell(b.x2); cx += 1)
        for (let cy = cell(b.y1); cy <= cell(b.y2); cy += 1) {
          const list = cells.get(key(cx, cy));
          if (list) list.push(b);
          else cells.set(key(cx, cy), [b]);
        }
    },
    free(b: Box, pad: number) {
      for (let cx = cell(b.x1 - pad); cx <= cell(b.x2 + pad); cx += 1)
        for (let cy = cell(b.y1 - pad); cy <= cell(b.y2 + pad); cy += 1)
          for (const o of cells.get(key(cx, cy)) ?? []) if (hits(b, o, pad)) return false;
      return true;
    },
  };
}

const inside = (b: Box, area: Box) => b.x1 >= area.x1 && b.x2 <= area.x2 && b.y1 >= area.y1 && b.y2 <= area.y2;

/**
 * Every dot in its quadrant, in its influence row and (where there is room) its stance column, and its name
 * beside it (right, left, below or above), so that no dot or name covers another. The most influential are placed first,
 * nearest their column's centre; the others spread around them through the row. With `everyLabel` (meeting mode)
 * a dot leaves its column for a free spot in its row rather than lose its name; without, a dot with no room for
 * its name is drawn unnamed (its name is in its tooltip and the quadrant's list). Deterministic.
 */
export function placeGrid(
  points: readonly GridPoint[],
  frame: GridFrame,
  measure: Measure,
  options: { everyLabel?: boolean } = {},
): PlacedPoint[] {
  const g = gridGeometry(frame, points);
  const r = frame.dot;
  const gap = Math.max(2, r * 0.4);
  // A name stands further from every other dot and name than from its own dot, so it reads as that dot's.
  const pad = Math.max(2, r * 0.5);
  const lineH = frame.fontPx * 1.2;
  // Glyphs reach a little above and below their line (Noto's ascent and descent: 1.36 em against 1.2).
  const ext = frame.fontPx * 0.1;
  const step = Math.max(3, Math.round(r));
  const taken = boxIndex();
  const order = [...points].sort(
    (a, b) =>
      b.influence - a.influence ||
      Math.abs(b.stance) - Math.abs(a.stance) ||
      a.label.localeCompare(b.label) ||
      a.id.localeCompare(b.id),
  );
  const placed = new Map<string, PlacedPoint>();
  for (const point of order) {
    const q = g.quadrants[point.quadrant];
    const area: Box = { x1: q.x1 + pad, y1: q.y1 + frame.title, x2: q.x2 - pad, y2: q.y2 - pad };
    const rowBand = g.rowOf(point.influence);
    const col = g.columnOf(point);
    const cx = (col.x1 + col.x2) / 2;
    const cy = (rowBand.y1 + rowBand.y2) / 2;
    const halfW = Math.max(1, (col.x2 - col.x1) / 2);
    const halfH = Math.max(1, (rowBand.y2 - rowBand.y1) / 2);
    // The name in two lines at most; where that finds no room, in one line cut short, then shorter.
    const variants = [
      labelLines(point.label, frame.labelWidth, frame.fontPx, measure),
      [cutToWidth(point.label, frame.labelWidth, frame.fontPx, measure)],
      [cutToWidth(point.label, frame.labelWidth / 2, frame.fontPx, measure)],
    ]
      .filter((lines, i, all) => i === 0 || lines.join('\n') !== all[i - 1]?.join('\n'))
      .map((lines) => ({ lines, w: Math.max(...lines.map((l) => measure(l, frame.fontPx))) }));
    // Candidate centres through the row, nearest the column's centre first (distance in column and row widths).
    const spots: Array<{ x: number; y: number; d: number; own: boolean }> = [];
    for (let x = area.x1 + r + 1; x <= area.x2 - r - 1; x += step)
      for (let y = rowBand.y1 + r + 1; y <= rowBand.y2 - r - 1; y += step) {
        const dx = (x - cx) / halfW;
        const dy = (y - cy) / halfH;
        spots.push({ x, y, d: dx * dx + dy * dy, own: Math.abs(dx) <= 1 });
      }
    if (spots.length === 0) spots.push({ x: cx, y: cy, d: 0, own: true });
    spots.sort((a, b) => a.d - b.d || a.x - b.x || a.y - b.y);
    const dotBox = (x: number, y: number): Box => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
    // Right of the dot, left, below, above.
    const labelsAt = (x: number, y: number, { lines, w }: { lines: string[]; w: number }): PlacedLabel[] => {
      const h = lines.length * lineH;
      const at = (anchor: PlacedLabel['anchor'], lx: number, top: number): PlacedLabel => ({
        lines,
        x: lx,
        y: top + lineH / 2,
        anchor,
        box: {
          x1: anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2,
          y1: top - ext,
          x2: anchor === 'start' ? lx + w : anchor === 'end' ? lx : lx + w / 2,
          y2: top + h + ext,
        },
      });
      return [
        at('start', x + r + gap, y - h / 2),
        at('end', x - r - gap, y - h / 2),
        at('middle', x, y + r + gap + ext),
        at('middle', x, y - r - gap - ext - h),
      ];
    };
    const withLabel = (own: boolean, variant: { lines: string[]; w: number }): PlacedPoint | null => {
      for (const s of spots) {
        if (own && !s.own) continue;
        if (!taken.free(dotBox(s.x, s.y), pad)) continue;
        const label = labelsAt(s.x, s.y, variant).find((l) => inside(l.box, area) && taken.free(l.box, pad));
        if (label) return { point, x: s.x, y: s.y, label };
      }
      return null;
    };
    const named = (own: boolean) => variants.reduce<PlacedPoint | null>((got, v) => got ?? withLabel(own, v), null);
    const dotOnly = (own: boolean): PlacedPoint | null => {
      const s = spots.find((c) => (!own || c.own) && taken.free(dotBox(c.x, c.y), pad));
      return s ? { point, x: s.x, y: s.y, label: null } : null;
    };
    const spot = named(true) ??
      (options.everyLabel ? named(false) : null) ??
      dotOnly(true) ??
      dotOnly(false) ?? { point, x: cx, y: cy, label: null };
    taken.add(dotBox(spot.x, spot.y));
    if (spot.label) taken.add(spot.label.box);
    placed.set(point.id, spot);
  }
  return points.map((p) => placed.get(p.id) as PlacedPoint);
}
