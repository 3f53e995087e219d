/**
 * The timeline under the top bar: the programme's years with its phases as named bands and its activities as ticks
 * (hover names them), a slider and a typed day for the map's day, Play / Pause (month or quarter steps), the
 * comparison day, "What changed…" and, for analysts and administrators, the phases dialog.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import {
  fractionOf,
  phaseBands,
  phaseOn,
  type ActivityMark,
  type PhaseSpan,
  type TimeRange,
} from '../../core/time/axis';
import { addDays, daysBetween, describeDay } from '../../core/time/dates';
import { PLAY_STEPS, type PlayStep } from '../../core/time/playback';
import { DayField } from './DayField';
import './time.css';
import type { Playback } from './usePlayback';

export interface TimelineBarProps {
  range: TimeRange;
  phases: readonly PhaseSpan[];
  activities: readonly ActivityMark[];
  asOf: string | null;
  since: string | null;
  onAsOf(day: string | null): void;
  onSince(day: string | null): void;
  step: PlayStep;
  onStep(step: PlayStep): void;
  playback: Playback;
  /** The map of the day shown is still being read. */
  busy: boolean;
  onChanges(): void;
  /** Analysts and administrators: opens the phases dialog. */
  onPhases?: () => void;
}

/** While the slider is dragged, the map follows once the thumb rests this long (one query, not one per pixel). */
const SLIDE_SETTLE_MS = 200;

export function TimelineBar(props: TimelineBarProps) {
  const { range, phases, activities, asOf, since, playback } = props;
  const days = Math.max(1, daysBetween(range.start, range.end));
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? asOf;
  const position = shown === null ? days : Math.round(fractionOf(shown, range) * days);
  const bands = useMemo(() => phaseBands(phases, range), [phases, range]);
  const phase = shown ? phaseOn(phases, shown) : null;
  const onAsOf = props.onAsOf;
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const slideTo = (value: number) => {
    const day = value >= days ? range.end : addDays(range.start, value);
    setDraft(day);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setDraft(null);
      onAsOf(day);
    }, SLIDE_SETTLE_MS);
  };

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="timeline-play"
          onClick={playback.playing ? playback.pause : playback.play}
          aria-pressed={playback.playing}
          data-testid="timeline-play"
          title={playback.playing ? 'Pause (Escape)' : 'Play the programme from the day shown'}
        >
          {playback.playing ? 'Pause' : 'Play'}
        </button>
        <select
          aria-label="Play step"
          value={props.step}
          onChange={(e) => props.onStep(e.target.value as PlayStep)}
          data-testid="timeline-step"
        >
          {(Object.keys(PLAY_STEPS) as PlayStep[]).map((s) => (
            <option key={s} value={s}>
              {PLAY_STEPS[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="timeline-axis" data-testid="timeline-axis">
        <div className="timeline-bands" aria-label="Programme phases">
          {bands.map((b) => (
            <span
              key={b.id}
              className="timeline-phase"
              style={{ left: `${b.left * 100}%`, width: `${b.width * 100}%` }}
              title={b.name}
              data-testid="timeline-phase"
            >
              {b.name}
            </span>
          ))}
        </div>
        <div className="timeline-ticks" aria-hidden="true">
          {range.years.map((y) => (
            <span key={y} className="timeline-year" style={{ left: `${fractionOf(`${y}-01-01`, range) * 100}%` }}>
              {y}
            </span>
          ))}
          {activities.map((a) => (
            <span
              key={a.id}
              className="timeline-activity"
              style={{ left: `${fractionOf(a.date, range) * 100}%` }}
              title={`${a.name} (${describeDay(a.date)})`}
              data-testid="timeline-activity"
            />
          ))}
          {since && (
            <span
              className="timeline-since"
              style={{ left: `${fractionOf(since, range) * 100}%` }}
              title={`Compared with ${describeDay(since)}`}
            />
          )}
        </div>
        <input
          type="range"
          className="timeline-slider"
          min={0}
          max={days}
          step={1}
          value={position}
          aria-label="Map as of"
          aria-valuetext={shown ? describeDay(shown) : 'today'}
          onChange={(e) => slideTo(Number(e.target.value))}
          data-testid="timeline-slider"
        />
      </div>
      <div className="timeline-day">
        <output aria-live="off" data-testid="timeline-asof">
          {shown ? describeDay(shown) : 'Today'}
        </output>
        {phase && <span className="timeline-phase-name">{phase.name}</span>}
        <DayField label="As of" value={asOf} placeholder="today" onDay={onAsOf} testId="timeline-asof-field" />
        {asOf && (
          <button type="button" className="link" onClick={() => onAsOf(null)}>
            Today
          </button>
        )}
      </div>
      <div className="timeline-actions">
        <button type="button" onClick={props.onChanges} data-testid="timeline-changes">
          {since ? `Changes since ${describeDay(since)}` : 'What changed since…'}
        </button>
        {since && (
          <button type="button" className="link" onClick={() => props.onSince(null)} aria-label="Stop comparing">
            ×
          </button>
        )}
        {props.onPhases && (
          <button type="button" onClick={props.onPhases} data-testid="timeline-phases">
            Phases…
          </button>
        )}
        {/* Always there, a fixed width: the axis must not shift each time a step is read. */}
        <span className="timeline-busy" role="status">
          {props.busy ? 'Reading…' : ''}
        </span>
      </div>
    </section>
  );
}
