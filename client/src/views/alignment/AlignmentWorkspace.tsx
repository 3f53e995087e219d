/**
 * One alignment page's body: its panel on the left (overlap controls, matrix, partner finder or
 * stakeholder grid) and the alignment graph brushed with it. Used by the page and by meeting mode,
 * which shows only what the page is about, the whole width of the screen (the graph, the grid or the
 * matrix), revealed layer by layer (core/meeting/story.ts).
 */
import { useEffect, useMemo, useState, type MutableRefObject } from 'react';

import { AlignmentMatrix } from '../../components/alignment/AlignmentMatrix';
import { InfluenceGrid } from '../../components/alignment/InfluenceGrid';
import { OverlapPanel } from '../../components/alignment/OverlapPanel';
import { PartnerFilters } from '../../components/alignment/PartnerFilters';
import { PartnerFinder } from '../../components/alignment/PartnerFinder';
import { ConfidenceSelect } from '../../components/ConfidenceSelect';
import { partnerFilterActive, toggle, type AlignState } from '../../core/alignment/alignState';
import { gridPoints, inQuadrant } from '../../core/alignment/grid';
import { buildMatrix, pickedCell } from '../../core/alignment/matrix';
import {
  defaultRegions,
  multiRegionActors,
  overlapGraph,
  partnerGraph,
  themeRegions,
  toAlignNode,
  type AlignGraph,
} from '../../core/alignment/overlap';
import type { Layer, Revealable } from '../../core/meeting/story';
import { COUNTRY_NAMES, SECTOR_ENCODING, type Sector } from '../../core/vocabulary';
import type { ActorBriefFragment as ActorBrief } from '../../data/generated/graphql';
import { fetchCatalogue } from '../../data/operations';
import { useQuery } from '../../data/useQuery';
import { AlignmentGraph, type GraphReveal } from '../../graph/AlignmentGraph';
import type { GraphExporter } from '../../graph/export/exporter';
import { isReportPage, ReportWorkspace } from './ReportWorkspace';
import { useAlignmentData, useSharedConfidence } from './useAlignment';
import { useExportable, type FigureSource } from './useExportable';

export interface AlignmentWorkspaceProps {
  state: AlignState;
  update(patch: Partial<AlignState>): void;
  /** The query string holding the shared filters. */
  search: string;
  /** Meeting mode: no controls, the page's picture the whole width, large labels. */
  presentation?: boolean;
  /** Meeting mode: the layer revealed so far, and its key (the graph says when its labels are chosen for it). */
  reveal?: { layer: Layer; key: string } | null;
  /** Meeting mode: what this view holds to reveal, once its data has come. */
  onRevealable?(revealable: Revealable): void;
  saveSlot?: React.ReactNode;
  /** Opens an actor in the explorer. */
  onActor?(id: string): void;
  /** Kept on the current page's picture, for the page's Export… (useExportable.ts). */
  exportRef?: MutableRefObject<FigureSource | null>;
}

const SECTOR_OPTIONS = Object.entries(SECTOR_ENCODING).map(([value, e]) => ({ value, label: e.label }));
/** The programme's countries and the region as a whole (a partner may work region-wide). */
const COUNTRY_OPTIONS = Object.entries(COUNTRY_NAMES).map(([value, label]) => ({ value, label }));

/** The report pages (gaps, landscape) have a body of their own; the others share the alignment graph. */
export function AlignmentWorkspace(props: AlignmentWorkspaceProps) {
  return isReportPage(props.state.page) ? <ReportWorkspace {...props} /> : <GraphWorkspace {...props} />;
}

function countSectors(sectors: Iterable<Sector | null>): Map<Sector, number> {
  const counts = new Map<Sector, number>();
  for (const s of sectors) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

function GraphWorkspace({
  state,
  update,
  search,
  presentation = false,
  reveal = null,
  onRevealable,
  saveSlot,
  exportRef,
}: AlignmentWorkspaceProps) {
  // The explorer's minimum confidence, shared through the address (`conf`): set here, it holds there too.
  const [minConfidence, shared, chooseConfidence] = useSharedConfidence(search);
  const { overlaps, alignment, partners } = useAlignmentData(state, shared);
  const catalogue = useQuery(state.page === 'partners' ? 'catalogue' : null, fetchCatalogue);
  const [selected, setSelected] = useState<string | null>(null);

  const actors = useMemo(() => {
    const m = new Map<string, ActorBrief>();
    for (const a of alignment.data?.actors ?? []) m.set(a.id, a);
    for (const a of overlaps.data?.nodes ?? []) m.set(a.id, a);
    for (const s of partners.data ?? []) m.set(s.actor.id, s.actor);
    return m;
  }, [alignment.data, overlaps.data, partners.data]);
  // Influence (1–5) comes with every actor brief: node size on the graph, height on the grid.
  const influence = useMemo(() => new Map([...actors.values()].map((a) => [a.id, a.influence])), [actors]);
  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  const themes = useMemo(() => alignment.data?.themes ?? [], [alignment.data]);

  const anchor = state.anchor ? (actors.get(state.anchor) ?? null) : null;
  const graph: AlignGraph | null = useMemo(() => {
    if (state.page === 'partners')
      return anchor && partners.data ? partnerGraph(anchor, partners.data, influence) : null;
    if (!overlaps.data) return null;
    const g = overlapGraph(overlaps.data, influence);
    if (state.page === 'overlap') return g;
    // The matrix and the grid show every actor compared, linked or not, so any cell can be brushed.
    const on = new Set(g.nodes.map((n) => n.id));
    return {
      nodes: [
        ...g.nodes,
        ...(alignment.data?.actors ?? []).filter((a) => !on.has(a.id)).map((a) => toAlignNode(a, influence)),
      ],
      edges: g.edges,
    };
  }, [state.page, anchor, partners.data, overlaps.data, alignment.data, influence]);

  const onGraph = useMemo(() => new Set(graph?.nodes.map((n) => n.id) ?? []), [graph]);
  const chosen = useMemo(
    () => state.bubbles ?? defaultRegions(overlaps.data?.edges ?? [], overlaps.data?.nodes.length ?? 0),
    [state.bubbles, overlaps.data],
  );
  const regions = useMemo(
    () => (state.page === 'overlap' ? themeRegions(chosen, themes, onGraph) : []),
    [state.page, chosen, themes, onGraph],
  );
  // Meeting mode: the theme regions come with the themes' layer.
  const regionsShown = reveal && !reveal.layer.themes ? [] : regions;
  const matrix = useMemo(
    () => (alignment.data ? buildMatrix(alignment.data, state.rows) : null),
    [alignment.data, state.rows],
  );
  // The picked cell is in the address (cell=<row>@<theme>); its actors are read from the matrix.
  const picked = useMemo(() => (matrix && state.cell ? pickedCell(matrix, state.cell) : null), [matrix, state.cell]);
  const gridTheme = state.gridTheme ?? themes[0]?.theme.id ?? null;
  const points = useMemo(
    () =>
      gridPoints(
        themes.find((t) => t.theme.id === gridTheme)?.positions ?? [],
        influence,
        (id) => actors.get(id)?.acronym ?? nameOf(id),
        nameOf,
        (id) => actors.get(id)?.sector ?? null,
      ),
    // nameOf reads `actors`, listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [themes, gridTheme, influence, actors],
  );

  const highlighted = useMemo(() => {
    if (state.page === 'matrix') return picked ? new Set(picked.actorIds) : null;
    if (state.page === 'grid') return state.quadrant ? inQuadrant(points, state.quadrant) : null;
    // Elsewhere a selected actor brings forward its links and their labels.
    if (selected && graph) {
      const near = new Set([selected]);
      for (const e of graph.edges) {
        if (e.source === selected) near.add(e.target);
        if (e.target === selected) near.add(e.source);
      }
      return near;
    }
    return null;
  }, [state.page, picked, state.quadrant, points, selected, graph]);
  const ties = useMemo(
    () =>
      selected && state.page !== 'matrix' && state.page !== 'grid' && graph
        ? graph.edges.filter((e) => e.source === selected || e.target === selected).map((e) => e.id)
        : null,
    [selected, state.page, graph],
  );

  // What meeting mode can reveal: the overlap network's actors by sector, then its themes; the grid's dots by sector.
  const revealable: Revealable | null = useMemo(() => {
    if (state.page === 'overlap' && graph && overlaps.data)
      return {
        sectors: countSectors(graph.nodes.map((n) => n.sector)),
        themes: regions.length > 0 || graph.edges.length > 0,
      };
    if (state.page === 'grid' && alignment.data)
      return { sectors: countSectors(points.map((p) => p.sector)), themes: false };
    return null;
  }, [state.page, graph, overlaps.data, alignment.data, regions, points]);
  // Said once the data has come: until then meeting mode draws nothing, rather than the whole view for a moment.
  useEffect(() => {
    if (revealable) onRevealable?.(revealable);
  }, [onRevealable, revealable]);
  const graphReveal: GraphReveal | null = useMemo(
    () =>
      reveal
        ? {
            sectors: reveal.layer.sectors ? new Set(reveal.layer.sectors) : null,
            themes: reveal.layer.themes,
            key: reveal.key,
          }
        : null,
    [reveal],
  );

  const [exporter, setExporter] = useState<GraphExporter | null>(null);
  useExportable(exportRef, {
    state,
    graph,
    regions,
    exporter,
    matrix,
    picked: picked?.key ?? null,
    points,
    gridThemeName: themes.find((t) => t.theme.id === gridTheme)?.theme.name ?? '',
    anchor,
    suggestions: partners.data,
  });

  const error = overlaps.error ?? alignment.error ?? partners.error;
  const sel = selected ? actors.get(selected) : undefined;

  let panel: React.ReactNode = null;
  if (state.page === 'overlap') {
    const several = multiRegionActors(regions);
    panel = (
      <OverlapPanel
        minShared={state.minShared}
        crossSectorOnly={state.crossSectorOnly}
        themes={themes.map((t) => ({ id: t.theme.id, name: t.theme.name, actorCount: t.actorCount }))}
        regions={regions}
        chosen={chosen}
        counts={
          overlaps.data
            ? {
                nodes: overlaps.data.nodes.length,
                edges: overlaps.data.edges.length,
                pairs: overlaps.data.pairCount,
                truncated: overlaps.data.truncated,
              }
            : null
        }
        inSeveral={[...several]
          .sort((a, b) => b[1] - a[1])
          .map(([id, count]) => ({ id, label: actors.get(id)?.acronym ?? nameOf(id), count }))}
        onMinShared={(minShared) => update({ minShared })}
        onCrossSector={(crossSectorOnly) => update({ crossSectorOnly })}
        onChosen={(bubbles) => update({ bubbles })}
        onSelect={setSelected}
      />
    );
  } else if (state.page === 'matrix' && matrix) {
    panel = (
      <AlignmentMatrix
        matrix={matrix}
        rows={state.rows}
        sort={state.sort}
        picked={picked}
        nameOf={nameOf}
        onRows={(rows) => update({ rows, cell: null })}
        onSort={(sort) => update({ sort: sort === 'theme' ? state.sort : sort })}
        onPick={(key) => update({ cell: key })}
        onActor={setSelected}
      />
    );
  } else if (state.page === 'partners') {
    panel = (
      <PartnerFinder
        actors={[...actors.values()].sort((a, b) => a.name.localeCompare(b.name))}
        anchor={anchor}
        suggestions={partners.data}
        loading={partners.loading}
        error={partners.error?.message ?? null}
        shortlist={state.shortlist}
        nameOf={nameOf}
        onAnchor={(id) => {
          update({ anchor: id, shortlist: [] });
          setSelected(null);
        }}
        onToggle={(id) => update({ shortlist: toggle(state.shortlist, id) })}
        onFocus={setSelected}
        filtered={partnerFilterActive(state.partnerFilter)}
        filters={
          <PartnerFilters
            filter={state.partnerFilter}
            sectors={SECTOR_OPTIONS}
            countries={COUNTRY_OPTIONS}
            themes={(catalogue.data?.themes ?? []).map((t) => ({ value: t.id, label: t.name }))}
            onChange={(partnerFilter) => update({ partnerFilter })}
          />
        }
      >
        {saveSlot}
      </PartnerFinder>
    );
  } else if (state.page === 'grid') {
    panel = (
      <InfluenceGrid
        themes={themes.map((t) => t.theme)}
        theme={gridTheme}
        points={points}
        quadrant={state.quadrant}
        selected={selected}
        onTheme={(id) => update({ gridTheme: id })}
        onQuadrant={(quadrant) => update({ quadrant })}
        onSelect={setSelected}
        presentation={presentation}
        revealed={graphReveal?.sectors ?? null}
      />
    );
  }

  const graphArea = (
    <div className="graph-area">
      <AlignmentGraph
        graph={graph}
        regions={regionsShown}
        highlighted={highlighted}
        ties={ties}
        shortlisted={state.page === 'partners' ? state.shortlist : []}
        selected={selected}
        layout={state.page === 'partners' ? 'concentric' : 'fcose'}
        largeLabels={presentation}
        reveal={graphReveal}
        onSelect={setSelected}
        onExporter={setExporter}
        label="Alignment graph: actors joined by the themes they share. The panel beside it lists the same information as text."
      />
      {state.page === 'partners' && !anchor && (
        <div className="overlay" role="status">
          Pick an actor to see its suggested partners.
        </div>
      )}
      {regionsShown.length > 0 && (
        <ul className="region-key" aria-label="Theme regions">
          {regionsShown.map((r) => (
            <li key={r.id}>
              <span className="swatch" style={{ background: r.colour }} aria-hidden /> {r.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  if (presentation) {
    // The page's picture alone: the grid or the matrix where the page is about them, else the graph.
    const alone = state.page === 'grid' || state.page === 'matrix';
    return (
      <div className={`align-body page-${state.page} presentation`}>
        <main className="centre align-centre meeting-picture">
          {error && (
            <p className="error" role="alert">
              {error.message}
            </p>
          )}
          {alone
            ? (panel ??
              (!error && (
                <p className="muted" role="status">
                  Loading…
                </p>
              )))
            : graphArea}
        </main>
      </div>
    );
  }

  return (
    <div className={`align-body page-${state.page}`}>
      <aside className="align-left" aria-label="Alignment controls">
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        {!panel && !error && (
          <p className="muted" role="status">
            Loading…
          </p>
        )}
        {panel}
        {state.page !== 'partners' && (
          <ConfidenceSelect
            label="Positions of confidence"
            testId="align-min-confidence"
            value={minConfidence}
            onChange={chooseConfidence}
          />
        )}
        {state.page !== 'partners' && saveSlot}
      </aside>
      <main className="centre align-centre">
        {graphArea}
        {sel && (
          <div className="align-selected" data-testid="align-selected">
            <strong>{sel.name}</strong>{' '}
            <span className="muted">
              {SECTOR_ENCODING[sel.sector].label}
              {sel.country ? `, ${COUNTRY_NAMES[sel.country.id] ?? sel.country.name}` : ''}
            </span>{' '}
            {state.page !== 'partners' || sel.id !== state.anchor ? (
              <button
                type="button"
                className="link"
                onClick={() => {
                  update({ page: 'partners', anchor: sel.id, shortlist: [] });
                  setSelected(null);
                }}
              >
                Find partners for {sel.acronym ?? sel.name}
              </button>
            ) : null}
          </div>
        )}
      </main>
    </div>
  );
}
