/** The drawing surface of a graph and its zoom controls; the Cytoscape instance comes from useCytoscape. */
import type { Core } from 'cytoscape';
import type { MutableRefObject, RefObject } from 'react';

export interface GraphCanvasProps {
  containerRef: RefObject<HTMLDivElement | null>;
  cyRef: MutableRefObject<Core | null>;
  testId: string;
  label: string;
  /** Margin around the graph when "Fit" is pressed, in pixels. */
  fitPadding: number;
}

export function GraphCanvas({ containerRef, cyRef, testId, label, fitPadding }: GraphCanvasProps) {
  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="graph-wrap">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid={testId}
        data-graph-ready="false"
        role="img"
        aria-label={label}
      />
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out">
          −
        </button>
        <button
          type="button"
          onClick={() => cyRef.current?.fit(undefined, fitPadding)}
          aria-label="Fit the whole graph"
        >
          Fit
        </button>
      </div>
    </div>
  );
}
