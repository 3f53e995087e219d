/**
 * Play / Pause for the timeline: each step waits until the map of the previous one is drawn (`busy` false) and then
 * STEP_MS more, so a slow answer never makes the map skip a quarter. Escape (outside a field or dialog) pauses.
 */
import { useCallback, useEffect, useState } from 'react';

import { advance, playStart, STEP_MS, type PlayStep } from '../../core/time/playback';

export interface Playback {
  playing: boolean;
  play(): void;
  pause(): void;
}

export function usePlayback(args: {
  asOf: string | null;
  range: { start: string; end: string };
  step: PlayStep;
  busy: boolean;
  onAsOf(day: string): void;
}): Playback {
  const { asOf, range, step, busy, onAsOf } = args;
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || busy) return;
    const timer = window.setTimeout(() => {
      const next = advance(asOf ?? range.end, step, range.end);
      if (next === null) setPlaying(false);
      else onAsOf(next);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, busy, asOf, range.end, step, onAsOf]);

  useEffect(() => {
    if (!playing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"], [role="menu"], [role="listbox"]')) return;
      setPlaying(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [playing]);

  const play = useCallback(() => {
    const start = playStart(asOf, range);
    if (start !== asOf) onAsOf(start);
    setPlaying(true);
  }, [asOf, range, onAsOf]);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, play, pause };
}
