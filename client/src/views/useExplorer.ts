/**
 * The explorer's state and data in one hook: the URL-backed view state, the queries it implies
 * and the derived display graph, filter index and matches. Components stay presentational.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';

import { buildIndex, matchingNodes } from '../core/filters/filters';
import { decodeViewState, encodeViewState } from '../core/url/urlState';
import { egoNetwork, mergeGraphs, toNodeId } from '../core/view/displayGraph';
import { viewReducer, type ViewAction } from '../core/view/viewState';
import type { ActorDetailsFragment as ActorDetails } from '../data/generated/graphql';
import { fetchActor, fetchCatalogue, fetchGraph, fetchNeighbourhood, fetchPath } from '../data/operations';
import { expansionKey, useExpansions } from '../data/useExpansions';
import { useHealth } from '../data/useHealth';
import { useQuery } from '../data/useQuery';

function graphLimit(): number {
  const raw = Number(new URLSearchParams(window.location.search).get('limit'));
  return Number.isFinite(raw) && raw > 0 ? Math.min(raw, 20000) : 2000;
}

export function useExplorer() {
  const [view, dispatch] = useReducer(viewReducer, undefined, () => decodeViewState(window.location.search));
  const [limit] = useState(graphLimit);
  const [nonce, setNonce] = useState(0);

  // The view state lives in the URL: every change replaces it, so reload and sharing restore it.
  useEffect(() => {
    const params = new URLSearchParams(encodeViewState(view));
    if (limit !== 2000) params.set('limit', String(limit));
    const search = params.toString();
    const next = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [view, limit]);
  useEffect(() => {
    const onPop = () => dispatch({ type: 'replace', state: decodeViewState(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const catalogue = useQuery(`catalogue#${nonce}`, fetchCatalogue);
  const base = useQuery(`graph:${limit}#${nonce}`, () => fetchGraph(limit));
  const expansions = useExpansions(view.expanded, nonce);
  const focusId = view.focus ? toNodeId(view.focus) : null;
  const focus = useQuery(focusId ? `focus:${focusId}#${nonce}` : null, () => fetchNeighbourhood(focusId ?? '', 1, 300));
  const path = useQuery(view.path ? `path:${view.path.from}>${view.path.to}` : null, () =>
    fetchPath(view.path?.from ?? '', view.path?.to ?? ''),
  );

  const pathData = view.path ? path.data : undefined;
  const display = useMemo(() => {
    const parts = [base.data, ...expansions.results.values(), pathData];
    if (focusId) return egoNetwork(mergeGraphs([...parts, focus.data]), focusId);
    return mergeGraphs(parts);
  }, [base.data, expansions.results, pathData, focusId, focus.data]);

  const index = useMemo(() => buildIndex(display), [display]);
  const matching = useMemo(() => matchingNodes(index, view.filters), [index, view.filters]);

  const selectedNode = view.selected ? (index.nodes.get(view.selected) ?? null) : null;
  const actorId = selectedNode?.kind === 'ACTOR' ? selectedNode.entityId : null;
  const [actorNonce, setActorNonce] = useState(0);
  const actor = useQuery(actorId ? `actor:${actorId}#${actorNonce}` : null, () => fetchActor(actorId ?? ''));
  const [freshActor, setFreshActor] = useState<ActorDetails | null>(null);
  const actorData =
    freshActor && freshActor.id === actorId ? freshActor : actor.data?.id === actorId ? actor.data : undefined;

  const failure = catalogue.error ?? base.error ?? null;
  const unavailable = failure?.unavailable ?? false;
  const recover = useCallback(() => setNonce((n) => n + 1), []);
  const health = useHealth(failure !== null, recover);

  const act = useCallback((action: ViewAction) => dispatch(action), []);

  /** After an edit: refresh the graph (placed incrementally) and the actor shown. */
  const reloadBase = base.reload;
  const afterEdit = useCallback(
    (updated: ActorDetails | null) => {
      setFreshActor(updated);
      reloadBase();
      setActorNonce((n) => n + 1);
    },
    [reloadBase],
  );

  const expandedFrom = useMemo(() => view.expanded.map((e) => toNodeId(e.id)), [view.expanded]);
  const pathIds = useMemo(
    () =>
      pathData?.connected ? { nodes: pathData.nodes.map((n) => n.id), edges: pathData.edges.map((e) => e.id) } : null,
    [pathData],
  );

  return {
    view,
    act,
    limit,
    catalogue,
    base,
    expansions,
    expansionKey,
    focus,
    path,
    display,
    index,
    matching,
    selectedNode,
    actor: { ...actor, data: actorData },
    failure,
    unavailable,
    health,
    recover,
    afterEdit,
    expandedFrom,
    pathIds,
    layoutKey: `${base.data ? 'base' : 'none'}|${focusId ?? ''}`,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
