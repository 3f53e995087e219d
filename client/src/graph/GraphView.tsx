/**
 * The one owner of the Cytoscape instance: created once on mount, destroyed on unmount. Everything
 * else is a controller hook that syncs one concern (elements + layout, highlight, selection, events).
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { NodeOverlay } from '../core/metrics/metrics';
import type { DiffClasses } from '../core/time/mapChanges';
import { groupRegions } from '../core/view/groupRegions';
import type { LayoutName } from '../core/view/viewState';
import type { GraphElementsFragment as GraphElements } from '../data/generated/graphql';
import { layoutStats, prepareLayout } from './controllers/layoutRunner';
import { useBubbles } from './controllers/useBubbles';
import { useElements } from './controllers/useElements';
import { useEvents, type GraphEvents } from './controllers/useEvents';
import { useHighlight, type Highlight } from './controllers/useHighlight';
import { labelSizeOf, MIN_RENDERED_FONT, useLabels } from './controllers/useLabels';
import { useMetricsOverlay } from './controllers/useMetricsOverlay';
import { useReveal, type Reveal } from './controllers/useReveal';
import { useSelection } from './controllers/useSelection';
import { useTimeDiff } from './controllers/useTimeDiff';
import { createExporter, type GraphExporter } from './export/exporter';
import { GraphCanvas } from './GraphCanvas';
import { viewportDetail } from './renderer';
import { graphStyle } from './style';
import type { Grouping } from './toElements';
import { useCytoscape } from './useCytoscape';

export interface GraphViewProps extends Highlight, GraphEvents {
  graph: Pick<GraphElements, 'nodes' | 'edges'> | null;
  layout: LayoutName;
  /** A new key asks for a full layout (new base data, focus); same key: newcomers are placed only. */
  layoutKey: string;
  /** Receives the picture exporter while the graph is mounted, null after (export dialog). */
  onExporter?(exporter: GraphExporter | null): void;
  /** Meeting mode: draw only these nodes, each where the full layout put it. */
  reveal?: Reveal | null;
  /** Smallest rendered size of a name when zoomed out (px): larger for a room (meeting mode). Read at creation. */
  readableLabelPx?: number;
  /** Network analytics: actors sized by a measure and coloured by community (core/metrics). */
  metricsOverlay?: ReadonlyMap<string, NodeOverlay> | null;
  /** The comparison with an earlier day: new, ended (ghosts) and shifted elements (core/time). */
  timeDiff?: DiffClasses | null;
}

/** Read-only hooks for browser tests: where a node is drawn, how many layouts ran. */
export interface GraphInspector {
  nodeIds(): string[];
  edgeIds(): string[];
  renderedPosition(id: string): { x: number; y: number } | null;
  position(id: string): { x: number; y: number } | null;
  layoutRuns(): number;
  /** The labels drawn now, as rendered boxes (the label controller keeps them from overlapping). */
  drawnLabels(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
  /** Ids of the nodes drawn dimmed (filter, selection) and of those hidden by the filter. */
  classed(name: string): string[];
  /** Ids of the edges with a class (the time diff's new and ghost links). */
  edgesClassed(name: string): string[];
  /** A style property as Cytoscape computed it for an element (e.g. a new link's line-color). */
  styleOf(id: string, property: string): string | null;
  /** True once the labels drawn were chosen for the view on screen (no animation under way). */
  labelsSettled(): boolean;
  /** Level of detail while the view moves: a snapshot instead of redraws (big graphs only), and its scale. */
  viewportDetail(): ReturnType<typeof viewportDetail>;
}

declare global {
  interface Window {
    reformAtlasGraph?: GraphInspector;
  }
}

function groupingOf(layout: LayoutName): Grouping {
  return layout === 'country' ? 'country' : layout === 'group' ? 'group' : null;
}

const GRAPH_LABEL =
  'Network map of actors, networks, coalitions, countries and themes. The table view lists the same elements for keyboard and screen-reader use.';

/** Installs the browser tests' read-only view of the explorer's graph. */
function installInspector(cy: Core): () => void {
  window.reformAtlasGraph = {
    nodeIds: () => cy.nodes().map((n) => n.id()),
    edgeIds: () => cy.edges().map((e) => e.id()),
    renderedPosition: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? n.renderedPosition() : null;
    },
    position: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? { ...n.position() } : null;
    },
    layoutRuns: () => layoutStats.runs,
    drawnLabels: () =>
      cy
        .nodes()
        .filter(
          (n) => n.visible() && !n.hasClass('label-hidden') && n.data('kind') !== 'BOX' && Boolean(n.data('label')),
        )
        .filter((n) => labelSizeOf(n) * cy.zoom() >= MIN_RENDERED_FONT || n.selected())
        .map((n) => {
          const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        }),
    classed: (name) => cy.nodes(`.${name}`).map((n) => n.id()),
    edgesClassed: (name) => cy.edges(`.${name}`).map((e) => e.id()),
    styleOf: (id, property) => {
      const el = cy.getElementById(id);
      return el.nonempty() ? String(el.style(property)) : null;
    },
    labelsSettled: () => !cy.animated() && cy.container()?.dataset.labelsZoom === cy.zoom().toFixed(4),
    viewportDetail: () => viewportDetail(cy),
  };
  return () => {
    delete window.reformAtlasGraph;
  };
}

export function GraphView(props: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { cyRef, fontsReady } = useCytoscape(containerRef, {
    style: graphStyle,
    minZoom: 0.05,
    maxZoom: 4,
    setup: (cy) => {
      if (props.readableLabelPx) cy.scratch('readableLabelPx', props.readableLabelPx);
      // The layout worker loads while the data is fetched.
      prepareLayout(cy);
      return installInspector(cy);
    },
  });

  const { onExporter } = props;
  useEffect(() => {
    if (!onExporter) return;
    onExporter(createExporter(() => cyRef.current));
    return () => onExporter(null);
  }, [onExporter, cyRef]);

  const grouping = groupingOf(props.layout);
  const defs = useElements(cyRef, props.graph, grouping, props.layout, props.layoutKey, fontsReady);
  useHighlight(cyRef, defs, props);
  useLabels(cyRef, [defs, props.selected, props.matching, props.context, props.mode, props.path, props.expandedFrom]);
  useSelection(cyRef, defs, props.selected);
  useEvents(cyRef, props);
  useReveal(cyRef, defs, props.reveal ?? null);
  useMetricsOverlay(cyRef, defs, props.metricsOverlay ?? null);
  useTimeDiff(cyRef, defs, props.timeDiff ?? null);

  // Grouped by network / coalition: overlapping regions, redrawn after each layout.
  const [layoutVersion, setLayoutVersion] = useState(0);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const bump = () => setLayoutVersion((v) => v + 1);
    cy.on('layoutstop', bump);
    return () => {
      cy.off('layoutstop', bump);
    };
  }, [cyRef]);
  const regions = useMemo(
    () => (props.layout === 'group' && props.graph ? groupRegions(props.graph) : []),
    [props.layout, props.graph],
  );
  useBubbles(cyRef, regions, layoutVersion);

  return <GraphCanvas containerRef={containerRef} cyRef={cyRef} testId="graph" label={GRAPH_LABEL} fitPadding={30} />;
}
