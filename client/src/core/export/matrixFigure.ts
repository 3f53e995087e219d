/**
 * The alignment matrix as a figure, drawn from its data (core/alignment/matrix.ts), not from the page:
 * rows in the page's order, theme names upright over their columns, each cell coloured by position as
 * on the page (actors: the position, deeper for a higher priority, and its sign; groups: the share of
 * each position and how many hold the theme). A table: the PDF runs it over pages, header repeated.
 */
import { sortRows, type Matrix, type MatrixCell, type MatrixRow } from '../alignment/matrix';
import { POSITION_ENCODING, POSITIONS, type Position } from '../vocabulary';
import { fitText, n2, textSvg, xml, type Figure, type FigureBody } from './figure';
import type { Measure } from './frame';
import type { LegendEntry } from './legend';

export const MATRIX_LAYOUT = {
  /** The row labels' column: as wide as the longest label, within these bounds (longer ones are cut). */
  labelMin: 160,
  labelMax: 420,
  column: 28,
  row: 20,
  fontPx: 11,
  /** Theme names stand upright over their columns (read bottom to top: PDF readers extract them as words), cut at this length. */
  headWidth: 200,
};

const SIGN: Record<Position, string> = { SUPPORTS: '+', OPPOSES: '−', MIXED: '±', UNKNOWN: '?' };

export function positionLegend(): LegendEntry[] {
  return POSITIONS.map((p) => ({
    type: 'node',
    label: POSITION_ENCODING[p].label,
    shape: 'rectangle',
    fill: POSITION_ENCODING[p].colour,
    stroke: '#ffffff',
    dashed: false,
  }));
}

function cellSvg(cell: MatrixCell, x: number, y: number, font: number): string {
  const L = MATRIX_LAYOUT;
  const w = L.column - 4;
  const h = L.row - 4;
  const x0 = x + 2;
  const y0 = y + 2;
  if (cell.actorIds.length === 0) return '';
  if (cell.position) {
    const colour = POSITION_ENCODING[cell.position].colour;
    const opacity = Math.min(1, 0.45 + 0.18 * (cell.priority ?? 1));
    return (
      `<rect x="${n2(x0)}" y="${n2(y0)}" width="${w}" height="${h}" rx="2" fill="${colour}" fill-opacity="${n2(opacity)}"/>` +
      textSvg(x + L.column / 2, y + L.row / 2, SIGN[cell.position], {
        size: font,
        weight: 'bold',
        fill: '#ffffff',
        anchor: 'middle',
        baseline: 'central',
      })
    );
  }
  const total = cell.actorIds.length;
  let at = x0;
  const parts = POSITIONS.filter((p) => cell.counts[p] > 0).map((p) => {
    const width = (w * cell.counts[p]) / total;
    const part = `<rect x="${n2(at)}" y="${n2(y0)}" width="${n2(width)}" height="${h}" fill="${POSITION_ENCODING[p].colour}"/>`;
    at += width;
    return part;
  });
  return (
    parts.join('') +
    textSvg(x + L.column / 2, y + L.row / 2, String(total), {
      size: font,
      weight: 'bold',
      anchor: 'middle',
      baseline: 'central',
      halo: true,
    })
  );
}

export interface MatrixFigureInput {
  matrix: Matrix;
  /** The page's row order ('themes', 'name', 'sector' or 'theme:<id>'). */
  sort: string;
  /** "Actors", "Sectors"…: the corner's heading. */
  rowsLabel: string;
  /** The picked cell ("rowKey@themeId"), outlined as on the page. */
  picked: string | null;
  measure: Measure;
}

export function matrixFigure(input: MatrixFigureInput): Figure {
  const L = MATRIX_LAYOUT;
  const { matrix, measure } = input;
  const rows: MatrixRow[] = sortRows(matrix.rows, input.sort);
  const heads = matrix.columns.map((c) => fitText(c.name, L.headWidth, L.fontPx, measure));
  const longest = Math.max(40, ...heads.map((h) => measure(h, L.fontPx)));
  const header = Math.ceil(longest + L.fontPx + 12);
  const gridW = matrix.columns.length * L.column;
  const labelWidth = Math.round(
    Math.min(L.labelMax, Math.max(L.labelMin, ...rows.map((r) => measure(r.label, L.fontPx, true) + 14))),
  );
  const body: FigureBody = {
    width: labelWidth + gridW + 4,
    height: header + rows.length * L.row,
    table: { header, rows: rows.map(() => L.row) },
    draw: (o) => {
      const font = Math.max(L.fontPx, o.minFontPx);
      const from = o.rows?.from ?? 0;
      const to = o.rows?.to ?? rows.length;
      const out: string[] = ['<g class="matrix">'];
      out.push(
        textSvg(0, header - 6, `${input.rowsLabel} (${rows.length})`, { size: font, weight: 'bold', fill: '#33404d' }),
      );
      heads.forEach((name, i) => {
        const x = labelWidth + i * L.column + L.column / 2 + font * 0.35;
        const y = header - 6;
        out.push(
          textSvg(x, y, name, {
            size: font,
            fill: '#1d2733',
            className: 'theme-head',
            transform: `rotate(-90 ${n2(x)} ${n2(y)})`,
          }),
        );
      });
      out.push(
        `<line x1="0" y1="${header}" x2="${labelWidth + gridW}" y2="${header}" stroke="#8a96a3" stroke-width="1"/>`,
      );
      rows.slice(from, to).forEach((row, i) => {
        const y = header + i * L.row;
        if (i % 2 === 1)
          out.push(`<rect x="0" y="${n2(y)}" width="${labelWidth + gridW}" height="${L.row}" fill="#f4f6f8"/>`);
        const label = fitText(row.label, labelWidth - 8, font, measure, true);
        const rest = labelWidth - 8 - measure(label, font, true) - 6;
        const sub = row.sublabel && rest > 30 ? fitText(row.sublabel, rest, font, measure) : '';
        out.push(
          `<text class="row-label" x="0" y="${n2(y + L.row / 2)}" font-size="${n2(font)}" dominant-baseline="central" fill="#1d2733"><tspan font-weight="bold">${xml(label)}</tspan>${sub ? `<tspan fill="#5b6673"> ${xml(sub)}</tspan>` : ''}</text>`,
        );
        matrix.columns.forEach((c, j) => {
          const cell = row.cells[c.id];
          const x = labelWidth + j * L.column;
          if (cell) out.push(cellSvg(cell, x, y, font));
          if (input.picked === `${row.key}@${c.id}`)
            out.push(
              `<rect x="${n2(x + 1)}" y="${n2(y + 1)}" width="${L.column - 2}" height="${L.row - 2}" fill="none" stroke="#111111" stroke-width="2"/>`,
            );
        });
      });
      for (let j = 0; j <= matrix.columns.length; j += 1) {
        const x = labelWidth + j * L.column;
        out.push(
          `<line x1="${x}" y1="${header}" x2="${x}" y2="${header + (to - from) * L.row}" stroke="#d5dbe1" stroke-width="0.5"/>`,
        );
      }
      out.push('</g>');
      return out.join('');
    },
  };
  return { body, legend: positionLegend(), name: 'Alignment matrix' };
}
