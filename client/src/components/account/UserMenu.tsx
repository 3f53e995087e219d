/**
 * The signed-in user's menu in the top bar: one button as wide as the name, opening "Change password…" and
 * "Sign out" (MenuButton: arrows move, Escape closes and gives the focus back).
 */
import '../export/export.css';
import './account.css';

import { useCallback, useState } from 'react';

import { Modal } from '../export/Modal';
import { MenuButton } from '../MenuButton';
import { ChangePasswordForm } from './ChangePasswordForm';

export interface UserMenuProps {
  user: { username: string; role: string };
  onSignOut(): void;
  changePassword(current: string, next: string): Promise<void>;
}

export function UserMenu({ user, onSignOut, changePassword }: UserMenuProps) {
  const [dialog, setDialog] = useState<'change' | 'changed' | null>(null);
  // Stable, so the dialog does not take the focus back from its fields when the page re-renders.
  const closeDialog = useCallback(() => setDialog(null), []);

  return (
    <>
      <MenuButton
        className="user-menu"
        buttonClassName="user-menu-button"
        title={`Signed in as ${user.username} (${user.role})`}
        testId="user-menu"
        menuLabel={`Account of ${user.username}`}
        label={
          <>
            {user.username} <span className="user-menu-role">({user.role})</span>
          </>
        }
        header={
          <>
            Signed in as <strong>{user.username}</strong>
            <br />
            <span className="muted">Role: {user.role}</span>
          </>
        }
        items={[
          { id: 'change-password', label: 'Change password…', onSelect: () => setDialog('change') },
          { id: 'sign-out', label: 'Sign out', onSelect: onSignOut },
        ]}
      />
      {dialog && (
        <Modal title="Change password" className="account-dialog" onClose={closeDialog} testId="change-password-dialog">
          {dialog === 'change' ? (
            <ChangePasswordForm
              username={user.username}
              change={changePassword}
              onDone={() => setDialog('changed')}
              onCancel={closeDialog}
            />
          ) : (
            <>
              <p role="status">
                Your password is changed. Any other place where this account was signed in is now signed out.
              </p>
              <div className="form-actions">
                <button type="button" className="primary" onClick={closeDialog}>
                  Done
                </button>
              </div>
            </>
          )}
        </Modal>
      )}
    </>
  );
}
