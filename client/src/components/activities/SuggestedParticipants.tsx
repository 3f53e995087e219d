/**
 * Who to invite: the actors suggestParticipants ranks for an activity, each with its reasons in plain words and, for
 * editors, one button that records it. A planned activity records an invitation (INVITED: reach then counts who was
 * invited and never came, and the role is changed to the one held once the actor comes); a held one records a
 * participant (someone found afterwards in the attendance list).
 */
import { SECTOR_LABELS } from '../../core/vocabulary';
import type { ParticipantSuggestion } from '../../data/activities';
import type { ActivityStatus, ParticipantRole } from '../../data/generated/graphql';

export function suggestionRole(status: ActivityStatus): ParticipantRole {
  return status === 'PLANNED' ? 'INVITED' : 'PARTICIPANT';
}

export interface SuggestedParticipantsProps {
  status: ActivityStatus;
  suggestions: ParticipantSuggestion[] | undefined;
  loading: boolean;
  error: string | null;
  canEdit: boolean;
  busy: string | null;
  onAdd(actorId: string, role: ParticipantRole): void;
  onActor(actorId: string): void;
}

export function SuggestedParticipants(props: SuggestedParticipantsProps) {
  const role = suggestionRole(props.status);
  const action = role === 'INVITED' ? 'Invite' : 'Add as participant';
  return (
    <section className="who-to-invite" aria-labelledby="suggestions-title" data-testid="who-to-invite">
      <h3 id="suggestions-title">Who to invite</h3>
      <p className="muted">
        Actors not yet in it who hold its themes, from sectors and countries its participants do not cover, or reached
        through them.
        {props.status === 'CANCELLED' ? ' It was cancelled.' : ''}
      </p>
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      {props.loading && !props.suggestions && <p className="muted">Looking for actors…</p>}
      {props.suggestions?.length === 0 && (
        <p className="muted">No suggestions: it has no themes yet, or everyone holding them already takes part.</p>
      )}
      <ol className="suggestion-list">
        {props.suggestions?.map((s) => (
          <li key={s.actor.id} data-testid={`suggestion-${s.actor.id}`}>
            <div className="suggestion-head">
              <button type="button" className="link" onClick={() => props.onActor(s.actor.id)}>
                {s.actor.name}
              </button>
              <span className="muted">
                {' '}
                {[SECTOR_LABELS[s.actor.sector], s.actor.country?.name].filter(Boolean).join(' · ')}
              </span>
              <span className="score" title="How much it would widen the activity's reach, 0 to 100">
                score {Math.round(s.score * 100)}
              </span>
            </div>
            <ul className="reasons">
              {s.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {props.canEdit && props.status !== 'CANCELLED' && (
              <button
                type="button"
                disabled={props.busy !== null}
                onClick={() => props.onAdd(s.actor.id, role)}
                aria-label={`${action}: ${s.actor.name}`}
              >
                {props.busy === s.actor.id ? 'Adding…' : action}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
