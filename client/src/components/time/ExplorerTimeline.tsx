/**
 * The explorer's timeline: reads the view's day and comparison day, plays through the programme and opens the
 * phases dialog. The map's data follows the URL (views/explorer/useExplorerData.ts); this only moves the day.
 */
import { useCallback, useMemo, useState } from 'react';

import { programmeRange } from '../../core/time/axis';
import type { PlayStep } from '../../core/time/playback';
import { PRESENT, setAsOf, setSince, type TimeState } from '../../core/time/timeState';
import { refreshData } from '../../data/refresh';
import { createPhase, deletePhase, updatePhase, type TimeData } from '../../data/time';
import { PhasesDialog } from './PhasesDialog';
import { TimelineBar } from './TimelineBar';
import { usePlayback } from './usePlayback';

export interface ExplorerTimelineProps {
  time: TimeState | undefined;
  onTime(time: TimeState): void;
  data: TimeData;
  /** The map for the day shown is still being read: Play waits for it. */
  busy: boolean;
  /** Analysts and administrators manage the phases. */
  canEdit: boolean;
  onChanges(): void;
}

const NONE: never[] = [];

export function ExplorerTimeline({ time = PRESENT, onTime, data, busy, canEdit, onChanges }: ExplorerTimelineProps) {
  const [step, setStep] = useState<PlayStep>('quarter');
  const [dialog, setDialog] = useState(false);
  const phases = data.phases.data ?? NONE;
  const activities = data.activities.data ?? NONE;
  const range = useMemo(() => programmeRange(phases, activities), [phases, activities]);
  const onAsOf = useCallback((day: string | null) => onTime(setAsOf(time, day)), [onTime, time]);
  const playback = usePlayback({ asOf: time.asOf, range, step, busy, onAsOf });
  const changed = (p: Promise<unknown>) => p.then((r) => (refreshData(), r));

  return (
    <>
      <TimelineBar
        range={range}
        phases={phases}
        activities={activities}
        asOf={time.asOf}
        since={time.since}
        onAsOf={onAsOf}
        onSince={(since) => onTime(setSince(time, since))}
        step={step}
        onStep={setStep}
        playback={playback}
        busy={busy}
        onChanges={onChanges}
        onPhases={canEdit ? () => setDialog(true) : undefined}
      />
      {dialog && (
        <PhasesDialog
          phases={phases}
          create={(input) => changed(createPhase(input))}
          update={(id, input) => changed(updatePhase(id, input))}
          remove={(id) => changed(deletePhase(id))}
          onClose={() => setDialog(false)}
        />
      )}
    </>
  );
}
