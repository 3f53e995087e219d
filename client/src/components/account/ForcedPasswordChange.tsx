/**
 * After signing in with a one-time password (the first administrator's, or one an administrator made), the page
 * shows only this until the password is changed; the server refuses everything else meanwhile.
 */
import './account.css';

import { ChangePasswordForm } from './ChangePasswordForm';

export interface ForcedPasswordChangeProps {
  user: { username: string; role: string };
  change(current: string, next: string): Promise<void>;
  onSignOut(): void;
}

export function ForcedPasswordChange({ user, change, onSignOut }: ForcedPasswordChangeProps) {
  return (
    <div className="app forced-change-page">
      <header className="topbar">
        <div className="brand">
          <h1>Reform Atlas</h1>
        </div>
        <div className="topbar-controls">
          <span className="muted">
            Signed in as <strong>{user.username}</strong>
          </span>
          <button type="button" className="link" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main className="forced-change">
        <section className="account-card" aria-labelledby="forced-change-title" data-testid="forced-password-change">
          <h2 id="forced-change-title">Choose your own password</h2>
          <p>
            You signed in with a one-time password. Before you use Reform Atlas, replace it with a password only you
            know. The one-time password stops working once you have changed it.
          </p>
          <ChangePasswordForm username={user.username} forced change={change} />
        </section>
      </main>
    </div>
  );
}
