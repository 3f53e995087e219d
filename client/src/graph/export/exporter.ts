/**
 * The export façade the page holds (through GraphView's or AlignmentGraph's onExporter): pictures of
 * exactly what the graph shows, and the ids of what is visible for data exports. Components never see
 * Cytoscape.
 *
 * PNG is Cytoscape's own canvas composited with the frame (compose.ts): pixel for pixel what the map
 * shows. SVG and PDF are vector, from the captured scene (svg.ts, figureExport.ts): the PDF's text is
 * real text in embedded fonts, at least 7 pt on the A4 page.
 */
import type { Core } from 'cytoscape';

import type { Figure } from '../../core/export/figure';
import type { Decorations } from '../../core/export/frame';
import { legendEntries, type LegendEntry, type Present } from '../../core/export/legend';
import { clampScale, type PictureFormat } from '../../core/export/names';
import { captureScene, type CaptureOptions } from './capture';
import { canvasBlob, canvasMeasure, composePicture } from './compose';
import { figurePicture, titledPng } from './figureExport';
import { sceneFigure } from './svg';

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
  /** The graph as a figure for the vector exports, with the legend `legend` makes of what is drawn. */
  figure(options: FigureOfGraph): Figure;
}

export interface FigureOfGraph {
  full: boolean;
  legend?(present: Present): LegendEntry[];
  name?: string;
}

function graphSize(cy: Core, full: boolean): { w: number; h: number } {
  if (!full) return { w: cy.width(), h: cy.height() };
  const bb = cy.elements(':visible').boundingBox({});
  return { w: Math.max(1, bb.w), h: Math.max(1, bb.h) };
}

async function rasterGraph(cy: Core, scale: number, full: boolean): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full, scale });
}

export function createExporter(
  getCy: () => Core | null,
  capture: Pick<CaptureOptions, 'keepHiddenLabels'> = {},
): GraphExporter {
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
    figure: (options) => {
      const scene = captureScene(need(), { ...capture, full: options.full, measure: canvasMeasure() });
      return sceneFigure(scene, (options.legend ?? legendEntries)(scene.present), options.name);
    },
    picture: async (options) => {
      const cy = need();
      const measure = canvasMeasure();
      if (options.format !== 'png') {
        const scene = captureScene(cy, { ...capture, full: options.full, measure });
        const legend = options.decor.legend ? legendEntries(scene.present) : [];
        return figurePicture(sceneFigure(scene, legend), {
          format: options.format,
          scale: options.scale,
          decor: options.decor,
          embedFonts: options.embedFonts,
        });
      }
      const present = captureScene(cy, { ...capture, full: options.full, measure }).present;
      const legend = options.decor.legend ? legendEntries(present) : [];
      const { w, h } = graphSize(cy, options.full);
      const scale = clampScale(w, h, options.scale);
      const { canvas } = await composePicture(
        await rasterGraph(cy, scale, options.full),
        scale,
        options.decor,
        legend,
        measure,
      );
      return titledPng(await canvasBlob(canvas), options.decor, 'Reform Atlas network map');
    },
  };
}
