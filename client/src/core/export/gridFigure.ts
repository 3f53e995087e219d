/**
 * The influence × alignment grid as a figure, drawn from its points (core/alignment/grid.ts): the four
 * quadrants with their counts, each actor a dot coloured by its position and named by its short label
 * (beside the dot where there is room, else above or below; a name that fits nowhere is left out and
 * the dot stays), the chosen quadrant outlined as on the page.
 */
import { QUADRANTS, type Quadrant } from '../alignment/alignState';
import { QUADRANT_LABELS, type GridPoint } from '../alignment/grid';
import { POSITION_ENCODING, POSITIONS } from '../vocabulary';
import { n2, textSvg, type Figure, type FigureBody } from './figure';
import type { Measure } from './frame';
import type { LegendEntry } from './legend';

export const GRID_LAYOUT = { width: 760, height: 560, left: 56, right: 12, top: 34, bottom: 40, title: 26, fontPx: 11 };

const AREA: Record<Quadrant, { x: number; y: number }> = {
  champions: { x: 1, y: 0 },
  blockers: { x: 0, y: 0 },
  supporters: { x: 1, y: 1 },
  watch: { x: 0, y: 1 },
};

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const hit = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export interface GridFigureInput {
  points: GridPoint[];
  themeName: string;
  quadrant: Quadrant | null;
  measure: Measure;
}

export function gridLegend(points: GridPoint[]): LegendEntry[] {
  const held = new Set(points.map((p) => p.position));
  return POSITIONS.filter((p) => held.has(p)).map((p) => ({
    type: 'node',
    label: p === 'MIXED' ? 'Mixed position' : `${POSITION_ENCODING[p].label} the theme`,
    shape: 'ellipse',
    fill: POSITION_ENCODING[p].colour,
    stroke: '#ffffff',
    dashed: false,
  }));
}

export function gridFigure(input: GridFigureInput): Figure {
  const G = GRID_LAYOUT;
  const { points, measure } = input;
  const plotTop = G.top;
  const row = (G.height - plotTop - G.bottom - 2 * G.title) / 5;
  const midY = plotTop + G.title + 3 * row;
  const midX = G.left + (G.width - G.left - G.right) / 2;
  const sx = (stance: number) =>
    midX + Math.max(-1.1, Math.min(1.1, stance)) * 0.85 * ((G.width - G.left - G.right) / 2);
  const rowY = (level: number) => {
    const i = Math.max(1, Math.min(5, Math.round(level)));
    return i >= 3 ? plotTop + G.title + (5 - i + 0.5) * row : midY + G.title + (2 - i + 0.5) * row;
  };
  const body: FigureBody = {
    width: G.width,
    height: G.height,
    draw: (o) => {
      const font = Math.max(G.fontPx, o.minFontPx);
      const out: string[] = ['<g class="grid">'];
      out.push(textSvg(0, 14, `Stance on ${input.themeName}`, { size: font + 2, weight: 'bold' }));
      const taken: Box[] = [];
      for (const q of QUADRANTS) {
        const a = AREA[q];
        const x = a.x ? midX : G.left;
        const y = a.y ? midY : plotTop;
        const w = a.x ? G.width - G.right - midX : midX - G.left;
        const h = a.y ? G.height - G.bottom - midY : midY - plotTop;
        const fill = q === 'champions' ? '#eaf3fb' : q === 'blockers' ? '#fdf0e8' : '#f6f8fa';
        const on = input.quadrant === q;
        out.push(
          `<rect class="quadrant" x="${n2(x)}" y="${n2(y)}" width="${n2(w)}" height="${n2(h)}" fill="${fill}" stroke="${on ? '#111111' : '#d5dbe1'}" stroke-width="${on ? 2.5 : 1}"/>`,
        );
        const count = points.filter((p) => p.quadrant === q).length;
        const title = `${QUADRANT_LABELS[q].title} (${count})`;
        out.push(textSvg(x + 8, y + 18, title, { size: font + 1, weight: 'bold', fill: '#33404d' }));
        taken.push({ x1: x + 8, y1: y + 4, x2: x + 8 + measure(title, font + 1, true), y2: y + 22 });
      }
      for (let level = 1; level <= 5; level += 1)
        out.push(
          textSvg(G.left - 8, rowY(level), String(level), {
            size: font,
            fill: '#5b6673',
            anchor: 'end',
            baseline: 'central',
          }),
        );
      out.push(
        textSvg(midX, G.height - 12, 'stance: opposes (left) · mixed (centre line) · supports (right)', {
          size: font,
          fill: '#5b6673',
          anchor: 'middle',
        }),
      );
      const axisY = (plotTop + G.height - G.bottom) / 2;
      out.push(
        textSvg(16, axisY, 'influence (1–5)', {
          size: font,
          fill: '#5b6673',
          anchor: 'middle',
          transform: `rotate(-90 16 ${n2(axisY)})`,
        }),
      );
      const dots = points.map((p) => ({ p, x: sx(p.stance + p.jx), y: rowY(p.influence) + p.jy * row }));
      const r = 5;
      for (const d of dots) taken.push({ x1: d.x - r, y1: d.y - r, x2: d.x + r, y2: d.y + r });
      for (const d of dots) {
        const faded = input.quadrant !== null && d.p.quadrant !== input.quadrant;
        out.push(
          `<circle cx="${n2(d.x)}" cy="${n2(d.y)}" r="${r}" fill="${POSITION_ENCODING[d.p.position].colour}" stroke="#ffffff" stroke-width="1"${faded ? ' opacity="0.25"' : ''}/>`,
        );
      }
      // Names, most influential first: right of the dot, else left, above, below.
      const order = [...dots].sort((a, b) => b.p.influence - a.p.influence || a.p.label.localeCompare(b.p.label));
      for (const d of order) {
        const w = measure(d.p.label, font);
        const h = font * 1.2;
        const spots: Array<{ box: Box; x: number; anchor: 'start' | 'end' | 'middle'; y: number }> = [
          {
            box: { x1: d.x + r + 2, y1: d.y - h / 2, x2: d.x + r + 2 + w, y2: d.y + h / 2 },
            x: d.x + r + 2,
            anchor: 'start',
            y: d.y,
          },
          {
            box: { x1: d.x - r - 2 - w, y1: d.y - h / 2, x2: d.x - r - 2, y2: d.y + h / 2 },
            x: d.x - r - 2,
            anchor: 'end',
            y: d.y,
          },
          {
            box: { x1: d.x - w / 2, y1: d.y - r - h, x2: d.x + w / 2, y2: d.y - r },
            x: d.x,
            anchor: 'middle',
            y: d.y - r - h / 2,
          },
          {
            box: { x1: d.x - w / 2, y1: d.y + r, x2: d.x + w / 2, y2: d.y + r + h },
            x: d.x,
            anchor: 'middle',
            y: d.y + r + h / 2,
          },
        ];
        const inside = (b: Box) =>
          b.x1 >= G.left && b.x2 <= G.width - G.right && b.y1 >= plotTop && b.y2 <= G.height - G.bottom;
        const spot = spots.find((s) => inside(s.box) && !taken.some((t) => hit(t, s.box)));
        if (!spot) continue;
        taken.push(spot.box);
        const faded = input.quadrant !== null && d.p.quadrant !== input.quadrant;
        out.push(
          textSvg(spot.x, spot.y, d.p.label, {
            size: font,
            anchor: spot.anchor,
            baseline: 'central',
            halo: true,
            className: 'point-label',
            opacity: faded ? 0.35 : 1,
          }),
        );
      }
      out.push('</g>');
      return out.join('');
    },
  };
  return { body, legend: gridLegend(points), name: 'Influence × alignment grid' };
}
