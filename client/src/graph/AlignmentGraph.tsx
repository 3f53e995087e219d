/**
 * The alignment pages' graph: actors, overlap or suggestion edges and theme regions, on the same graph
 * lifecycle as the explorer's (useCytoscape). Controllers as in GraphView: elements + layout (only when
 * the element set changes), highlight classes, bubble regions, taps.
 */
import type {
  Core,
  ElementDefinition,
  EventObject,
  LayoutOptions,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';

import { spokeSide, type AlignGraph, type ThemeRegion } from '../core/alignment/overlap';
import type { Sector } from '../core/vocabulary';
import { useAlignLabels } from './alignLabels';
import { applyDiff } from './applyDiff';
import { useBubbles } from './controllers/useBubbles';
import { createExporter, type GraphExporter } from './export/exporter';
import { GraphCanvas } from './GraphCanvas';
import { withSeededRandom } from './layouts';
import { toOverlapElements } from './overlapElements';
import { overlapStyle } from './overlapStyle';
import { useCytoscape } from './useCytoscape';

export interface AlignmentGraphProps {
  graph: AlignGraph | null;
  regions: ThemeRegion[];
  /** Actors to bring forward (the rest dims); null: nothing highlighted. */
  highlighted: Set<string> | null;
  /** Edges to bring forward with them ("their ties"); null: those among the highlighted actors. */
  ties?: string[] | null;
  shortlisted?: string[];
  selected: string | null;
  layout: 'fcose' | 'concentric';
  /** Meeting mode: names a room can read (fewer of them fit, none overlapping). */
  largeLabels?: boolean;
  /** Meeting mode's reveal: only these sectors' actors are drawn, and links' labels only with the themes. */
  reveal?: GraphReveal | null;
  onSelect(id: string | null): void;
  label: string;
  /** Receives the picture exporter while the graph is mounted, null after (the page's Export…). */
  onExporter?(exporter: GraphExporter | null): void;
}

/** What meeting mode has revealed of the graph so far; `key` names it (the container's `data-labels-for`). */
export interface GraphReveal {
  sectors: ReadonlySet<Sector> | null;
  themes: boolean;
  key: string;
}

declare global {
  interface Window {
    reformAtlasAlignment?: {
      nodeIds(): string[];
      renderedPosition(id: string): { x: number; y: number } | null;
      /** Actors brought forward, and the edges with them as [source, target]. */
      lit(): string[];
      litEdges(): Array<[string, string]>;
      selected(): string[];
      /** Rendered boxes of the labels drawn (nodes' and edges'; not those hidden for want of room), for checks that none overlaps another. */
      labelBoxes(): Array<{ id: string; edge: boolean; x1: number; y1: number; x2: number; y2: number }>;
    };
  }
}

function layoutOf(name: 'fcose' | 'concentric', count: number, large: boolean): LayoutOptions {
  if (name === 'concentric') {
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 60,
      // Projector labels are twice as big: the spokes need room for them.
      minNodeSpacing: large ? 150 : 60,
      avoidOverlap: true,
      startAngle: -Math.PI / 2,
      // The asking actor alone in the middle, then the suggestions by rank (best near the top).
      concentric: (n: NodeSingular) => (n.data('role') === 'anchor' ? 2 : 1),
      levelWidth: () => 1,
      sort: (a: NodeSingular, b: NodeSingular) =>
        String(a.data('label')).localeCompare(String(b.data('label')), undefined, { numeric: true }),
    } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: count > 400 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: large ? LARGE_PADDING : 40,
    nodeSeparation: 90,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    numIter: 800,
  } as unknown as LayoutOptions;
}

const SPOKE_CLASSES = 'spoke-above spoke-below spoke-left spoke-right';
/** Few nodes fitted to the canvas would be drawn huge, their labels over the spokes: no closer than this. */
const MOST_SPOKE_ZOOM = 1.2;

/** Each suggestion's label on the far side of its node from the asking actor; the view no closer than 1.2×. */
function placeSpokeLabels(cy: Core): void {
  const anchor = cy.nodes('[role = "anchor"]').first();
  if (anchor.empty()) return;
  const centre = anchor.position();
  cy.batch(() => {
    cy.nodes().removeClass(SPOKE_CLASSES);
    cy.nodes()
      .not(anchor)
      .forEach((n) => {
        const p = n.position();
        n.addClass(`spoke-${spokeSide(p.x - centre.x, p.y - centre.y)}`);
      });
  });
  if (cy.zoom() > MOST_SPOKE_ZOOM) {
    cy.zoom(MOST_SPOKE_ZOOM);
    cy.center();
  }
}

/** Meeting mode's margin round the picture: room for the names of the actors at its edges (px). */
const LARGE_PADDING = 70;
/** Meeting mode stretches the force layout across a wide screen by at most this much. */
const MOST_STRETCH = 2;

/**
 * The force layout's picture stretched across to the canvas's shape (meeting mode: a wide screen), so names, which
 * are wide, get the room the screen has; every node keeps its neighbours on the same sides.
 */
function stretchToCanvas(cy: Core): void {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  if (!(box.w > 0 && box.h > 0 && cy.height() > 0)) return;
  const factor = Math.min(MOST_STRETCH, cy.width() / cy.height() / (box.w / box.h));
  if (factor <= 1.05) return;
  const cx = box.x1 + box.w / 2;
  cy.nodes().positions((n) => ({ x: cx + (n.position('x') - cx) * factor, y: n.position('y') }));
  cy.fit(undefined, LARGE_PADDING);
}

/** A brushed set is fitted, but no closer than this: one or two actors keep their neighbourhood around them. */
const MOST_BRUSH_ZOOM = 1.5;

/** The zoom and pan that fit `eles` in the canvas with 80 px around them, at most MOST_BRUSH_ZOOM. */
function brushView(cy: Core, eles: NodeCollection): { zoom: number; pan: Position } {
  const box = eles.boundingBox({});
  const padding = 80;
  const fit = Math.min(
    (cy.width() - 2 * padding) / Math.max(1, box.w),
    (cy.height() - 2 * padding) / Math.max(1, box.h),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(MOST_BRUSH_ZOOM, fit));
  const cx = box.x1 + box.w / 2;
  const cy0 = box.y1 + box.h / 2;
  return { zoom, pan: { x: cy.width() / 2 - zoom * cx, y: cy.height() / 2 - zoom * cy0 } };
}

export function AlignmentGraph(props: AlignmentGraphProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const prevDefs = useRef<ElementDefinition[]>([]);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const { cyRef, fontsReady } = useCytoscape(containerRef, {
    style: overlapStyle,
    minZoom: 0.1,
    maxZoom: 4,
    setup: (cy) => {
      cy.on('tap', 'node', (e: EventObject) => latest.current.onSelect(e.target.id() as string));
      cy.on('tap', (e: EventObject) => {
        if (e.target === cy) latest.current.onSelect(null);
      });
      window.reformAtlasAlignment = {
        nodeIds: () => cy.nodes().map((n) => n.id()),
        renderedPosition: (id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? n.renderedPosition() : null;
        },
        lit: () => cy.nodes('.lit').map((n) => n.id()),
        litEdges: () => cy.edges('.lit').map((e): [string, string] => [e.source().id(), e.target().id()]),
        selected: () => cy.nodes(':selected').map((n) => n.id()),
        labelBoxes: () =>
          cy
            .elements()
            .filter((e) => e.visible() && !e.hasClass('label-hidden') && String(e.style('label') ?? '') !== '')
            .map((e) => {
              const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
              const z = cy.zoom();
              const pan = cy.pan();
              return {
                id: e.id(),
                edge: e.isEdge(),
                x1: b.x1 * z + pan.x,
                y1: b.y1 * z + pan.y,
                x2: b.x2 * z + pan.x,
                y2: b.y2 * z + pan.y,
              };
            }),
      };
      return () => {
        prevDefs.current = [];
        delete window.reformAtlasAlignment;
      };
    },
  });

  const defs = useMemo(
    () => (props.graph ? toOverlapElements(props.graph, props.largeLabels) : []),
    [props.graph, props.largeLabels],
  );
  const layoutKey = useMemo(
    () =>
      `${props.layout}|${defs
        .filter((d) => d.group === 'nodes')
        .map((d) => String(d.data.id))
        .sort()
        .join(',')}`,
    [defs, props.layout],
  );
  const lastKey = useRef('');

  // Elements and layout: the full layout runs only when the set of actors or the layout changes.
  useEffect(() => {
    const cy = cyRef.current;
    const container = cy?.container();
    if (!cy || !container || !fontsReady || !props.graph) return;
    applyDiff(cy, prevDefs.current, defs);
    prevDefs.current = defs;
    if (lastKey.current === layoutKey) return;
    lastKey.current = layoutKey;
    container.dataset.graphReady = 'false';
    const layout = cy.elements().layout(layoutOf(props.layout, cy.nodes().length, Boolean(props.largeLabels)));
    layout.one('layoutstop', () => {
      if (props.layout === 'concentric') placeSpokeLabels(cy);
      else if (props.largeLabels) stretchToCanvas(cy);
      container.dataset.graphReady = 'true';
      container.dataset.nodeCount = String(cy.nodes().length);
      container.dataset.edgeCount = String(cy.edges().length);
      setLayoutVersion((v) => v + 1);
    });
    withSeededRandom(cy.nodes().length, () => layout.run());
  }, [cyRef, defs, layoutKey, fontsReady, props.graph, props.layout, props.largeLabels]);

  // Highlight: classes only, never a layout.
  const { highlighted, ties, shortlisted, selected } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed lit shortlisted');
      if (highlighted) {
        const lit = cy.nodes().filter((n) => highlighted.has(n.id()));
        const litEdges = ties ? cy.edges().filter((e) => ties.includes(e.id())) : lit.edgesWith(lit);
        cy.elements().not(lit).not(litEdges).addClass('dimmed');
        lit.addClass('lit');
        litEdges.addClass('lit');
      }
      for (const id of shortlisted ?? []) cy.getElementById(id).addClass('shortlisted');
      cy.$(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
    const container = cy.container();
    if (container) container.dataset.litCount = String(cy.nodes('.lit').length);
    // A brushed set (matrix cell, grid quadrant) is brought into view, once laid out; a single selection only pans.
    const lit = cy.nodes('.lit');
    if (highlighted && !selected && lit.nonempty() && container?.dataset.graphReady === 'true')
      cy.animate(brushView(cy, lit), { duration: 250 });
  }, [cyRef, defs, highlighted, ties, shortlisted, selected, layoutVersion]);

  // Meeting mode's reveal: classes only, the layout (of every actor) stays, so each layer adds to the same picture.
  const { reveal } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const sectors = reveal?.sectors ?? null;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const hidden = sectors !== null && !sectors.has(n.data('sector') as Sector);
        if (n.hasClass('unrevealed') !== hidden) n.toggleClass('unrevealed', hidden);
      });
    });
  }, [cyRef, defs, reveal]);

  useAlignLabels(
    cyRef,
    { large: Boolean(props.largeLabels), edgeLabels: !reveal || reveal.themes, key: reveal?.key ?? '' },
    [defs, highlighted, ties, shortlisted, selected, layoutVersion, reveal],
  );

  useBubbles(cyRef, props.regions, layoutVersion);

  const { onExporter } = props;
  useEffect(() => {
    if (!onExporter) return;
    onExporter(createExporter(() => cyRef.current, { keepHiddenLabels: true }));
    return () => onExporter(null);
  }, [onExporter, cyRef]);

  return (
    <GraphCanvas
      containerRef={containerRef}
      cyRef={cyRef}
      testId="alignment-graph"
      label={props.label}
      fitPadding={40}
    />
  );
}
