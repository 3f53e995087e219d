/**
 * One activity: its type (with its glyph), days, status, where it is held, themes, description, outcomes, the
 * participants by sector or by country with their roles and provenance, and the sources behind them. Editors get
 * Edit, Delete…, Remove on each participant and the form to add one; everyone gets who to invite.
 */
import { useState, type ReactNode } from 'react';

import { dayRange, groupParticipants } from '../../core/activities/activityState';
import type { ActivityItem } from '../../data/activities';
import { DeleteConfirm } from '../catalogue/CatalogueDetails';
import { SensitiveBadge } from '../SensitiveBadge';
import { ShapeIcon } from '../ShapeIcon';
import { STATUS_LABELS } from './ActivityForm';
import { ACTIVITY_ENCODING, CONFIDENCE_LABELS, roleLabel } from './activityWords';

export interface ActivityDetailsProps {
  activity: ActivityItem;
  canEdit: boolean;
  onEdit(): void;
  onDelete(): Promise<void>;
  onRemoveParticipant(actorId: string): void;
  onActor(actorId: string): void;
  onMap(): void;
  onClose(): void;
  /** The form to add a participant, and who to invite. */
  children?: ReactNode;
}

export function ActivityDetails(props: ActivityDetailsProps) {
  const { activity: a, canEdit } = props;
  const [by, setBy] = useState<'sector' | 'country'>('sector');
  const [deleting, setDeleting] = useState(false);
  const enc = ACTIVITY_ENCODING[a.type];
  const groups = groupParticipants(a.participants, by);
  return (
    <article className="activity-details" aria-labelledby="activity-title" data-testid="activity-details">
      <header>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close the details">
          ×
        </button>
        <p className="activity-kind">
          <ShapeIcon shape={enc.shape} fill={enc.colour} size={22} /> {enc.label} ·{' '}
          <span className={`status status-${a.status.toLowerCase()}`}>{STATUS_LABELS[a.status]}</span>
        </p>
        <h2 id="activity-title">{a.name}</h2>
        <p className="muted">
          {dayRange(a.date, a.endDate)} · {a.country?.name ?? 'Place not recorded'}
        </p>
        <div className="form-actions">
          {canEdit && (
            <>
              <button type="button" onClick={props.onEdit}>
                Edit activity
              </button>
              <button type="button" className="danger" onClick={() => setDeleting(true)}>
                Delete…
              </button>
            </>
          )}
          <button type="button" onClick={props.onMap}>
            On the map
          </button>
        </div>
        {deleting && (
          <DeleteConfirm
            name={a.name}
            consequence={`Its ${a.participants.length === 1 ? 'participation goes' : `${a.participants.length} participations go`} with it; the actors stay.`}
            onDelete={props.onDelete}
            onCancel={() => setDeleting(false)}
          />
        )}
      </header>
      {a.themes.length > 0 && (
        <p>
          <strong>Themes:</strong> {a.themes.map((t) => t.name).join(', ')}
        </p>
      )}
      {a.description && (
        <section>
          <h3>Description</h3>
          <p className="prose">{a.description}</p>
        </section>
      )}
      {a.outcomes && (
        <section>
          <h3>Outcomes</h3>
          <p className="prose">{a.outcomes}</p>
        </section>
      )}
      <section aria-labelledby="participants-title">
        <div className="participants-head">
          <h3 id="participants-title">Participants ({a.participants.length})</h3>
          <div className="segmented" role="group" aria-label="Group participants by">
            <button type="button" aria-pressed={by === 'sector'} onClick={() => setBy('sector')}>
              By sector
            </button>
            <button type="button" aria-pressed={by === 'country'} onClick={() => setBy('country')}>
              By country
            </button>
          </div>
        </div>
        {a.participants.length === 0 && <p className="muted">No participant recorded yet.</p>}
        {groups.map((g) => (
          <div key={g.key} className="participant-group">
            <h4>
              {g.label} <span className="muted">({g.items.length})</span>
            </h4>
            <ul>
              {g.items.map((p) => (
                <li key={p.actor.id} data-testid={`participant-${p.actor.id}`}>
                  <button type="button" className="link" onClick={() => props.onActor(p.actor.id)}>
                    {p.actor.name}
                  </button>{' '}
                  <span className="role">{roleLabel(p.roleCode, p.role)}</span>
                  {p.sensitive && <SensitiveBadge />}
                  <span className="muted provenance">
                    {' '}
                    {[
                      by === 'sector' ? p.country?.name : null,
                      p.provenance.source,
                      p.provenance.recordedAt,
                      p.provenance.confidence ? `${CONFIDENCE_LABELS[p.provenance.confidence]} confidence` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {canEdit && (
                    <button
                      type="button"
                      className="link danger"
                      onClick={() => props.onRemoveParticipant(p.actor.id)}
                      aria-label={`Remove ${p.actor.name}`}
                    >
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {a.sources.length > 0 && (
        <section>
          <h3>Sources</h3>
          <ul className="sources">
            {a.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {props.children}
    </article>
  );
}
