/**
 * Reveal controller (meeting mode): only the nodes revealed so far are drawn, the others hidden with their links,
 * every node keeping the place the full layout gave it, so each layer adds to the same picture. Applied once the
 * layout has placed every node (a hidden node would be left out of it), then the labels are chosen again for what
 * is drawn. The container's `data-revealed` names the layer applied, for tests to wait on.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';

import { placeLabels } from './useLabels';

export interface Reveal {
  /** The nodes drawn; null: all of them. */
  ids: ReadonlySet<string> | null;
  key: string;
}

function setHidden(n: NodeSingular, hidden: boolean): void {
  if ((n.scratch('_unrevealed') === true) === hidden) return;
  n.scratch('_unrevealed', hidden);
  if (hidden) n.style('display', 'none');
  else n.removeStyle('display');
}

function apply(cy: Core, reveal: Reveal | null): void {
  const ids = reveal?.ids ?? null;
  cy.batch(() => {
    const boxes = cy.nodes('[kind = "BOX"]');
    cy.nodes()
      .not(boxes)
      .forEach((n) => setHidden(n, ids !== null && !ids.has(n.id())));
    // A grouping box (a country's disc) shows once one of its nodes does.
    boxes.forEach((box) =>
      setHidden(
        box,
        ids !== null &&
          box
            .children()
            .filter((c) => c.scratch('_unrevealed') !== true)
            .empty(),
      ),
    );
  });
  placeLabels(cy);
  const container = cy.container();
  if (container) container.dataset.revealed = reveal?.key ?? '';
}

export function useReveal(cyRef: RefObject<Core | null>, defs: ElementDefinition[], reveal: Reveal | null): void {
  const latest = useRef(reveal);
  useEffect(() => {
    latest.current = reveal;
  });
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const onLayout = () => apply(cy, latest.current);
    cy.on('layoutstop', onLayout);
    return () => {
      cy.off('layoutstop', onLayout);
    };
  }, [cyRef]);
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && cy.container()?.dataset.graphReady === 'true') apply(cy, reveal);
  }, [cyRef, defs, reveal]);
}
