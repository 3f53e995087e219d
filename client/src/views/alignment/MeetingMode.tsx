/**
 * Meeting mode: full screen, large labels, and a step-through of the saved alignment views (arrow
 * keys or a presenter's clicker: PageDown/PageUp). With no saved alignment views, the current one.
 */
import { useEffect, useMemo, useState } from 'react';

import { decodeAlignState, pageOf, PAGE_LABELS, queryOfSaved, type AlignState } from '../../core/alignment/alignState';
import * as ops from '../../data/operations';
import { useQuery } from '../../data/useQuery';
import { AlignmentWorkspace } from './AlignmentWorkspace';

interface Step {
  key: string;
  title: string;
  description: string | null;
  state: AlignState;
  search: string;
}

export function MeetingMode({ current, onExit }: { current: AlignState; onExit(): void }) {
  const saved = useQuery('saved-views', ops.fetchSavedViews);
  const steps: Step[] = useMemo(() => {
    const list = (saved.data ?? [])
      .map((v) => ({ v, query: queryOfSaved(v.state) }))
      .filter(({ query }) => !['explore', 'meeting'].includes(pageOf(query)))
      .map(({ v, query }) => ({
        key: v.id,
        title: v.name,
        description: v.description,
        state: decodeAlignState(query),
        search: query,
      }));
    return list.length > 0
      ? list
      : [
          {
            key: 'current',
            title: PAGE_LABELS[current.page],
            description: null,
            state: current,
            search: window.location.search,
          },
        ];
  }, [saved.data, current]);
  const [index, setIndex] = useState(0);
  const at = Math.min(index, steps.length - 1);
  const step = steps[at];
  const [overrides, setOverrides] = useState<Record<string, Partial<AlignState>>>({});

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') setIndex((i) => Math.min(i + 1, steps.length - 1));
      if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(i - 1, 0));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [steps.length]);

  if (!step) return null;
  const state = { ...step.state, ...overrides[step.key] };
  return (
    <div className="meeting-shell">
      <header className="meeting-bar">
        <h1 data-testid="meeting-title">{step.title}</h1>
        {step.description && <p className="muted">{step.description}</p>}
        <div className="meeting-nav">
          <button type="button" onClick={() => setIndex(Math.max(at - 1, 0))} disabled={at === 0}>
            ◀ Previous
          </button>
          <span aria-live="polite">
            {at + 1} / {steps.length}
          </span>
          <button
            type="button"
            onClick={() => setIndex(Math.min(at + 1, steps.length - 1))}
            disabled={at === steps.length - 1}
          >
            Next ▶
          </button>
          <button
            type="button"
            onClick={() =>
              document.fullscreenElement
                ? void document.exitFullscreen()
                : void document.documentElement.requestFullscreen?.()
            }
          >
            Full screen
          </button>
          <button
            type="button"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              onExit();
            }}
          >
            Leave meeting mode
          </button>
        </div>
      </header>
      <AlignmentWorkspace
        key={step.key}
        state={state}
        search={step.search}
        presentation
        update={(patch) => setOverrides((o) => ({ ...o, [step.key]: { ...o[step.key], ...patch } }))}
      />
    </div>
  );
}
