/**
 * Time controller: the comparison with an earlier day as classes — new since then (green), ended (a ghost: faded,
 * dashed) and a shifted position (a dark halo). Classes only, set after the elements controller has applied its
 * diff: stepping through time never runs a layout from here.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

import type { DiffClasses } from '../../core/time/mapChanges';

export const TIME_CLASSES = 'time-new time-ghost time-shifted';

export function useTimeDiff(cyRef: RefObject<Core | null>, defs: ElementDefinition[], diff: DiffClasses | null): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.time-new, .time-ghost, .time-shifted').removeClass(TIME_CLASSES);
      if (!diff) return;
      const mark = (ids: ReadonlySet<string>, cls: string) => {
        for (const id of ids) {
          const el = cy.getElementById(id);
          if (el.nonempty()) el.addClass(cls);
        }
      };
      mark(diff.added, 'time-new');
      mark(diff.ghosts, 'time-ghost');
      mark(diff.shifted, 'time-shifted');
    });
  }, [cyRef, defs, diff]);
}
