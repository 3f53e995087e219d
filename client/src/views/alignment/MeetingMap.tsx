/**
 * A saved explorer view in meeting mode: the explorer's map of that view (its filter, focus, path and expanded
 * neighbourhoods, read with the explorer's own data hook and composed as the explorer composes it), read-only and
 * the whole width, revealed layer by layer (core/meeting/story.ts). A click on an actor lights its links, as in
 * the embed; nothing can be edited.
 */
import { useEffect, useMemo, useState } from 'react';

import { mapRevealable, revealedNodes, type Layer, type Revealable } from '../../core/meeting/story';
import { decodeViewState } from '../../core/url/urlState';
import { composeDisplay, toNodeId } from '../../core/view/displayGraph';
import { LARGE_LABEL_PX } from '../../graph/alignLabels';
import { GraphView } from '../../graph/GraphView';
import { useExplorerData } from '../explorer/useExplorerData';

export interface MeetingMapProps {
  /** The saved view's query string. */
  search: string;
  reveal: { layer: Layer; key: string };
  onRevealable(revealable: Revealable): void;
}

export function MeetingMap({ search, reveal, onRevealable }: MeetingMapProps) {
  const view = useMemo(() => decodeViewState(search), [search]);
  const data = useExplorerData(view, null);
  const [selected, setSelected] = useState<string | null>(view.selected);

  const matches = data.matches.data?.graph ?? null;
  const dimmed = data.filtered && view.filters.mode === 'dim';
  // Drawn once every part of the view has come, so the map is laid out once, as the explorer shows it in the end.
  const complete =
    matches !== null &&
    (!dimmed || data.background.data !== undefined) &&
    (data.expansions.results.size >= view.expanded.length || data.expansions.error !== null) &&
    (!data.focusId || data.focus.data !== undefined || data.focus.error !== null) &&
    (!view.path || data.path.data !== undefined || data.path.error !== null);
  const display = useMemo(
    () =>
      complete
        ? composeDisplay({
            matches,
            background: data.background.data ?? null,
            expansions: [...data.expansions.results.values()],
            path: view.path ? (data.path.data ?? null) : null,
            focus: data.focusId ? { id: data.focusId, neighbourhood: data.focus.data ?? null } : null,
            filtered: data.filtered,
          })
        : null,
    [
      complete,
      matches,
      data.background.data,
      data.expansions.results,
      view.path,
      data.path.data,
      data.focusId,
      data.focus.data,
      data.filtered,
    ],
  );

  const revealable = useMemo(() => (display ? mapRevealable(display) : null), [display]);
  useEffect(() => {
    if (revealable) onRevealable(revealable);
  }, [revealable, onRevealable]);
  const shown = useMemo(
    () => (display ? { ids: revealedNodes(display, reveal.layer), key: reveal.key } : null),
    [display, reveal],
  );
  const pathIds = useMemo(
    () =>
      view.path && data.path.data?.connected
        ? { nodes: data.path.data.nodes.map((n) => n.id), edges: data.path.data.edges.map((e) => e.id) }
        : null,
    [view.path, data.path.data],
  );
  const expandedFrom = useMemo(() => view.expanded.map((e) => toNodeId(e.id)), [view.expanded]);
  const context = display?.context ?? EMPTY;

  if (data.failure) {
    return (
      <p className="error" role="alert">
        {data.failure.message}
      </p>
    );
  }
  return (
    <main className="graph-area meeting-map">
      <GraphView
        graph={display}
        layout={view.layout}
        layoutKey={display ? 'complete' : 'loading'}
        matching={display?.matching ?? null}
        context={context}
        mode={view.filters.mode}
        selected={selected}
        path={pathIds}
        expandedFrom={expandedFrom}
        onSelect={setSelected}
        reveal={shown}
        readableLabelPx={MEETING_LABEL_PX}
      />
    </main>
  );
}

const EMPTY = new Set<string>();
/** Names on a meeting's map are drawn at least this large (the alignment graph's LARGE_LABEL_PX). */
const MEETING_LABEL_PX = LARGE_LABEL_PX;
