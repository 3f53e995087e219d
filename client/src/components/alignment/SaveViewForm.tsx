/** Saves the current alignment page (its URL state) as a named view through the existing saveView API. */
import { useState } from 'react';

import { ApiError } from '../../data/client';

export function SaveViewForm({
  label,
  save,
  signedIn,
  onSignIn,
}: {
  label: string;
  save(name: string): Promise<void>;
  signedIn: boolean;
  onSignIn(): void;
}) {
  const [name, setName] = useState('');
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
        save(name.trim()).then(
          () => setMessage(`Saved “${name.trim()}”.`),
          (err: unknown) => setMessage(err instanceof ApiError ? err.message : String(err)),
        );
      }}
    >
      <label htmlFor="save-view-name">{label}</label>
      <input id="save-view-name" value={name} onChange={(e) => setName(e.target.value)} required />
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
