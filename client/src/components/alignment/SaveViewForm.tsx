/**
 * Saves the current alignment page (its URL state) as a named view through the existing saveView API, with an
 * optional description: meeting mode shows it as the view's caption.
 */
import { useState } from 'react';

import { ApiError } from '../../data/client';

export function SaveViewForm({
  label,
  save,
  signedIn,
  onSignIn,
}: {
  label: string;
  save(name: string, description: string | null): Promise<void>;
  signedIn: boolean;
  onSignIn(): void;
}) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!signedIn) {
    return (
      <p className="muted">
        <button type="button" className="link" onClick={onSignIn}>
          Sign in
        </button>{' '}
        to save this as a named view.
      </p>
    );
  }
  return (
    <form
      className="save-view"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        const saved = name.trim();
        save(saved, description.trim() || null).then(
          () => {
            // Emptied for the next view, as the explorer's Saved views form is (the form outlives a page switch).
            setName('');
            setDescription('');
            setMessage(`Saved “${saved}”.`);
          },
          (err: unknown) => setMessage(err instanceof ApiError ? err.message : String(err)),
        );
      }}
    >
      <label htmlFor="save-view-name">{label}</label>
      <input id="save-view-name" value={name} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor="save-view-description" className="save-view-description">
        Description (optional; the caption in meeting mode)
      </label>
      <input id="save-view-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <button type="submit" className="primary">
        Save view
      </button>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
    </form>
  );
}
