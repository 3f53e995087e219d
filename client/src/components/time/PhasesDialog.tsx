/**
 * The programme's phases, for analysts and administrators: a dialog from the timeline to add, edit and delete them.
 * Every invalid field is named at once; the server's messages (a duplicate name) go next to their fields.
 */
import { useState } from 'react';

import {
  EMPTY_PHASE,
  phaseField,
  phaseInput,
  validatePhase,
  type PhaseDraft,
  type PhaseErrors,
} from '../../core/time/phaseForm';
import { ApiError } from '../../data/client';
import type { Phase } from '../../data/time';
import { Modal } from '../export/Modal';
import { TextField } from '../TextField';

export interface PhasesDialogProps {
  phases: readonly Phase[];
  create(input: ReturnType<typeof phaseInput>): Promise<unknown>;
  update(id: string, input: ReturnType<typeof phaseInput>): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  onClose(): void;
}

const FIELDS: Array<{ key: keyof PhaseDraft; label: string; placeholder?: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'start', label: 'First day', placeholder: 'YYYY-MM-DD' },
  { key: 'end', label: 'Last day (empty while it runs)', placeholder: 'YYYY-MM-DD' },
  { key: 'description', label: 'Description' },
];

export function PhasesDialog({ phases, create, update, remove, onClose }: PhasesDialogProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<PhaseDraft>(EMPTY_PHASE);
  const [errors, setErrors] = useState<PhaseErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState(0);

  const edit = (p: Phase | null) => {
    setEditing(p?.id ?? null);
    setDraft(p ? { name: p.name, start: p.start, end: p.end ?? '', description: p.description ?? '' } : EMPTY_PHASE);
    setErrors({});
    setFailure(null);
    setToken((t) => t + 1);
  };

  const fail = (e: unknown) => {
    if (!(e instanceof ApiError)) {
      setFailure(e instanceof Error ? e.message : String(e));
      return;
    }
    const byField: PhaseErrors = {};
    const rest: string[] = [];
    for (const fe of e.errors) {
      const field = phaseField(fe.field);
      if (field) byField[field] = fe.message;
      else rest.push(fe.message);
    }
    setErrors(byField);
    setFailure(rest.length > 0 ? rest.join(' ') : null);
  };

  const submit = async () => {
    const found = validatePhase(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (editing) await update(editing, phaseInput(draft));
      else await create(phaseInput(draft));
      edit(null);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Programme phases" onClose={onClose} testId="phases-dialog" className="modal phases-dialog">
      <ul className="phase-list">
        {phases.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{p.name}</strong> {p.start} – {p.end ?? 'running'}
            </span>
            <button type="button" className="link" onClick={() => edit(p)}>
              Edit
            </button>
            <button
              type="button"
              className="link danger"
              onClick={() => {
                if (!window.confirm(`Delete ${p.name}?`)) return;
                remove(p.id).then(() => (editing === p.id ? edit(null) : undefined), fail);
              }}
            >
              Delete
            </button>
          </li>
        ))}
        {phases.length === 0 && <li className="muted">No phases yet.</li>}
      </ul>
      <form
        className="phase-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <h3>{editing ? 'Edit the phase' : 'Add a phase'}</h3>
        {FIELDS.map((f, i) => (
          <div key={f.key} className="field">
            <label htmlFor={`phase-${f.key}`}>{f.label}</label>
            <TextField
              id={`phase-${f.key}`}
              value={draft[f.key]}
              resetToken={token}
              placeholder={f.placeholder}
              onValueChange={(v) => setDraft((d) => ({ ...d, [f.key]: v }))}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `phase-${f.key}-error` : undefined}
              {...(i === 0 ? { autoFocus: true } : {})}
            />
            {errors[f.key] && (
              <p id={`phase-${f.key}-error`} className="field-error" role="alert">
                {errors[f.key]}
              </p>
            )}
          </div>
        ))}
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {editing ? 'Save the phase' : 'Add the phase'}
          </button>
          {editing && (
            <button type="button" onClick={() => edit(null)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
