/** Analysts sign in to edit; reading may stay anonymous. The session lives in an HttpOnly cookie. */
import { useState } from 'react';

import { ApiError } from '../data/client';

export interface SignInPanelProps {
  signIn(username: string, password: string): Promise<void>;
  onClose(): void;
}

export function SignInPanel({ signIn, onClose }: SignInPanelProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="actor-form"
      aria-labelledby="signin-title"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        signIn(username, password).then(
          () => setBusy(false),
          (err: unknown) => {
            setBusy(false);
            setError(err instanceof ApiError ? err.message : String(err));
          },
        );
      }}
    >
      <div className="details-head">
        <h2 id="signin-title">Sign in to edit</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close sign-in">
          ×
        </button>
      </div>
      <div className="field">
        <label htmlFor="signin-user">Username</label>
        <input
          id="signin-user"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="signin-password">Password</label>
        <input
          id="signin-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
