/**
 * The export façade the page holds (through GraphView's exporterRef): pictures of exactly what the
 * graph shows, and the ids of what is visible for data exports. Components never see Cytoscape.
 *
 * PDF: jsPDF with the composited PNG embedded at print resolution (about 300 dpi on A4 landscape).
 * Text shaping therefore comes from the browser's canvas, which shapes every script correctly; the
 * trade-off is that PDF text is not selectable (the SVG export is the vector, text-as-text format).
 */
import type { Core } from 'cytoscape';

import type { Decorations } from '../../core/export/frame';
import { legendEntries } from '../../core/export/legend';
import { clampScale, type PictureFormat } from '../../core/export/names';
import { captureScene } from './capture';
import { canvasBlob, canvasMeasure, composePicture } from './compose';
import { embeddedFontCss } from './fontCss';
import { writeSvg } from './svg';

export interface PictureOptions {
  format: PictureFormat;
  /** PNG: pixels per CSS pixel (1–4), lowered when the canvas would be too large. */
  scale: number;
  /** true: the whole graph; false: the visible area only. */
  full: boolean;
  decor: Decorations;
  /** SVG: inline the label fonts so any viewer shapes the scripts (default true). */
  embedFonts?: boolean;
}

export interface GraphExporter {
  /** Ids of the nodes drawn now (filters applied), in Cytoscape's order. */
  visibleNodeIds(): string[];
  /** How many nodes and links are drawn now. */
  counts(): { nodes: number; edges: number };
  /** The PNG's size in pixels for this scale, after clamping. */
  pngSize(scale: number, full: boolean): { width: number; height: number; scale: number };
  picture(options: PictureOptions): Promise<Blob>;
}

/** A4 landscape: 297 × 210 mm, 10 mm margins → 277 mm ≈ 3272 px at 300 dpi. */
const PDF_PAGE = { width: 297, height: 210, margin: 10, targetPx: 3272 };

function graphSize(cy: Core, full: boolean): { w: number; h: number } {
  if (!full) return { w: cy.width(), h: cy.height() };
  const bb = cy.elements(':visible').boundingBox({});
  return { w: Math.max(1, bb.w), h: Math.max(1, bb.h) };
}

async function rasterGraph(cy: Core, scale: number, full: boolean): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full, scale });
}

export function createExporter(getCy: () => Core | null): GraphExporter {
  const need = (): Core => {
    const cy = getCy();
    if (!cy || cy.destroyed())
      throw new Error('The graph is not on screen: switch to the graph or split view to export a picture.');
    return cy;
  };
  return {
    visibleNodeIds: () => {
      const cy = getCy();
      return cy ? cy.nodes(':visible').map((n) => n.id()) : [];
    },
    counts: () => {
      const cy = getCy();
      return cy ? { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length } : { nodes: 0, edges: 0 };
    },
    pngSize: (scale, full) => {
      const cy = getCy();
      if (!cy) return { width: 0, height: 0, scale };
      const { w, h } = graphSize(cy, full);
      const s = clampScale(w, h, scale);
      return { width: Math.round(w * s), height: Math.round(h * s), scale: s };
    },
    picture: async (options) => {
      const cy = need();
      const measure = canvasMeasure();
      if (options.format === 'svg') {
        const scene = captureScene(cy, { full: options.full, measure });
        const legend = options.decor.legend ? legendEntries(scene.present) : [];
        const text = [
          options.decor.title,
          options.decor.caption ?? '',
          options.decor.date ?? '',
          ...legend.map((e) => e.label),
          ...scene.nodes.flatMap((n) => n.lines),
        ].join(' ');
        const fontCss = options.embedFonts === false ? '' : await embeddedFontCss(`Legend ${text}`);
        return new Blob([writeSvg(scene, { decor: options.decor, legend, fontCss, measure })], {
          type: 'image/svg+xml;charset=utf-8',
        });
      }
      const present = captureScene(cy, { full: options.full, measure }).present;
      const legend = options.decor.legend ? legendEntries(present) : [];
      const { w, h } = graphSize(cy, options.full);
      if (options.format === 'png') {
        const scale = clampScale(w, h, options.scale);
        const { canvas } = await composePicture(
          await rasterGraph(cy, scale, options.full),
          scale,
          options.decor,
          legend,
          measure,
        );
        return canvasBlob(canvas);
      }
      // PDF: render at the scale that gives ~300 dpi across the printable width, then fit the page.
      const roughWidth = w + 2 * 20 + 2 * 24 + (legend.length > 0 ? 266 : 0);
      const scale = clampScale(w, h, Math.min(4, Math.max(1, PDF_PAGE.targetPx / roughWidth)));
      const decor: Decorations = { ...options.decor, background: 'white' };
      const { canvas, frame } = await composePicture(
        await rasterGraph(cy, scale, options.full),
        scale,
        decor,
        legend,
        measure,
      );
      const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
      const { jsPDF } = await import('jspdf');
      const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
      doc.setProperties({
        title: decor.title.trim() || 'Reform Atlas network map',
        subject: decor.caption ?? '',
        creator: 'Reform Atlas',
      });
      const boxW = PDF_PAGE.width - 2 * PDF_PAGE.margin;
      const boxH = PDF_PAGE.height - 2 * PDF_PAGE.margin;
      const k = Math.min(boxW / frame.width, boxH / frame.height);
      const pw = frame.width * k;
      const ph = frame.height * k;
      doc.addImage(
        png,
        'PNG',
        PDF_PAGE.margin + (boxW - pw) / 2,
        PDF_PAGE.margin + (boxH - ph) / 2,
        pw,
        ph,
        undefined,
        'FAST',
      );
      return doc.output('blob');
    },
  };
}
