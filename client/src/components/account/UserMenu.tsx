/**
 * The signed-in user's menu in the top bar: one button as wide as the name, opening "Change password…" and
 * "Sign out" (the menu-button pattern: arrows move, Escape closes and gives the focus back).
 */
import '../export/export.css';
import './account.css';

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { Modal } from '../export/Modal';
import { ChangePasswordForm } from './ChangePasswordForm';

export interface UserMenuProps {
  user: { username: string; role: string };
  onSignOut(): void;
  changePassword(current: string, next: string): Promise<void>;
}

export function UserMenu({ user, onSignOut, changePassword }: UserMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'change' | 'changed' | null>(null);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLUListElement | null>(null);
  // Stable, so the dialog does not take the focus back from its fields when the page re-renders.
  const closeDialog = useCallback(() => setDialog(null), []);

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (!open) return;
    // Without scrolling: the top bar may be wider than the window, and the page must not jump sideways.
    items()[0]?.focus({ preventScroll: true });
    const outside = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus({ preventScroll: true });
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="user-menu">
      <button
        type="button"
        ref={button}
        className="user-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        title={`Signed in as ${user.username} (${user.role})`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="user-menu"
      >
        {user.username} <span className="user-menu-role">({user.role})</span>
        <span className="user-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul
          className="user-menu-list"
          role="menu"
          id={`${id}-menu`}
          aria-label={`Account of ${user.username}`}
          ref={menu}
          onKeyDown={onMenuKey}
        >
          <li role="presentation" className="user-menu-who">
            Signed in as <strong>{user.username}</strong>
            <br />
            <span className="muted">Role: {user.role}</span>
          </li>
          <li role="presentation">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false);
                setDialog('change');
              }}
            >
              Change password…
            </button>
          </li>
          <li role="presentation">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false);
                onSignOut();
              }}
            >
              Sign out
            </button>
          </li>
        </ul>
      )}
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
    </div>
  );
}
