/**
 * What the alignment page's Export… draws for the page on screen: the overlap network (the graph as
 * drawn, with its theme regions), the matrix and the influence grid from their data, or the partner
 * suggestions (graph and ranked list). Kept in a ref the page reads when the dialog opens, so the
 * panels (AlignmentMatrix, PartnerFinder…) need not know about exports.
 */
import { useEffect, type MutableRefObject } from 'react';

import type { AlignState } from '../../core/alignment/alignState';
import type { GridPoint } from '../../core/alignment/grid';
import type { Matrix } from '../../core/alignment/matrix';
import type { AlignGraph, ThemeRegion } from '../../core/alignment/overlap';
import type { Figure } from '../../core/export/figure';
import { gridFigure } from '../../core/export/gridFigure';
import { overlapLegend } from '../../core/export/legend';
import { matrixFigure } from '../../core/export/matrixFigure';
import { partnersFigure, partnersLegend, type PartnerRow } from '../../core/export/partnersFigure';
import type { PartnerSuggestion } from '../../data/alignment';
import type { ActorBriefFragment as ActorBrief } from '../../data/generated/graphql';
import { canvasMeasure } from '../../graph/export/compose';
import type { GraphExporter } from '../../graph/export/exporter';

/** One page's picture, for the page's export dialog (which adds the source caption). */
export interface FigureSource {
  name: string;
  /** What the picture shows, for the caption: "48 actors compared on 12 themes". */
  summary: string;
  figure(): Figure | null;
  unavailable: string | null;
}

const ROW_WORDS: Record<AlignState['rows'], string> = {
  actor: 'Actors',
  sector: 'Sectors',
  country: 'Countries',
  'sector-country': 'Sector × country groups',
};

export interface ExportableInput {
  state: AlignState;
  graph: AlignGraph | null;
  regions: ThemeRegion[];
  exporter: GraphExporter | null;
  matrix: Matrix | null;
  picked: string | null;
  points: GridPoint[];
  gridThemeName: string;
  anchor: ActorBrief | null;
  suggestions: PartnerSuggestion[] | undefined;
}

function partnerRow(a: ActorBrief, shortlist: readonly string[], s?: PartnerSuggestion): PartnerRow {
  return {
    name: a.acronym && !a.name.includes(a.acronym) ? `${a.name} (${a.acronym})` : a.name,
    sector: a.sector,
    country: a.country ? { id: a.country.id, name: a.country.name } : null,
    score: s?.score ?? 0,
    crossBorder: s?.crossBorder ?? false,
    explanation: s?.explanation ?? '',
    themes: (s?.sharedThemes ?? []).map((t) => ({
      name: t.theme.name,
      position: t.position,
      partnerPosition: t.partnerPosition,
    })),
    shortlisted: shortlist.includes(a.id),
  };
}

export function figureSource(x: ExportableInput): FigureSource {
  const page = x.state.page;
  const measure = canvasMeasure;
  const sectors = new Set(x.graph?.nodes.map((n) => n.sector) ?? []);
  if (page === 'matrix') {
    const m = x.matrix;
    const rowsLabel = ROW_WORDS[x.state.rows];
    return {
      name: 'Alignment matrix',
      summary: m ? `${m.rows.length} ${rowsLabel.toLowerCase()} on ${m.columns.length} themes` : '',
      unavailable: m ? null : 'The matrix is still loading.',
      figure: () =>
        m ? matrixFigure({ matrix: m, sort: x.state.sort, rowsLabel, picked: x.picked, measure: measure() }) : null,
    };
  }
  if (page === 'grid') {
    return {
      name: 'Influence × alignment grid',
      summary: `${x.points.length} actors with a position on ${x.gridThemeName}`,
      unavailable: x.points.length > 0 ? null : 'No actor has a known position on this theme.',
      figure: () =>
        gridFigure({ points: x.points, themeName: x.gridThemeName, quadrant: x.state.quadrant, measure: measure() }),
    };
  }
  if (page === 'partners') {
    const anchor = x.anchor;
    const suggestions = x.suggestions ?? [];
    return {
      name: 'Partner suggestions',
      summary: anchor ? `${suggestions.length} suggested partners for ${anchor.name}` : '',
      unavailable: anchor ? null : 'Pick an actor first: the export shows its suggested partners.',
      figure: () =>
        anchor
          ? partnersFigure({
              anchor: partnerRow(anchor, []),
              rows: suggestions.map((s) => partnerRow(s.actor, x.state.shortlist, s)),
              graph: x.exporter?.figure({ full: true }).body ?? null,
              legend: partnersLegend(sectors),
              measure: measure(),
            })
          : null,
    };
  }
  if (page !== 'overlap')
    return { name: 'This page', summary: '', unavailable: 'This page has no picture export.', figure: () => null };
  const nodes = x.graph?.nodes.length ?? 0;
  const edges = x.graph?.edges.length ?? 0;
  return {
    name: 'Overlap network',
    summary: `${nodes} actors, ${edges} overlaps of at least ${x.state.minShared} shared theme${x.state.minShared === 1 ? '' : 's'}${x.state.crossSectorOnly ? ' across sectors' : ''}`,
    unavailable: x.exporter ? null : 'The overlap network is still being drawn.',
    figure: () =>
      x.exporter?.figure({
        full: true,
        legend: () => overlapLegend(sectors, x.regions),
        name: 'Overlap network',
      }) ?? null,
  };
}

/** Keeps `ref` on the current page's figure source. */
export function useExportable(ref: MutableRefObject<FigureSource | null> | undefined, input: ExportableInput): void {
  useEffect(() => {
    if (!ref) return;
    ref.current = figureSource(input);
  });
  useEffect(
    () => () => {
      if (ref) ref.current = null;
    },
    [ref],
  );
}
