/**
 * Where the title, date, legend and caption sit around the graph in an exported picture, in CSS
 * pixels (the PNG multiplies by its scale; the SVG uses them as user units). Pure: the caller passes
 * a text measurer (canvas measureText in the browser, an estimate in tests).
 */
export interface Decorations {
  title: string;
  legend: boolean;
  /** The date line, e.g. "Exported 2025-05-01"; null to leave it out. */
  date: string | null;
  /** The data-source caption; null to leave it out. */
  caption: string | null;
  background: 'white' | 'transparent';
}

export type Measure = (text: string, fontPx: number, bold?: boolean) => number;

/** A rough width for tests and for when no canvas is at hand (average glyph ≈ 0.55 em). */
export const estimateWidth: Measure = (text, fontPx, bold = false) => [...text].length * fontPx * (bold ? 0.6 : 0.55);

export const FRAME = {
  margin: 24,
  titlePx: 24,
  datePx: 13,
  captionPx: 12,
  legendTitlePx: 14,
  legendPx: 12,
  legendRow: 22,
  legendWidth: 250,
  gap: 16,
};

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Frame {
  width: number;
  height: number;
  graph: Rect;
  /** Baselines of the header texts. */
  title: { x: number; y: number } | null;
  date: { x: number; y: number } | null;
  legend: Rect | null;
  caption: { x: number; y: number; lines: string[]; lineHeight: number } | null;
}

/** Greedy word wrap; a word longer than the width (or a script written without spaces) stays whole. */
export function wrapText(text: string, maxWidth: number, fontPx: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, fontPx) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

export function layoutFrame(
  graphW: number,
  graphH: number,
  decor: Decorations,
  legendRows: number,
  measure: Measure = estimateWidth,
  /** At least this wide (a PDF page): the caption wraps at this width. */
  minWidth = 0,
): Frame {
  const m = FRAME.margin;
  const hasHeader = decor.title.trim().length > 0 || decor.date !== null;
  const showLegend = decor.legend && legendRows > 0;
  const legendH = showLegend ? FRAME.legendTitlePx + 14 + legendRows * FRAME.legendRow : 0;
  const graphTop = hasHeader
    ? m + FRAME.titlePx + (decor.title.trim() && decor.date ? FRAME.datePx + 10 : 0) + FRAME.gap
    : m;
  const width = Math.max(minWidth, m + graphW + (showLegend ? FRAME.gap + FRAME.legendWidth : 0) + m);
  const bodyH = Math.max(graphH, legendH);
  const captionLines = decor.caption ? wrapText(decor.caption, width - 2 * m, FRAME.captionPx, measure) : [];
  const lineHeight = FRAME.captionPx * 1.4;
  const captionTop = graphTop + bodyH + FRAME.gap;
  const height = captionLines.length > 0 ? captionTop + captionLines.length * lineHeight + m : graphTop + bodyH + m;
  let title: Frame['title'] = null;
  let date: Frame['date'] = null;
  if (decor.title.trim()) {
    title = { x: m, y: m + FRAME.titlePx * 0.85 };
    if (decor.date !== null) date = { x: m, y: m + FRAME.titlePx + 10 + FRAME.datePx * 0.85 };
  } else if (decor.date !== null) {
    date = { x: m, y: m + FRAME.datePx * 0.85 };
  }
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    graph: { x: m, y: graphTop, w: graphW, h: graphH },
    title,
    date,
    legend: showLegend ? { x: m + graphW + FRAME.gap, y: graphTop, w: FRAME.legendWidth, h: legendH } : null,
    caption:
      captionLines.length > 0 ? { x: m, y: captionTop + lineHeight * 0.75, lines: captionLines, lineHeight } : null,
  };
}

/**
 * The largest graph box a page of `pageW` × `pageH` leaves once the margins, the header, the legend
 * column and the caption (wrapped at the page width) have their room.
 */
export function pageBox(
  pageW: number,
  pageH: number,
  decor: Decorations,
  legendRows: number,
  measure: Measure = estimateWidth,
): { w: number; h: number } {
  const f = layoutFrame(1, 1, decor, legendRows, measure, pageW);
  const captionH = f.caption ? FRAME.gap + f.caption.lines.length * f.caption.lineHeight : 0;
  return {
    w: Math.max(1, pageW - 2 * FRAME.margin - (f.legend ? FRAME.gap + FRAME.legendWidth : 0)),
    h: Math.max(1, pageH - f.graph.y - captionH - FRAME.margin),
  };
}
