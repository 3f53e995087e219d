/**
 * A picture of any view — the graph, the matrix, the grid, the partner list — as a body framed with the
 * title, date, legend and caption (frame.ts). One standalone SVG for the SVG and PNG exports; the same
 * figure fitted to A4 landscape pages for the PDF, where no text is smaller than 7 pt (long tables run
 * over several pages, their header repeated). Pure: bodies write SVG strings; tests read them.
 */
import { LABEL_FONT } from '../labels/fontStack';
import { estimateWidth, FRAME, layoutFrame, pageBox, type Decorations, type Measure } from './frame';
import type { LegendEntry } from './legend';
import { dashArray, shapePath } from './shapes';

export interface DrawOptions {
  /** Text smaller than this (in body units) is drawn at this size: the PDF's 7 pt once the body is scaled. */
  minFontPx: number;
  measure: Measure;
  /** Tables only: draw the rows [from, to) under the header (every row by default). */
  rows?: { from: number; to: number };
}

export interface FigureBody {
  width: number;
  height: number;
  /** SVG elements in body units, origin at the top left. */
  draw(options: DrawOptions): string;
  /** A table that may run over several PDF pages: its header's height (repeated) and each row's height. */
  table?: { header: number; rows: number[] };
}

export interface Figure {
  body: FigureBody;
  legend: LegendEntry[];
  /** The SVG's <title> and the PDF's title when the picture has none ("Alignment matrix"). */
  name: string;
}

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

export function xml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A number as SVG writes it: at most two decimals. */
export const n2 = (v: number): string => (Math.round(v * 100) / 100).toString();

/** "rgba(78, 121, 167, 0.16)" or "#4e79a7" → a hex colour and its alpha. */
export function parseColour(value: string): { hex: string; alpha: number } {
  const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+))?\s*\)/.exec(value);
  if (!m) return { hex: value || '#000000', alpha: 1 };
  const hex = `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
  return { hex, alpha: m[4] === undefined ? 1 : Number(m[4]) };
}

/** The white outline labels carry on the map (Cytoscape's text-outline), drawn under the glyphs. */
export const HALO = { colour: '#ffffff', width: 3, opacity: 0.9 };

export interface TextStyle {
  size: number;
  fill?: string;
  weight?: 'normal' | 'bold';
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** 'central': y is the middle of the line (labels); default: y is the baseline. */
  baseline?: 'central';
  /** A white outline under the glyphs (stroke, paint-order) so the text reads over lines and areas. */
  halo?: boolean | { colour: string; width: number; opacity: number };
  opacity?: number;
  className?: string;
  /** e.g. "rotate(-60 10 20)" */
  transform?: string;
}

export function haloAttrs(halo: TextStyle['halo']): string {
  if (!halo) return '';
  const h = halo === true ? HALO : halo;
  return ` stroke="${xml(h.colour)}" stroke-width="${n2(h.width)}" stroke-opacity="${n2(h.opacity)}" stroke-linejoin="round" paint-order="stroke"`;
}

function textAttrs(s: TextStyle): string {
  return [
    s.className ? ` class="${xml(s.className)}"` : '',
    ` font-size="${n2(s.size)}"`,
    s.weight === 'bold' ? ' font-weight="bold"' : '',
    s.italic ? ' font-style="italic"' : '',
    ` fill="${xml(s.fill ?? '#1d2733')}"`,
    s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '',
    s.baseline ? ` dominant-baseline="${s.baseline}"` : '',
    haloAttrs(s.halo),
    s.opacity !== undefined && s.opacity < 0.999 ? ` opacity="${n2(s.opacity)}"` : '',
    s.transform ? ` transform="${xml(s.transform)}"` : '',
  ].join('');
}

/** One line of text. */
export function textSvg(x: number, y: number, text: string, style: TextStyle): string {
  return `<text x="${n2(x)}" y="${n2(y)}"${textAttrs(style)}>${xml(text)}</text>`;
}

/** Several lines, one <tspan> each, `lineHeight` apart from y. */
export function linesSvg(x: number, y: number, lines: string[], lineHeight: number, style: TextStyle): string {
  const spans = lines
    .map((line, i) => `<tspan x="${n2(x)}" y="${n2(y + i * lineHeight)}">${xml(line)}</tspan>`)
    .join('');
  return `<text${textAttrs(style)}>${spans}</text>`;
}

/** Cuts a text to `maxWidth` with an ellipsis. */
export function fitText(text: string, maxWidth: number, px: number, measure: Measure, bold = false): string {
  if (measure(text, px, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, px, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function legendSvg(entries: LegendEntry[], x: number, y: number): string {
  const parts = [textSvg(x, y + FRAME.legendTitlePx, 'Legend', { size: FRAME.legendTitlePx, weight: 'bold' })];
  entries.forEach((entry, i) => {
    const cy = y + FRAME.legendTitlePx + 14 + i * FRAME.legendRow + FRAME.legendRow / 2;
    if (entry.type === 'node') {
      const dash = entry.dashed ? ' stroke-dasharray="3 2"' : '';
      const opacity = entry.fillOpacity !== undefined ? ` fill-opacity="${n2(entry.fillOpacity)}"` : '';
      parts.push(
        `<path d="${shapePath(entry.shape, x + 9, cy, 16, 16)}" fill="${xml(entry.fill)}"${opacity} stroke="${xml(entry.stroke)}" stroke-width="1.8"${dash}/>`,
      );
    } else {
      const dash = dashArray(entry.dash, entry.width);
      parts.push(
        `<line x1="${n2(x)}" y1="${n2(cy)}" x2="${n2(x + 22)}" y2="${n2(cy)}" stroke="${xml(entry.colour)}" stroke-width="${entry.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
    }
    parts.push(textSvg(x + 30, cy, entry.label, { size: FRAME.legendPx, baseline: 'central' }));
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

export interface FramedOptions {
  decor: Decorations;
  /** @font-face rules (data URLs) to embed; empty: the viewer's installed fonts are used. */
  fontCss?: string;
  measure?: Measure;
  /** The body is drawn at this scale (PDF pages); 1 by default. */
  scale?: number;
  /** See DrawOptions. */
  minFontPx?: number;
  rows?: { from: number; to: number };
  /** The frame is at least this wide (a page), so the caption wraps at its width. */
  minWidth?: number;
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
}

function bodyHeight(body: FigureBody, rows: FramedOptions['rows']): number {
  if (!body.table || !rows) return body.height;
  return body.table.header + body.table.rows.slice(rows.from, rows.to).reduce((a, b) => a + b, 0);
}

/** The figure as one standalone SVG document. */
export function writeFigureSvg(figure: Figure, options: FramedOptions): FramedSvg {
  const { decor } = options;
  const measure = options.measure ?? estimateWidth;
  const k = options.scale ?? 1;
  const legend = decor.legend ? figure.legend : [];
  const bw = figure.body.width * k;
  const bh = bodyHeight(figure.body, options.rows) * k;
  const frame = layoutFrame(bw, bh, decor, legend.length, measure, options.minWidth ?? 0);
  const title = decor.title.trim();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${xml(LABEL_FONT)}">`,
    `<title>${xml(title || figure.name)}</title>`,
  ];
  if (options.fontCss) out.push(`<defs><style>${options.fontCss}</style></defs>`);
  if (decor.background === 'white') out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (frame.title)
    out.push(textSvg(frame.title.x, frame.title.y, title, { size: FRAME.titlePx, weight: 'bold', className: 'title' }));
  if (frame.date && decor.date)
    out.push(
      textSvg(frame.date.x, frame.date.y, decor.date, { size: FRAME.datePx, fill: '#5b6673', className: 'date' }),
    );
  const transform = `translate(${n2(frame.graph.x)} ${n2(frame.graph.y)})${k !== 1 ? ` scale(${Math.round(k * 10000) / 10000})` : ''}`;
  out.push(`<g class="body" transform="${transform}">`);
  out.push(figure.body.draw({ minFontPx: options.minFontPx ?? 0, measure, rows: options.rows }));
  out.push('</g>');
  if (frame.legend) out.push(legendSvg(legend, frame.legend.x, frame.legend.y));
  if (frame.caption) {
    const c = frame.caption;
    out.push(
      linesSvg(c.x, c.y, c.lines, c.lineHeight, { size: FRAME.captionPx, fill: '#5b6673', className: 'caption' }),
    );
  }
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width: frame.width, height: frame.height };
}

/** A4 landscape in CSS pixels (96 per inch): 297 × 210 mm. PDF points are 0.75 of these. */
export const A4_LANDSCAPE = { width: 841.89 / 0.75, height: 595.28 / 0.75 };
export const PT_PER_PX = 0.75;
/** The smallest text on a PDF page, in points. */
export const MIN_TEXT_PT = 7;
/** A small figure is enlarged to fill the page, up to this factor. */
const MAX_ENLARGE = 1.6;

export interface PdfPage extends FramedSvg {
  /** The scale the body is drawn at, and the font floor that gives 7 pt at it (body units). */
  scale: number;
  minFontPx: number;
}

/** The figure on A4 landscape pages, every text at least 7 pt; a table runs over as many pages as it needs. */
export function pdfPages(figure: Figure, decor: Decorations, measure: Measure = estimateWidth): PdfPage[] {
  const page = A4_LANDSCAPE;
  const legendRows = decor.legend ? figure.legend.length : 0;
  const box = pageBox(page.width, page.height, decor, legendRows, measure);
  const body = figure.body;
  const floor = (k: number) => MIN_TEXT_PT / PT_PER_PX / k;
  const one = (k: number, d: Decorations, rows?: { from: number; to: number }): PdfPage => ({
    ...writeFigureSvg(figure, { decor: d, measure, scale: k, minFontPx: floor(k), rows, minWidth: page.width }),
    scale: k,
    minFontPx: floor(k),
  });
  if (!body.table) return [one(Math.min(MAX_ENLARGE, box.w / body.width, box.h / body.height), decor)];
  const { header, rows } = body.table;
  const k = Math.min(1, box.w / body.width);
  const room = box.h / k - header;
  const slices: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < rows.length || slices.length === 0;) {
    let to = from;
    let used = 0;
    while (to < rows.length && (to === from || used + (rows[to] ?? 0) <= room)) {
      used += rows[to] ?? 0;
      to += 1;
    }
    slices.push({ from, to });
    if (to === from) break;
    from = to;
  }
  return slices.map((rowsOfPage, i) => {
    if (slices.length === 1) return one(k, decor, rowsOfPage);
    const label = `page ${i + 1} of ${slices.length}`;
    const title = decor.title.trim();
    return one(k, { ...decor, title: title ? `${title} (${label})` : `${figure.name} (${label})` }, rowsOfPage);
  });
}

/** A body drawn at `scale` (a graph shrunk to sit beside a list); its text floor scales with it. */
export function scaledBody(body: FigureBody, scale: number): FigureBody {
  return {
    width: body.width * scale,
    height: body.height * scale,
    draw: (o) =>
      `<g transform="scale(${Math.round(scale * 10000) / 10000})">${body.draw({ ...o, minFontPx: o.minFontPx / scale, rows: undefined })}</g>`,
  };
}

/** Two bodies side by side, tops aligned, `gap` apart. */
export function besideBodies(left: FigureBody, right: FigureBody, gap: number): FigureBody {
  return {
    width: left.width + gap + right.width,
    height: Math.max(left.height, right.height),
    draw: (o) =>
      `${left.draw({ ...o, rows: undefined })}<g transform="translate(${n2(left.width + gap)} 0)">${right.draw({ ...o, rows: undefined })}</g>`,
  };
}
