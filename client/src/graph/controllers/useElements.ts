/**
 * Elements controller: turns the displayed subgraph into Cytoscape elements, applies only the
 * difference, then either runs the full layout (the layout choice or the base set changed: a new
 * layoutKey) or places just the newcomers next to their neighbours.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, type RefObject } from 'react';

import type { LayoutName } from '../../core/view/viewState';
import type { GraphElementsFragment as GraphElements } from '../../data/generated/graphql';
import { applyDiff, type DiffResult } from '../applyDiff';
import { placeNew } from '../layouts';
import { tuneForSize } from '../renderer';
import { applyGraphStyle } from '../style';
import { toElements, type Grouping } from '../toElements';
import { runFullLayout, settle } from './layoutRunner';

interface Previous {
  cy: Core | null;
  defs: ElementDefinition[];
  layoutKey: string | null;
}

export function useElements(
  cyRef: RefObject<Core | null>,
  graph: Pick<GraphElements, 'nodes' | 'edges'> | null,
  grouping: Grouping,
  layout: LayoutName,
  layoutKey: string,
  fontsReady: boolean,
): ElementDefinition[] {
  const defs = useMemo(() => (graph ? toElements(graph, grouping) : []), [graph, grouping]);
  const previous = useRef<Previous>({ cy: null, defs: [], layoutKey: null });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !fontsReady || !graph) return;
    const prev = previous.current.cy === cy ? previous.current : { cy, defs: [], layoutKey: null };
    const fullKey = `${layout}|${grouping ?? ''}|${layoutKey}`;
    const full = prev.layoutKey !== fullKey;
    let diff: DiffResult = { added: [], removed: [], updated: 0 };
    // One batch: a change of sheet (the graph's size class) styles the new elements once, not twice.
    cy.batch(() => {
      if (full) applyGraphStyle(cy, defs.length);
      diff = applyDiff(cy, prev.defs, defs);
    });
    tuneForSize(cy, defs.length);
    if (full) {
      runFullLayout(cy, layout);
    } else {
      // Newcomers go next to their neighbours; nothing placed moves. While a worker layout is on
      // its way the graph stays "not ready", and the newcomers are placed again when it lands.
      if (diff.added.length > 0) placeNew(cy, diff.added);
      settle(cy);
    }
    previous.current = { cy, defs, layoutKey: fullKey };
  }, [cyRef, defs, graph, grouping, layout, layoutKey, fontsReady]);

  return defs;
}
