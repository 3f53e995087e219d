/**
 * The explorer's state in one place for the page: the URL-backed view (useExplorerView), what it reads from the API
 * (useExplorerData) and what the map draws from both (composeDisplay). Components stay presentational.
 */
import { useCallback, useMemo, useState } from 'react';

import type { SearchOption } from '../../core/search/options';
import { withChanges } from '../../core/time/timeDisplay';
import { composeDisplay, toNodeId } from '../../core/view/displayGraph';
import type { GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
import { useExplorerData } from './useExplorerData';
import { useExplorerView } from './useExplorerView';

function actorIdOf(nodeId: string | null): string | null {
  return nodeId?.startsWith('actor:') ? nodeId.slice('actor:'.length) : null;
}

export function useExplorer() {
  const { view, act } = useExplorerView();
  const data = useExplorerData(view, actorIdOf(view.selected));
  // Names of nodes picked from the suggestions (path ends, far actors) before they are drawn.
  const [named, setNamed] = useState<ReadonlyMap<string, string>>(new Map());

  const pathData = view.path ? data.path.data : undefined;
  const composed = useMemo(
    () =>
      composeDisplay({
        matches: data.matches.data?.graph ?? null,
        background: data.background.data ?? null,
        expansions: [...data.expansions.results.values()],
        path: pathData ?? null,
        focus: data.focusId ? { id: data.focusId, neighbourhood: data.focus.data ?? null } : null,
        filtered: data.filtered,
      }),
    [
      data.matches.data,
      data.background.data,
      data.expansions.results,
      pathData,
      data.focusId,
      data.focus.data,
      data.filtered,
    ],
  );
  // With a comparison day: ended ties drawn as ghosts, and the classes for new, ended and shifted (core/time).
  const changes = data.time.changes.data;
  const { display, diff: timeDiff } = useMemo(() => withChanges(composed, changes), [composed, changes]);
  const nodes = useMemo(() => new Map(display.nodes.map((n) => [n.id, n])), [display]);

  const selectedNode: GraphNode | null = view.selected ? (nodes.get(view.selected) ?? null) : null;
  const nameOf = useCallback((id: string) => nodes.get(id)?.name ?? named.get(id) ?? id, [nodes, named]);
  const remember = useCallback((option: SearchOption) => setNamed((m) => new Map(m).set(option.id, option.label)), []);

  /** A suggestion picked: its neighbourhood is fetched and placed beside the map, and it is selected. */
  const open = useCallback(
    (option: SearchOption) => {
      remember(option);
      if (!nodes.has(option.id)) act({ type: 'expand', id: option.id, depth: 1 });
      act({ type: 'select', id: option.id });
    },
    [act, nodes, remember],
  );

  const expandedFrom = useMemo(() => view.expanded.map((e) => toNodeId(e.id)), [view.expanded]);
  const pathIds = useMemo(
    () =>
      pathData?.connected ? { nodes: pathData.nodes.map((n) => n.id), edges: pathData.edges.map((e) => e.id) } : null,
    [pathData],
  );
  // A new key lays the map out afresh; the same key places newcomers only (a stable mental map). Hide mode draws
  // only what matches, so each filter is a new picture; dim mode keeps its picture and lights the matches in place.
  const hidden = data.filtered && view.filters.mode === 'hide';
  const layoutKey = [
    data.matches.data ? 'drawn' : 'none',
    hidden ? `hide:${data.matches.data?.filterKey ?? ''}` : 'all',
    data.focusId ?? '',
  ].join('|');

  return {
    view,
    act,
    data,
    display,
    nodes,
    selectedNode,
    nameOf,
    remember,
    open,
    expandedFrom,
    pathIds,
    layoutKey,
    timeDiff,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
