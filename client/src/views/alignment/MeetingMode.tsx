/**
 * Meeting mode: the saved views told as a story to a room, the whole width of the screen with no control panel.
 * Each step is one saved view (an explorer map or an alignment page, oldest first) under its caption, revealed a
 * layer at a time: its actors sector by sector, then the themes they share (core/meeting/story.ts). → or Page
 * Down (a presenter's clicker) shows the next layer or view, ← or Page Up the one before, Home and End the first
 * and last view. The line under the picture tells the presenter what the next press shows; it sits in the same
 * window, small, rather than in a separate presenter window: a room's projector usually mirrors the laptop, where a
 * second window cannot be kept from the room, and one window cannot fall out of step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { ShapeIcon } from '../../components/ShapeIcon';
import { encodeAlignState, decodeAlignState, type AlignState } from '../../core/alignment/alignState';
import {
  layerAt,
  nextCue,
  nextLine,
  PENDING,
  previousCue,
  REVEALING,
  revealLayers,
  storyOf,
  type Cue,
  type Layer,
  type Revealable,
} from '../../core/meeting/story';
import { SECTOR_ENCODING } from '../../core/vocabulary';
import * as ops from '../../data/operations';
import { useQuery } from '../../data/useQuery';
import { AlignmentWorkspace } from './AlignmentWorkspace';
import { MeetingMap } from './MeetingMap';

/** Keys that move the story on, and back: arrows, and the Page Down / Page Up a presenter's clicker sends. */
const FORWARD = new Set(['ArrowRight', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

export function MeetingMode({ current, onExit }: { current: AlignState; onExit(): void }) {
  const saved = useQuery('saved-views', ops.fetchSavedViews);
  const steps = useMemo(
    () =>
      saved.data || saved.error
        ? storyOf(saved.data ?? [], { search: encodeAlignState(current, window.location.search) })
        : [],
    // The story is read once the saved views have come; `current` only matters when there are none.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [saved.data, saved.error],
  );
  const [cue, setCue] = useState<Cue>({ step: 0, layer: 0 });
  // What each step holds to reveal, as its data comes (absent: not yet known).
  const [revealables, setRevealables] = useState<Record<string, Revealable>>({});
  const [overrides, setOverrides] = useState<Record<string, Partial<AlignState>>>({});

  const at = Math.min(cue.step, Math.max(0, steps.length - 1));
  const step = steps[at];
  // A step that reveals nothing (the matrix, the partner finder, the reports) is whole at once.
  const known = step ? step.key in revealables || !REVEALING.has(step.kind) : false;
  const layers = useMemo(
    () => (step && known ? revealLayers(revealables[step.key] ?? null) : [PENDING]),
    [step, known, revealables],
  );
  const layerIndex = layerAt(cue, layers.length);
  const layer = layers[layerIndex] ?? PENDING;
  const key = `${at + 1}.${known ? layerIndex + 1 : 'pending'}`;
  const reveal = useMemo(() => ({ layer, key }), [layer, key]);

  // The key handler reads the story's shape as it is when the key is pressed.
  const nav = useRef({ layers: layers.length, steps: steps.length });
  useEffect(() => {
    nav.current = { layers: layers.length, steps: steps.length };
  });
  const forward = useCallback(
    () =>
      setCue((c) =>
        nextCue({ ...c, step: Math.min(c.step, nav.current.steps - 1) }, nav.current.layers, nav.current.steps),
      ),
    [],
  );
  const back = useCallback(() => setCue((c) => previousCue(c, nav.current.layers)), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof Element && e.target.closest('input, select, textarea')) return;
      if (FORWARD.has(e.key)) forward();
      else if (BACK.has(e.key)) back();
      else if (e.key === 'Home') setCue({ step: 0, layer: 0 });
      else if (e.key === 'End') setCue({ step: nav.current.steps - 1, layer: Number.POSITIVE_INFINITY });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [forward, back]);

  const stepKey = step?.key;
  const onRevealable = useCallback(
    (r: Revealable) => {
      if (stepKey) setRevealables((all) => (stepKey in all && all[stepKey] === r ? all : { ...all, [stepKey]: r }));
    },
    [stepKey],
  );
  const update = useCallback(
    (patch: Partial<AlignState>) => {
      if (stepKey) setOverrides((o) => ({ ...o, [stepKey]: { ...o[stepKey], ...patch } }));
    },
    [stepKey],
  );

  if (!step) {
    return (
      <div className="meeting-shell">
        <p className="muted meeting-loading" role="status">
          Loading the saved views…
        </p>
      </div>
    );
  }
  const last = at === steps.length - 1 && layerIndex === layers.length - 1;
  return (
    <div className="meeting-shell" data-testid="meeting">
      <header className="meeting-caption">
        <h1 data-testid="meeting-title">{step.title}</h1>
        <p className="meeting-description" data-testid="meeting-caption">
          {step.caption}
        </p>
      </header>
      <div className="meeting-stage" data-testid="meeting-stage" data-reveal={key} data-kind={step.kind}>
        {step.kind === 'explore' ? (
          <MeetingMap key={step.key} search={step.search} reveal={reveal} onRevealable={onRevealable} />
        ) : (
          <AlignmentWorkspace
            key={step.key}
            state={{ ...decodeAlignState(step.search), ...overrides[step.key] }}
            search={step.search}
            presentation
            reveal={reveal}
            onRevealable={onRevealable}
            update={update}
          />
        )}
      </div>
      <footer className="meeting-foot">
        <Layers layers={layers} at={layerIndex} />
        <p className="meeting-next" data-testid="meeting-next">
          {known ? nextLine(cue, layers, steps) : ''}
        </p>
        <nav className="meeting-nav" aria-label="Meeting">
          <button type="button" onClick={back} disabled={at === 0 && layerIndex === 0}>
            ◀ Previous
          </button>
          <span aria-live="polite" data-testid="meeting-count">
            {at + 1} / {steps.length}
          </span>
          <button type="button" onClick={forward} disabled={last}>
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
        </nav>
      </footer>
    </div>
  );
}

/** The step's layers as a key: those shown (the current one marked), then those to come, faded. */
function Layers({ layers, at }: { layers: Layer[]; at: number }) {
  if (layers.length < 2) return null;
  return (
    <ol className="meeting-layers" aria-label="Layers of this view" data-testid="meeting-layers">
      {layers.map((l, i) => (
        <li
          key={l.label}
          className={i < at ? 'shown' : i === at ? 'shown current' : 'to-come'}
          aria-current={i === at ? 'step' : undefined}
        >
          {l.adds.map((s) => (
            <ShapeIcon key={s} shape={SECTOR_ENCODING[s].shape} fill={SECTOR_ENCODING[s].colour} size={20} />
          ))}
          {l.adds.length === 1 ? SECTOR_ENCODING[l.adds[0] ?? 'CIVIL_SOCIETY'].label : l.label.replace(/^\+ /, '')}
        </li>
      ))}
    </ol>
  );
}
