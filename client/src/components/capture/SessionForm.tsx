/** The session's provenance, set once for every entry captured in the room: the workshop, its day, the confidence. */
import { useState } from 'react';

import { newSessionId, type CaptureSession } from '../../core/capture/captureDraft';
import { CONFIDENCE_LABELS, CONFIDENCES, type Confidence } from '../../core/vocabulary';
import { TextField } from '../TextField';

const today = (): string => new Date().toISOString().slice(0, 10);

export function SessionForm({
  session,
  error,
  onStart,
}: {
  session: CaptureSession | null;
  error?: string;
  onStart(session: CaptureSession): void;
}) {
  const [source, setSource] = useState(session?.source ?? '');
  const [recordedAt, setRecordedAt] = useState(session?.recordedAt ?? today());
  const [confidence, setConfidence] = useState<Confidence>(session?.confidence ?? 'MEDIUM');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;
  return (
    <form
      className="capture-session"
      aria-label="Session"
      onSubmit={(e) => {
        e.preventDefault();
        if (source.trim() === '') {
          setProblem('Name the workshop or meeting: every entry is recorded with it as its source.');
          return;
        }
        setProblem(null);
        onStart({
          id: session?.id ?? newSessionId(recordedAt),
          source: source.trim(),
          recordedAt,
          confidence,
        });
      }}
    >
      <h3>The session</h3>
      <p className="muted">Set once: every entry of this session is recorded with this source, date and confidence.</p>
      <div className="capture-row">
        <div className={shown ? 'field invalid wide' : 'field wide'}>
          <label htmlFor="capture-source">Source (the workshop or meeting)</label>
          <TextField
            id="capture-source"
            value={source}
            onValueChange={setSource}
            placeholder="e.g. Vientiane consultation workshop"
            autoFocus
            aria-invalid={shown ? true : undefined}
          />
          {shown && (
            <p className="field-error" role="alert">
              {shown}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="capture-date">Date</label>
          <input id="capture-date" type="date" value={recordedAt} onChange={(e) => setRecordedAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="capture-confidence">Confidence</label>
          <select
            id="capture-confidence"
            value={confidence}
            onChange={(e) => setConfidence(e.target.value as Confidence)}
          >
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {CONFIDENCE_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="primary">
        {session ? 'Keep these for the session' : 'Start capturing'}
      </button>
    </form>
  );
}
