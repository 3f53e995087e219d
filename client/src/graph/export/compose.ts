/**
 * Raster pictures: Cytoscape's own PNG of the graph (exactly what the canvas shows) composited on a
 * bigger canvas with the title, date, legend and caption. The browser's text engine shapes the
 * decorations, as it shapes the labels, so every script comes out right in PNG and in the PDF.
 */
import { FRAME, layoutFrame, type Decorations, type Frame, type Measure } from '../../core/export/frame';
import type { LegendEntry } from '../../core/export/legend';
import { dashArray, shapePath } from '../../core/export/shapes';
import { LABEL_FONT } from '../style';
import { GRAPH_PADDING } from './svg';

export function canvasMeasure(): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return (text, px, bold = false) => {
    if (!ctx) return [...text].length * px * 0.55;
    ctx.font = `${bold ? 'bold ' : ''}${px}px ${LABEL_FONT}`;
    return ctx.measureText(text).width;
  };
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], x: number, y: number): void {
  ctx.fillStyle = '#1d2733';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold ${FRAME.legendTitlePx}px ${LABEL_FONT}`;
  ctx.fillText('Legend', x, y + FRAME.legendTitlePx);
  entries.forEach((entry, i) => {
    const cy = y + FRAME.legendTitlePx + 14 + i * FRAME.legendRow + FRAME.legendRow / 2;
    ctx.save();
    if (entry.type === 'node') {
      const path = new Path2D(shapePath(entry.shape, x + 9, cy, 16, 16));
      ctx.fillStyle = entry.fill;
      ctx.fill(path);
      ctx.strokeStyle = entry.stroke;
      ctx.lineWidth = 1.8;
      if (entry.dashed) ctx.setLineDash([3, 2]);
      ctx.stroke(path);
    } else {
      ctx.strokeStyle = entry.colour;
      ctx.lineWidth = entry.width;
      const dash = dashArray(entry.dash, entry.width);
      if (dash) ctx.setLineDash(dash.split(' ').map(Number));
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + 22, cy);
      ctx.stroke();
    }
    ctx.restore();
    ctx.fillStyle = '#1d2733';
    ctx.font = `${FRAME.legendPx}px ${LABEL_FONT}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.label, x + 30, cy);
    ctx.textBaseline = 'alphabetic';
  });
}

export interface Composed {
  canvas: HTMLCanvasElement;
  frame: Frame;
}

/**
 * `graph` is Cytoscape's PNG rendered at `scale`; the result is the framed picture at the same scale.
 */
export async function composePicture(
  graph: Blob,
  scale: number,
  decor: Decorations,
  legend: LegendEntry[],
  measure: Measure,
): Promise<Composed> {
  const image = await createImageBitmap(graph);
  const gw = image.width / scale;
  const gh = image.height / scale;
  const frame = layoutFrame(gw + 2 * GRAPH_PADDING, gh + 2 * GRAPH_PADDING, decor, legend.length, measure);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.scale(scale, scale);
  if (decor.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  ctx.drawImage(image, frame.graph.x + GRAPH_PADDING, frame.graph.y + GRAPH_PADDING, gw, gh);
  image.close();
  ctx.fillStyle = '#1d2733';
  if (frame.title) {
    ctx.font = `bold ${FRAME.titlePx}px ${LABEL_FONT}`;
    ctx.fillText(decor.title.trim(), frame.title.x, frame.title.y);
  }
  ctx.fillStyle = '#5b6673';
  if (frame.date && decor.date) {
    ctx.font = `${FRAME.datePx}px ${LABEL_FONT}`;
    ctx.fillText(decor.date, frame.date.x, frame.date.y);
  }
  if (frame.caption) {
    ctx.font = `${FRAME.captionPx}px ${LABEL_FONT}`;
    const c = frame.caption;
    c.lines.forEach((line, i) => ctx.fillText(line, c.x, c.y + i * c.lineHeight));
  }
  if (frame.legend) drawLegend(ctx, legend, frame.legend.x, frame.legend.y);
  return { canvas, frame };
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture is too large for this browser.'))), type),
  );
}
