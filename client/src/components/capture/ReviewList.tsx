/**
 * The review of captured entries: each pending one as a diff against what is recorded now, with who captured it and
 * from which session, and Accept / Reject (with an optional note). An entry whose target changed since says so and
 * cannot be accepted (the server answers CONFLICT); what a review did stays in its row.
 */
import { useState } from 'react';

import { CONFIDENCE_LABELS } from '../../core/vocabulary';
import { acceptCapture, rejectCapture, type CaptureEntry } from '../../data/captures';
import { ApiError } from '../../data/client';
import { TextField } from '../TextField';
import { CaptureDiff, CaptureHeading } from './CaptureDiff';

export interface Outcome {
  id: string;
  ok: boolean;
  message: string;
  actorId?: string | null;
}

function ReviewItem(props: {
  entry: CaptureEntry;
  busy: boolean;
  outcome: Outcome | null;
  onAccept(): void;
  onReject(note: string): void;
  onShow(actorId: string): void;
}) {
  const { entry: c, outcome } = props;
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const p = c.provenance;
  return (
    <li className="capture-review-item" data-testid="capture-review-item" aria-label={c.summary}>
      <CaptureHeading entry={c} />
      <p className="muted capture-meta">
        {p.source}, {p.recordedAt}
        {p.confidence ? `, ${CONFIDENCE_LABELS[p.confidence]} confidence` : ''} · captured by {c.capturedBy ?? '—'},{' '}
        {c.capturedAt.slice(0, 16).replace('T', ' ')} UTC
      </p>
      <CaptureDiff entry={c} />
      {c.conflict && (
        <p className="notice capture-conflict" role="status">
          {c.conflict}
        </p>
      )}
      {outcome ? (
        <p
          className={outcome.ok ? (c.status === 'REJECTED' ? 'capture-done rejected' : 'capture-done') : 'form-error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.message}{' '}
          {outcome.ok && outcome.actorId && (
            <button type="button" className="link" onClick={() => props.onShow(outcome.actorId ?? '')}>
              on the map
            </button>
          )}
        </p>
      ) : rejecting ? (
        <form
          className="capture-reject"
          onSubmit={(e) => {
            e.preventDefault();
            props.onReject(note);
          }}
        >
          <label htmlFor={`note-${c.id}`}>Why (optional)</label>
          <TextField id={`note-${c.id}`} value={note} onValueChange={setNote} autoFocus />
          <button type="submit" disabled={props.busy}>
            Reject
          </button>
          <button type="button" className="link" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="capture-review-actions">
          <button
            type="button"
            className="primary"
            disabled={props.busy || c.conflict !== null}
            onClick={props.onAccept}
          >
            Accept
          </button>
          <button type="button" disabled={props.busy} onClick={() => setRejecting(true)}>
            Reject…
          </button>
        </div>
      )}
    </li>
  );
}

export function ReviewList({
  entries,
  onReviewed,
  onShow,
}: {
  entries: CaptureEntry[];
  onReviewed(): void;
  onShow(actorId: string): void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [reviewed, setReviewed] = useState<CaptureEntry[]>([]);
  const review = async (c: CaptureEntry, action: () => Promise<CaptureEntry>, done: string, onMap: boolean) => {
    setBusy(c.id);
    try {
      const result = await action();
      setReviewed((list) => [result, ...list.filter((x) => x.id !== c.id)]);
      const actorId = onMap ? result.actorId : null;
      setOutcomes((o) => ({ ...o, [c.id]: { id: c.id, ok: true, message: done, actorId } }));
      onReviewed();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setOutcomes((o) => ({ ...o, [c.id]: { id: c.id, ok: false, message: e.message } }));
    } finally {
      setBusy(null);
    }
  };
  // A reviewed entry stays in place (as the server now has it) until the page is left, with what the review did.
  const shown = [
    ...entries.map((e) => reviewed.find((r) => r.id === e.id) ?? e),
    ...reviewed.filter((r) => !entries.some((e) => e.id === r.id)),
  ];
  return (
    <ul className="capture-review-list">
      {shown.map((c) => (
        <ReviewItem
          key={c.id}
          entry={c}
          busy={busy === c.id}
          outcome={outcomes[c.id] ?? null}
          onAccept={() => void review(c, () => acceptCapture(c.id), 'Accepted: it is on the map now.', true)}
          onReject={(note) =>
            void review(
              c,
              () => rejectCapture(c.id, note.trim() || null),
              'Rejected: nothing on the map changed.',
              false,
            )
          }
          onShow={onShow}
        />
      ))}
    </ul>
  );
}
