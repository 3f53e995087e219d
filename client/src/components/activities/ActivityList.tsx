/** The activities by the month they start, newest first: each with its glyph, title, days, place and participants. */
import { dayRange, groupByMonth } from '../../core/activities/activityState';
import type { ActivityItem } from '../../data/activities';
import { ShapeIcon } from '../ShapeIcon';
import { STATUS_LABELS } from './ActivityForm';
import { ACTIVITY_ENCODING } from './activityWords';

export interface ActivityListProps {
  activities: ActivityItem[];
  /** The answer for the filters as now set is on its way (the previous one is shown meanwhile). */
  busy: boolean;
  selected: string | null;
  onSelect(id: string): void;
}

export function ActivityList({ activities, busy, selected, onSelect }: ActivityListProps) {
  return (
    <div className="activity-list" data-testid="activity-list" aria-busy={busy}>
      {groupByMonth(activities).map((m) => (
        <section key={m.key} aria-labelledby={`month-${m.key || 'none'}`} data-testid={`month-${m.key || 'none'}`}>
          <h3 id={`month-${m.key || 'none'}`} className="month">
            {m.label}
          </h3>
          <ul>
            {m.items.map((a) => {
              const enc = ACTIVITY_ENCODING[a.type];
              return (
                <li key={a.id}>
                  <button
                    type="button"
                    className={`activity-row${selected === a.id ? ' selected' : ''}`}
                    aria-current={selected === a.id ? 'true' : undefined}
                    onClick={() => onSelect(a.id)}
                    data-testid={`activity-${a.id}`}
                  >
                    <ShapeIcon shape={enc.shape} fill={enc.colour} size={20} />
                    <span className="activity-main">
                      <span className="activity-name">{a.name}</span>
                      <span className="muted">
                        {enc.label} · {dayRange(a.date, a.endDate)} · {a.country?.name ?? 'place not recorded'}
                      </span>
                    </span>
                    <span className="activity-side">
                      <span className={`status status-${a.status.toLowerCase()}`}>{STATUS_LABELS[a.status]}</span>
                      <span className="muted">
                        {a.participants.length} {a.participants.length === 1 ? 'participant' : 'participants'}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
