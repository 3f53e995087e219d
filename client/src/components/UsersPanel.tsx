/**
 * Administrators add accounts, change roles and reset passwords; a one-time password (new account or reset) is
 * shown once, and its holder must change it after signing in.
 */
import './account/account.css';

import { useState } from 'react';

import { ApiError } from '../data/client';
import type { Account } from '../data/operations';

const ROLES: Array<[Account['role'], string]> = [
  ['viewer', 'Viewer — reads what is not sensitive'],
  ['analyst', 'Analyst — reads everything, edits'],
  ['admin', 'Admin — also manages users'],
];

export interface UsersPanelProps {
  users: Account[] | undefined;
  loading: boolean;
  error: string | null;
  create(username: string, role: Account['role']): Promise<{ oneTimePassword: string | null }>;
  changeRole(id: string, role: Account['role']): Promise<void>;
  /** A new one-time password for another account; its sessions end. */
  resetPassword(id: string): Promise<{ oneTimePassword: string | null }>;
  /** The administrator using the panel, who changes their own password from the user menu instead. */
  currentUserId?: string;
  onClose(): void;
}

const message = (err: unknown): string => (err instanceof ApiError ? err.message : String(err));

export function UsersPanel({
  users,
  loading,
  error,
  create,
  changeRole,
  resetPassword,
  currentUserId,
  onClose,
}: UsersPanelProps) {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Account['role']>('analyst');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [created, setCreated] = useState<{ username: string; password: string; reset: boolean } | null>(null);
  return (
    <section className="actor-form" aria-labelledby="users-title">
      <div className="details-head">
        <h2 id="users-title">Users and roles</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close users">
          ×
        </button>
      </div>
      {loading && <p>Loading…</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="plain-list users-list" data-testid="users">
        {(users ?? []).map((u) => (
          <li key={u.id}>
            <label>
              {u.username}{' '}
              <select
                aria-label={`Role of ${u.username}`}
                value={u.role}
                onChange={(e) =>
                  changeRole(u.id, e.target.value as Account['role']).catch((err: unknown) => setProblem(message(err)))
                }
              >
                {ROLES.map(([value]) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
            {u.mustChangePassword && <span className="tag">must change password</span>}
            {u.id !== currentUserId && confirming !== u.id && (
              <button type="button" className="link" onClick={() => setConfirming(u.id)}>
                Reset password<span className="visually-hidden"> of {u.username}</span>
              </button>
            )}
            {confirming === u.id && (
              <span className="confirm-reset">
                Sign {u.username} out and replace the password?{' '}
                <button
                  type="button"
                  className="link danger"
                  onClick={() => {
                    setProblem(null);
                    setConfirming(null);
                    resetPassword(u.id).then(
                      // The SDL shares CreatedUser with createUser, whose password may be null; a reset always has one.
                      (result) =>
                        setCreated(
                          result.oneTimePassword
                            ? { username: u.username, password: result.oneTimePassword, reset: true }
                            : null,
                        ),
                      (err: unknown) => setProblem(message(err)),
                    );
                  }}
                >
                  Reset<span className="visually-hidden"> the password of {u.username}</span>
                </button>{' '}
                <button type="button" className="link" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(null);
          create(username, role).then(
            (result) => {
              setCreated(result.oneTimePassword ? { username, password: result.oneTimePassword, reset: false } : null);
              setUsername('');
            },
            (err: unknown) => setProblem(message(err)),
          );
        }}
      >
        <h3>Add a user</h3>
        <div className="field">
          <label htmlFor="new-user">Username</label>
          <input id="new-user" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as Account['role'])}>
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            Add user
          </button>
        </div>
      </form>
      {created && (
        <p role="status" data-testid="one-time-password">
          {created.reset ? 'New one-time password' : 'One-time password'} for <strong>{created.username}</strong> (shown
          only now; hand it over safely — they choose their own password when they sign in with it):{' '}
          <code>{created.password}</code>
        </p>
      )}
    </section>
  );
}
