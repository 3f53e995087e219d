/** Events controller: taps on the canvas become selection changes for the page. */
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';

export interface GraphEvents {
  onSelect(id: string | null): void;
  onExpand?(id: string): void;
}

export function useEvents(cyRef: RefObject<Core | null>, events: GraphEvents): void {
  // The latest handlers, without re-binding Cytoscape listeners on every render.
  const latest = useRef(events);
  useEffect(() => {
    latest.current = events;
  });
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const onTapNode = (e: EventObject) => {
      const id = e.target.id() as string;
      if (!id.startsWith('box:')) latest.current.onSelect(id);
    };
    const onTapBackground = (e: EventObject) => {
      if (e.target === cy) latest.current.onSelect(null);
    };
    const onDoubleTap = (e: EventObject) => {
      const id = e.target.id() as string;
      if (!id.startsWith('box:')) latest.current.onExpand?.(id);
    };
    cy.on('tap', 'node', onTapNode);
    cy.on('tap', onTapBackground);
    cy.on('dbltap', 'node', onDoubleTap);
    return () => {
      cy.off('tap', 'node', onTapNode);
      cy.off('tap', onTapBackground);
      cy.off('dbltap', 'node', onDoubleTap);
    };
  }, [cyRef]);
}
