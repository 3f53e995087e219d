/**
 * Highlight controller: filter matches (dim or hide the rest), expanded context (always shown, marked), the
 * selection's neighbourhood (lit, the rest dimmed), the path being shown and the nodes whose neighbourhood was
 * expanded. Classes only: never layout.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

import type { FilterMode } from '../../core/filters/filters';

export interface Highlight {
  matching: Set<string> | null;
  /** Nodes drawn only because a neighbourhood was expanded: never dimmed or hidden by the filter. */
  context: Set<string>;
  mode: FilterMode;
  selected: string | null;
  path: { nodes: string[]; edges: string[] } | null;
  expandedFrom: string[];
}

const CLASSES = 'dimmed filtered-out match neighbour on-path expanded-from context';

export function useHighlight(cyRef: RefObject<Core | null>, defs: ElementDefinition[], h: Highlight): void {
  const { matching, context, mode, selected, path, expandedFrom } = h;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass(CLASSES);
      const boxes = cy.nodes('[kind = "BOX"]');
      for (const id of context) cy.getElementById(id).addClass('context');
      if (matching) {
        const kept = (id: string) => matching.has(id) || context.has(id);
        const outside = cy.nodes().filter((n) => n.data('kind') !== 'BOX' && !kept(n.id()));
        const outsideEdges = cy.edges().filter((e) => !kept(e.source().id()) || !kept(e.target().id()));
        const cls = mode === 'hide' ? 'filtered-out' : 'dimmed';
        outside.addClass(cls);
        outsideEdges.addClass(cls);
        cy.nodes()
          .filter((n) => matching.has(n.id()))
          .addClass('match');
        if (mode === 'hide') {
          boxes.forEach((box) => {
            if (box.children().not('.filtered-out').empty()) box.addClass('filtered-out');
          });
        }
      }
      if (path) {
        const onPath = cy.collection();
        for (const id of [...path.nodes, ...path.edges]) onPath.merge(cy.getElementById(id));
        cy.elements().not(onPath).not(boxes).addClass('dimmed');
        onPath.removeClass('dimmed filtered-out').addClass('on-path');
      } else if (selected) {
        // The selection's neighbourhood is lit and everything else steps back.
        const node = cy.getElementById(selected);
        if (node.nonempty()) {
          const hood = node.closedNeighborhood();
          cy.elements().not(hood).not(boxes).not('.filtered-out').addClass('dimmed');
          hood.removeClass('dimmed filtered-out').addClass('neighbour');
        }
      }
      for (const id of expandedFrom) cy.getElementById(id).addClass('expanded-from');
    });
  }, [cyRef, defs, matching, context, mode, selected, path, expandedFrom]);
}
