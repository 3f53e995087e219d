/**
 * What the explorer reads from the API for a view: the matching actors (the first of them) and their context, the
 * unfiltered first view behind them in dim mode, the facet counts, expanded neighbourhoods, the focus, the path and
 * the selected actor's details. Every query is keyed on the data version (data/refresh.ts): one refresh mechanism.
 */
import { useCallback } from 'react';

import { confidenceOnly, hasActiveFilters, toActorFilter } from '../../core/filters/filters';
import { toNodeId } from '../../core/view/displayGraph';
import type { ViewState } from '../../core/view/viewState';
import type { GraphInclude } from '../../data/generated/graphql';
import {
  fetchActor,
  fetchCatalogue,
  fetchFacets,
  fetchGraph,
  fetchNeighbourhood,
  fetchPath,
} from '../../data/operations';
import { refreshData, useDataVersion } from '../../data/refresh';
import { useTimeData } from '../../data/time';
import { useExpansions } from '../../data/useExpansions';
import { useHealth } from '../../data/useHealth';
import { useQuery } from '../../data/useQuery';

export function useExplorerData(view: ViewState, selectedActorId: string | null) {
  const version = useDataVersion();
  const filter = toActorFilter(view.filters);
  // A minimum confidence alone leaves out links, not actors: the view is filtered only by facets and text.
  const filtered = hasActiveFilters(view.filters);
  const minConfidence = view.filters.minConfidence;
  const unfiltered = confidenceOnly(view.filters);
  const include: GraphInclude = {
    groups: true,
    collaborations: true,
    countries: view.context.countries,
    themes: view.context.themes,
    activities: view.context.activities === true,
  };
  const layers = `${view.context.countries ? 'c' : ''}${view.context.themes ? 't' : ''}${view.context.activities ? 'a' : ''}`;
  // The map's day (core/time): every map query asks for the map as it stood then; the same key keeps the layout.
  const asOf = view.time?.asOf ?? null;
  const shape = `${view.shown}|${layers}|${asOf ?? ''}#${version}`;
  const filterKey = JSON.stringify(filter);

  const catalogue = useQuery(`catalogue#${version}`, fetchCatalogue);
  // Tagged with the filter it answers: the map re-lays out in hide mode when the drawn answer changes filter.
  const matches = useQuery(`graph:${filterKey}|${shape}`, async () => ({
    filterKey,
    filtered,
    graph: await fetchGraph({ filter, limit: view.shown, include, asOf }),
  }));
  // In dim mode the first view stays around the matches, dimmed, so they are seen in their place.
  const background = useQuery(
    filtered && view.filters.mode === 'dim' ? `graph:${JSON.stringify(unfiltered)}|${shape}` : null,
    () => fetchGraph({ filter: unfiltered, limit: view.shown, include, asOf }),
  );
  const facets = useQuery(`facets:${filterKey}#${version}`, () => fetchFacets(filter));
  const expansions = useExpansions(view.expanded, `${version}|${minConfidence}|${asOf ?? ''}`, minConfidence, asOf);
  const focusId = view.focus ? toNodeId(view.focus) : null;
  const focus = useQuery(focusId ? `focus:${focusId}|${minConfidence}|${asOf ?? ''}#${version}` : null, () =>
    fetchNeighbourhood(focusId ?? '', 1, 300, undefined, minConfidence, asOf),
  );
  const path = useQuery(
    view.path ? `path:${view.path.from}>${view.path.to}|${minConfidence}|${asOf ?? ''}#${version}` : null,
    () => fetchPath(view.path?.from ?? '', view.path?.to ?? '', minConfidence, asOf),
  );
  const time = useTimeData({ since: view.time?.since ?? null, asOf, filter, minConfidence, version });
  const actor = useQuery(selectedActorId ? `actor:${selectedActorId}#${version}` : null, () =>
    fetchActor(selectedActorId ?? ''),
  );

  const failure = catalogue.error ?? matches.error ?? null;
  const recover = useCallback(() => refreshData(), []);
  const health = useHealth(failure !== null, recover);

  return {
    catalogue,
    matches,
    background,
    facets,
    expansions,
    focus,
    focusId,
    path,
    actor: { ...actor, data: actor.data?.id === selectedActorId ? actor.data : undefined },
    time,
    filtered,
    failure,
    unavailable: failure?.unavailable ?? false,
    health,
    recover,
  };
}

export type ExplorerData = ReturnType<typeof useExplorerData>;
