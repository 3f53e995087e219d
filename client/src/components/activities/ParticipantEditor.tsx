/**
 * Adds a participant to an activity (an actor found by name, its role, the record's provenance and whether it is
 * sensitive). The provenance says where the participation is recorded (an attendance list, an activity report); the
 * API records "Entered in Reform Atlas", today, medium confidence when the source is left empty.
 */
import { useState } from 'react';

import { CONFIDENCE_LABELS, CONFIDENCES, type Confidence } from '../../core/vocabulary';
import { ApiError } from '../../data/client';
import type { ParticipantInput, ParticipantRole } from '../../data/generated/graphql';
import { SearchBox, type SearchOption } from '../SearchBox';
import { TextField } from '../TextField';

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  ORGANISER: 'Organiser',
  FACILITATOR: 'Facilitator',
  PARTICIPANT: 'Participant',
  SPEAKER: 'Speaker',
  HOST: 'Host',
  FUNDER: 'Funder',
  KEY_INFORMANT: 'Key informant',
  INVITED: 'Invited',
};
export const ROLES = Object.keys(ROLE_LABELS) as ParticipantRole[];

export interface ParticipantProvenance {
  source: string;
  recordedAt: string;
  confidence: Confidence;
  sensitive: boolean;
}

export const DEFAULT_PROVENANCE: ParticipantProvenance = {
  source: '',
  recordedAt: '',
  confidence: 'MEDIUM',
  sensitive: false,
};

/** The API's input for a participant with this provenance (nothing sent for an empty source: the API's default). */
export function participantInput(
  activityId: string,
  actorId: string,
  role: ParticipantRole,
  p: ParticipantProvenance,
): ParticipantInput {
  return {
    activityId,
    actorId,
    role,
    ...(p.source.trim()
      ? {
          provenance: {
            source: p.source.trim(),
            confidence: p.confidence,
            ...(p.recordedAt ? { recordedAt: p.recordedAt } : {}),
          },
        }
      : {}),
    ...(p.sensitive ? { sensitive: true } : {}),
  };
}

export interface ParticipantEditorProps {
  activityId: string;
  provenance: ParticipantProvenance;
  onProvenance(p: ParticipantProvenance): void;
  find(text: string): Promise<SearchOption[]>;
  add(input: ParticipantInput): Promise<unknown>;
}

export function ParticipantEditor({ activityId, provenance, onProvenance, find, add }: ParticipantEditorProps) {
  const [actor, setActor] = useState<SearchOption | null>(null);
  const [role, setRole] = useState<ParticipantRole>('PARTICIPANT');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ParticipantProvenance>(k: K, v: ParticipantProvenance[K]) =>
    onProvenance({ ...provenance, [k]: v });

  const submit = async () => {
    if (!actor) return setError('Find the actor to add first.');
    setBusy(true);
    setError(null);
    try {
      await add(participantInput(activityId, actor.entityId, role, provenance));
      setActor(null);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="participant-editor" aria-labelledby="participant-editor-title">
      <h4 id="participant-editor-title">Add a participant</h4>
      <div className="field-row">
        {actor ? (
          <p className="picked">
            <strong>{actor.label}</strong>
            {actor.detail && <span className="muted"> · {actor.detail}</span>}{' '}
            <button type="button" className="link" onClick={() => setActor(null)} aria-label="Choose another actor">
              ×
            </button>
          </p>
        ) : (
          <SearchBox
            label="Actor"
            placeholder="Type a name…"
            find={async (text) => (await find(text)).filter((o) => o.kind === 'ACTOR')}
            onPick={setActor}
            testId="participant-search"
          />
        )}
        <label className="field">
          Role
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as ParticipantRole)}
            data-testid="participant-role"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="provenance-set">
        <legend>Recorded with (here and for suggested participants)</legend>
        <label className="field">
          Source
          <TextField
            value={provenance.source}
            placeholder="Attendance list, activity report…"
            onValueChange={(text) => set('source', text)}
            data-testid="participant-source"
          />
        </label>
        <label className="field">
          Date
          <input type="date" value={provenance.recordedAt} onChange={(e) => set('recordedAt', e.target.value)} />
        </label>
        <label className="field">
          Confidence
          <select value={provenance.confidence} onChange={(e) => set('confidence', e.target.value as Confidence)}>
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {CONFIDENCE_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={provenance.sensitive} onChange={(e) => set('sensitive', e.target.checked)} />{' '}
          Sensitive (only analysts and administrators see it)
        </label>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void submit()} disabled={busy || !actor} data-testid="participant-add">
        {busy ? 'Adding…' : 'Add participant'}
      </button>
    </section>
  );
}
