/**
 * Any figure (core/export/figure.ts) as a file: SVG with its fonts embedded, PNG drawn from that SVG
 * at the asked scale, or the vector PDF on A4 pages (pdf.ts). The alignment pages export through this;
 * the explorer too for SVG and PDF (its PNG is Cytoscape's own canvas, see exporter.ts).
 */
import { pdfPages, writeFigureSvg, type Figure } from '../../core/export/figure';
import type { Decorations } from '../../core/export/frame';
import { clampScale, type PictureFormat } from '../../core/export/names';
import { withPngText } from '../../core/export/png';
import { canvasBlob, canvasMeasure } from './compose';
import { embeddedFontCss } from './fontCss';
import { writePdf } from './pdf';

export interface FigureOptions {
  format: PictureFormat;
  /** PNG: pixels per CSS pixel (1–4), lowered when the canvas would be too large. */
  scale: number;
  decor: Decorations;
  /** SVG and PNG: inline the label fonts so any viewer shapes the scripts (default true). */
  embedFonts?: boolean;
}

function textOf(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.getElementsByTagName('text'))
    .map((t) => t.textContent ?? '')
    .join(' ');
}

async function svgWithFonts(figure: Figure, decor: Decorations, embed: boolean) {
  const measure = canvasMeasure();
  const plain = writeFigureSvg(figure, { decor, measure });
  if (!embed) return plain;
  const fontCss = await embeddedFontCss(textOf(plain.svg));
  return writeFigureSvg(figure, { decor, measure, fontCss });
}

async function rasterise(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    // The embedded fonts are data URLs: the image is decoded with them.
    await image.decode();
    const s = clampScale(width, height, scale);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function figurePicture(figure: Figure, options: FigureOptions): Promise<Blob> {
  const embed = options.embedFonts !== false;
  if (options.format === 'pdf') {
    const decor: Decorations = { ...options.decor, background: 'white' };
    const pages = pdfPages(figure, decor, canvasMeasure());
    return writePdf(pages, { title: decor.title.trim() || figure.name, subject: decor.caption ?? '' });
  }
  const out = await svgWithFonts(figure, options.decor, embed || options.format === 'png');
  if (options.format === 'svg') return new Blob([out.svg], { type: 'image/svg+xml;charset=utf-8' });
  return titledPng(await rasterise(out.svg, out.width, out.height, options.scale), options.decor, figure.name);
}

/** The PNG with its title and caption as text chunks (png.ts). */
export async function titledPng(png: Blob, decor: Decorations, name: string): Promise<Blob> {
  const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), {
    Title: decor.title.trim() || name,
    Description: decor.caption,
    Software: 'Reform Atlas',
  });
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
