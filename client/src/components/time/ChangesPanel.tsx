/**
 * "What changed since…": the comparison day chosen as a day, a phase or an activity, then what changed between it and
 * the map's day — new and ended ties, new actors, position shifts, first engagements — each list with its count and
 * its provenance, the first few shown and "N more" for the rest. A row selects and centres its actor on the map.
 */
import { useState, type ReactNode } from 'react';

import { describeDay } from '../../core/time/dates';
import { recogniseSince, sinceName, type SinceChoice, type SinceKind } from '../../core/time/sinceChoice';
import type { GraphNodeFragment as GraphNode } from '../../data/generated/graphql';
import type { MapChanges, Phase, TimelineActivity } from '../../data/time';
import { ActorRow, EngagementRow, ShiftRow, TieRow } from './ChangeItems';
import { DayField } from './DayField';

/** Rows shown per list before "N more". */
export const FIRST_ROWS = 8;

export interface ChangesPanelProps {
  since: string | null;
  asOf: string | null;
  phases: readonly Phase[];
  activities: readonly TimelineActivity[];
  changes: MapChanges | null;
  loading: boolean;
  error: string | null;
  onSince(day: string | null): void;
  onPick(node: GraphNode): void;
  onClose(): void;
}

function ChangeList<T>({
  title,
  testId,
  items,
  count,
  render,
}: {
  title: string;
  testId: string;
  items: readonly T[];
  count: number;
  render(item: T): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, FIRST_ROWS);
  // Beyond what the API returned (its limit): counted, not listed.
  const unlisted = count - items.length;
  return (
    <section className="change-list" data-testid={testId} aria-label={title}>
      <h3>
        {title}{' '}
        <span className="change-count" data-testid={`${testId}-count`}>
          {count}
        </span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {shown.map((item, i) => (
            <li key={i}>{render(item)}</li>
          ))}
        </ul>
      )}
      {!open && items.length > FIRST_ROWS && (
        <button type="button" className="link" onClick={() => setOpen(true)} data-testid={`${testId}-more`}>
          {items.length - FIRST_ROWS} more
        </button>
      )}
      {unlisted > 0 && (open || items.length <= FIRST_ROWS) && (
        <p className="muted">{unlisted} more not listed (narrow with the filters).</p>
      )}
    </section>
  );
}

export function ChangesPanel(props: ChangesPanelProps) {
  const { since, asOf, phases, activities, changes } = props;
  const [preferred, setPreferred] = useState<SinceChoice | undefined>(undefined);
  const choice = recogniseSince(since, phases, activities, preferred);
  const [kind, setKind] = useState<SinceKind>(choice.kind);
  const name = sinceName(choice, phases, activities);
  const choose = (next: SinceChoice, day: string | null) => {
    setPreferred(next);
    props.onSince(day);
  };

  return (
    <div className="panel changes-panel" data-testid="changes-panel">
      <div className="panel-head">
        <h2>What changed</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close what changed">
          ×
        </button>
      </div>
      <fieldset className="since-choice">
        <legend>Since</legend>
        <div className="since-kinds" role="radiogroup" aria-label="Since what">
          {(
            [
              ['activity', 'An activity'],
              ['phase', 'A phase'],
              ['date', 'A day'],
            ] as const
          ).map(([k, label]) => (
            <label key={k}>
              <input type="radio" name="since-kind" checked={kind === k} onChange={() => setKind(k)} /> {label}
            </label>
          ))}
        </div>
        {kind === 'activity' && (
          <select
            aria-label="Since the activity"
            value={choice.kind === 'activity' ? (choice.id ?? '') : ''}
            onChange={(e) => {
              const a = activities.find((x) => x.id === e.target.value);
              choose({ kind: 'activity', id: a?.id ?? null }, a?.date ?? null);
            }}
            data-testid="since-activity"
          >
            <option value="">Choose an activity…</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.date} · {a.name}
              </option>
            ))}
          </select>
        )}
        {kind === 'phase' && (
          <select
            aria-label="Since the phase"
            value={choice.kind === 'phase' ? (choice.id ?? '') : ''}
            onChange={(e) => {
              const p = phases.find((x) => x.id === e.target.value);
              choose({ kind: 'phase', id: p?.id ?? null }, p?.start ?? null);
            }}
            data-testid="since-phase"
          >
            <option value="">Choose a phase…</option>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} (from {p.start})
              </option>
            ))}
          </select>
        )}
        {kind === 'date' && (
          <DayField
            label="Day"
            value={since}
            onDay={(day) => choose({ kind: 'date', id: day }, day)}
            testId="since-day"
          />
        )}
      </fieldset>
      {since === null ? (
        <p className="muted">
          Choose when to compare from: the map then shows what is new in green and what ended as ghosts.
        </p>
      ) : (
        <>
          <p className="changes-heading" data-testid="changes-heading">
            Since {name ? <bdi>{name}</bdi> : describeDay(since)}
            {name ? ` (${describeDay(since)})` : ''} to {asOf ? describeDay(asOf) : 'today'}
          </p>
          {props.error && (
            <p className="error" role="alert">
              {props.error}
            </p>
          )}
          {props.loading && !changes && <p role="status">Reading the changes…</p>}
          {changes && (
            <div className="change-lists" aria-busy={props.loading}>
              <ChangeList
                title="New ties"
                testId="changes-new-ties"
                items={changes.newTies}
                count={changes.newTieCount}
                render={(t) => <TieRow item={t} ended={false} onPick={props.onPick} />}
              />
              <ChangeList
                title="Ended ties"
                testId="changes-ended-ties"
                items={changes.endedTies}
                count={changes.endedTieCount}
                render={(t) => <TieRow item={t} ended onPick={props.onPick} />}
              />
              <ChangeList
                title="New actors"
                testId="changes-new-actors"
                items={changes.newActors}
                count={changes.newActorCount}
                render={(a) => <ActorRow item={a} onPick={props.onPick} />}
              />
              <ChangeList
                title="Position shifts"
                testId="changes-shifts"
                items={changes.positionShifts}
                count={changes.positionShiftCount}
                render={(s) => <ShiftRow item={s} onPick={props.onPick} />}
              />
              <ChangeList
                title="First engagements"
                testId="changes-engagements"
                items={changes.firstEngagements}
                count={changes.firstEngagementCount}
                render={(f) => <EngagementRow item={f} onPick={props.onPick} />}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
