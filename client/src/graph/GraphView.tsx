/**
 * The one owner of the Cytoscape instance: created once on mount, destroyed on unmount. Everything
 * else is a controller hook that syncs one concern (elements + layout, highlight, selection, events).
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';

import type { LayoutName } from '../core/view/viewState';
import type { GraphElements } from '../data/types';
import { layoutStats, prepareLayout } from './controllers/layoutRunner';
import { useElements } from './controllers/useElements';
import { createExporter, type GraphExporter } from './export/exporter';
import { useEvents, type GraphEvents } from './controllers/useEvents';
import { useHighlight, type Highlight } from './controllers/useHighlight';
import { useSelection } from './controllers/useSelection';
import { loadLabelFonts } from './fonts';
import { tuneRenderer } from './renderer';
import { graphStyle } from './style';
import type { Grouping } from './toElements';

cytoscape.use(fcose);

export interface GraphViewProps extends Highlight, GraphEvents {
  graph: Pick<GraphElements, 'nodes' | 'edges'> | null;
  layout: LayoutName;
  /** A new key asks for a full layout (new base data, focus); same key: newcomers are placed only. */
  layoutKey: string;
  /** Receives the picture exporter while the graph is mounted, null after (export dialog). */
  onExporter?(exporter: GraphExporter | null): void;
}

/** Read-only hooks for browser tests: where a node is drawn, how many layouts ran. */
export interface GraphInspector {
  nodeIds(): string[];
  renderedPosition(id: string): { x: number; y: number } | null;
  position(id: string): { x: number; y: number } | null;
  layoutRuns(): number;
}

declare global {
  interface Window {
    reformAtlasGraph?: GraphInspector;
  }
}

function groupingOf(layout: LayoutName): Grouping {
  return layout === 'country' ? 'country' : layout === 'group' ? 'group' : null;
}

export function GraphView(props: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const [fontsReady, setFontsReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void loadLabelFonts().then(() => {
      if (!cancelled) setFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: graphStyle,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    tuneRenderer(cy);
    cyRef.current = cy;
    // The layout worker loads while the data is fetched.
    prepareLayout(cy);
    // The panels beside the graph change its size (table view, details): keep the canvas in step.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    observer?.observe(container);
    window.reformAtlasGraph = {
      nodeIds: () => cy.nodes().map((n) => n.id()),
      renderedPosition: (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? n.renderedPosition() : null;
      },
      position: (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? { ...n.position() } : null;
      },
      layoutRuns: () => layoutStats.runs,
    };
    return () => {
      observer?.disconnect();
      cy.destroy();
      cyRef.current = null;
      delete window.reformAtlasGraph;
    };
  }, []);

  const { onExporter } = props;
  useEffect(() => {
    if (!onExporter) return;
    onExporter(createExporter(() => cyRef.current));
    return () => onExporter(null);
  }, [onExporter]);

  const grouping = groupingOf(props.layout);
  const defs = useElements(cyRef, props.graph, grouping, props.layout, props.layoutKey, fontsReady);
  useHighlight(cyRef, defs, props);
  useSelection(cyRef, defs, props.selected);
  useEvents(cyRef, props);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-wrap">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph"
        data-graph-ready="false"
        role="img"
        aria-label="Network map of actors, networks, coalitions, countries and themes. The table view lists the same elements for keyboard and screen-reader use."
      />
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 30)} aria-label="Fit the whole graph">Fit</button>
      </div>
    </div>
  );
}
