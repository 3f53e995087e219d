/**
 * A network's, coalition's or theme's own details (what the catalogue holds about it), and the confirmation its
 * deletion asks for: what goes with it, and that an administrator can undo it.
 */
import './catalogue.css';

import { useState } from 'react';

import { ApiError } from '../../data/client';
import type { GroupFragment as Group, ThemeFragment as Theme } from '../../data/generated/graphql';

const listOr = (items: string[]) => (items.length > 0 ? items.join(', ') : '—');

export function GroupBody({ group }: { group: Group }) {
  return (
    <>
      <dl className="attrs" data-testid="group-attrs">
        {group.acronym && (
          <>
            <dt>Acronym</dt>
            <dd>{group.acronym}</dd>
          </>
        )}
        <dt>Founded</dt>
        <dd>{group.founded ?? '—'}</dd>
        <dt>Active in</dt>
        <dd>{listOr(group.countries.map((c) => c.name))}</dd>
        <dt>Focus themes</dt>
        <dd>{listOr(group.themes.map((t) => t.name))}</dd>
        <dt>Members</dt>
        <dd>{group.memberCount}</dd>
      </dl>
      {group.description && <p className="description">{group.description}</p>}
    </>
  );
}

export function ThemeBody({ theme }: { theme: Theme }) {
  return (
    <>
      <dl className="attrs" data-testid="theme-attrs">
        <dt>Actors with a position</dt>
        <dd>{theme.actorCount}</dd>
        <dt>Support · oppose · mixed</dt>
        <dd>
          {theme.supports} · {theme.opposes} · {theme.mixed}
        </dd>
      </dl>
      {theme.description && <p className="description">{theme.description}</p>}
    </>
  );
}

export interface DeleteConfirmProps {
  name: string;
  /** What goes with it, in a sentence: "Its 12 memberships go with it." */
  consequence: string;
  onDelete(): Promise<void>;
  onCancel(): void;
}

export function DeleteConfirm({ name, consequence, onDelete, onCancel }: DeleteConfirmProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await onDelete();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
      setBusy(false);
    }
  };
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-what">
      <p id="delete-title">
        <strong>Delete {name}?</strong>
      </p>
      <p id="delete-what">{consequence} An administrator can undo this from the audit trail.</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Keep it
        </button>
      </div>
    </div>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function groupDeletion(group: Group): string {
  return group.memberCount > 0
    ? `Its ${plural(group.memberCount, 'membership goes', 'memberships go')} with it.`
    : 'It has no members.';
}

export function themeDeletion(theme: Theme): string {
  const held =
    theme.actorCount === 0
      ? 'No actor holds a position on it.'
      : theme.actorCount === 1
        ? 'The one position held on it goes with it.'
        : `The ${theme.actorCount} positions held on it go with it.`;
  return `${held} Any network or coalition focusing on it loses it as a focus.`;
}
