/**
 * The lifecycle every graph of the page shares: one Cytoscape instance per mounted view, created on mount with
 * the renderer tuned, resized with its container, destroyed on unmount; and the label fonts loaded before the
 * first measurement. `setup` adds what one view needs (events, a test inspector) and returns its cleanup.
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type MutableRefObject, type RefObject } from 'react';

import { loadLabelFonts } from './fonts';
import { tuneRenderer } from './renderer';

cytoscape.use(fcose);

export interface CytoscapeSetup {
  style: StylesheetJson;
  minZoom: number;
  maxZoom: number;
  setup?(cy: Core): () => void;
}

export function useCytoscape(
  containerRef: RefObject<HTMLDivElement | null>,
  options: CytoscapeSetup,
): { cyRef: MutableRefObject<Core | null>; fontsReady: boolean } {
  const cyRef = useRef<Core | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  // Read once, at creation: the instance lives as long as the view.
  const initial = useRef(options);

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
    const { style, minZoom, maxZoom, setup } = initial.current;
    const cy = cytoscape({ container, style, minZoom, maxZoom, boxSelectionEnabled: false, selectionType: 'single' });
    tuneRenderer(cy);
    cyRef.current = cy;
    // Panels beside the graph change its size (table view, details): keep the canvas in step.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => cy.resize());
    observer?.observe(container);
    const teardown = setup?.(cy);
    return () => {
      teardown?.();
      observer?.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [containerRef]);

  return { cyRef, fontsReady };
}
