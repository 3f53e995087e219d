/**
 * Highlight controller: filter matches (dim or hide the rest), the neighbours of the selection,
 * the path being shown and the nodes whose neighbourhood was expanded. Classes only: never layout.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

import type { FilterMode } from '../../core/filters/filters';

export interface Highlight {
  matching: Set<string> | null;
  mode: FilterMode;
  selected: string | null;
  path: { nodes: string[]; edges: string[] } | null;
  expandedFrom: string[];
}

export function useHighlight(cyRef: RefObject<Core | null>, defs: ElementDefinition[], h: Highlight): void {
  const { matching, mode, selected, path, expandedFrom } = h;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('dimmed filtered-out match neighbour on-path expanded-from');
      if (matching) {
        const outside = cy.nodes().filter((n) => n.data('kind') !== 'BOX' && !matching.has(n.id()));
        const outsideEdges = cy.edges().filter((e) => !matching.has(e.source().id()) || !matching.has(e.target().id()));
        const cls = mode === 'hide' ? 'filtered-out' : 'dimmed';
        outside.addClass(cls);
        outsideEdges.addClass(cls);
        cy.nodes()
          .filter((n) => matching.has(n.id()))
          .addClass('match');
        if (mode === 'hide') {
          cy.nodes('[kind = "BOX"]').forEach((box) => {
            if (box.children().not('.filtered-out').empty()) box.addClass('filtered-out');
          });
        }
      }
      if (path) {
        const onPath = cy.collection();
        for (const id of [...path.nodes, ...path.edges]) onPath.merge(cy.getElementById(id));
        cy.elements().not(onPath).not('[kind = "BOX"]').addClass('dimmed');
        onPath.removeClass('dimmed filtered-out').addClass('on-path');
      }
      if (selected) {
        const node = cy.getElementById(selected);
        if (node.nonempty() && !path) node.closedNeighborhood().removeClass('dimmed').addClass('neighbour');
      }
      for (const id of expandedFrom) cy.getElementById(id).addClass('expanded-from');
    });
  }, [cyRef, defs, matching, mode, selected, path, expandedFrom]);
}
