import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { AccountGate } from '../src/components/account/AccountGate';
import { ChangePasswordForm } from '../src/components/account/ChangePasswordForm';
import { UserMenu } from '../src/components/account/UserMenu';
import { TopBar, type TopBarProps } from '../src/components/TopBar';
import { serverPasswordErrors, validatePasswordChange } from '../src/core/account/passwordChange';
import { ApiError } from '../src/data/client';
import type { Me } from '../src/data/operations';

const GOOD = 'three little forest words';
const ONE_TIME = 'Zq8-one-time-password-x';

/** The message shown next to a field: the field's own error paragraph, found through aria-describedby. */
function errorOf(label: string | RegExp): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('password change rules (core)', () => {
  it('reports every problem at once, in plain words', () => {
    expect(validatePasswordChange({ current: '', next: '', repeat: '' })).toEqual({
      current: 'Enter your current password.',
      next: 'Choose a new password.',
      repeat: 'Type the new password again.',
    });
    expect(validatePasswordChange({ current: '', next: GOOD, repeat: GOOD }, { forced: true })).toEqual({
      current: 'Enter the one-time password you signed in with.',
    });
    expect(validatePasswordChange({ current: 'old one', next: 'short', repeat: 'shirt' })).toEqual({
      next: 'Use at least 12 characters (this one has 5).',
      repeat: 'This does not match the new password.',
    });
    expect(validatePasswordChange({ current: GOOD, next: GOOD, repeat: GOOD })).toEqual({
      next: 'Choose a password different from the current one.',
    });
    expect(validatePasswordChange({ current: 'old one', next: GOOD, repeat: GOOD })).toEqual({});
    // Counted as a person counts characters: 12 Khmer letters are 12, whatever their UTF-16 length.
    expect(validatePasswordChange({ current: 'x', next: 'ក'.repeat(12), repeat: 'ក'.repeat(12) })).toEqual({});
  });

  it('places the server answer next to its field', () => {
    expect(
      serverPasswordErrors([
        {
          message: 'currentPassword: this is not your current password',
          code: 'BAD_USER_INPUT',
          field: 'currentPassword',
        },
        { message: 'The server cannot be reached.', code: 'NETWORK', field: null },
      ]),
    ).toEqual({ current: 'This is not your current password.', form: 'The server cannot be reached.' });
  });
});

describe('ChangePasswordForm', () => {
  it('shows all validation messages next to their fields at once, and sends nothing', () => {
    const change = jest.fn();
    render(<ChangePasswordForm username="ana" change={change} />);
    type('New password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(errorOf('Current password')).toBe('Enter your current password.');
    expect(errorOf('New password')).toBe('Use at least 12 characters (this one has 5).');
    expect(errorOf('New password again')).toBe('Type the new password again.');
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
    expect(change).not.toHaveBeenCalled();
    // Fixing a field takes its message away while the others stay.
    type('Current password', 'my old password');
    expect(errorOf('Current password')).toBeNull();
    expect(errorOf('New password again')).toBe('Type the new password again.');
  });

  it('sends a valid change, and shows a wrong current password next to that field', async () => {
    const change = jest
      .fn()
      .mockRejectedValueOnce(
        new ApiError([
          {
            message: 'currentPassword: this is not your current password',
            code: 'BAD_USER_INPUT',
            field: 'currentPassword',
          },
        ]),
      )
      .mockResolvedValueOnce(undefined);
    const onDone = jest.fn();
    render(<ChangePasswordForm username="ana" change={change} onDone={onDone} />);
    type('Current password', 'not my password');
    type('New password', GOOD);
    type('New password again', GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(errorOf('Current password')).toBe('This is not your current password.'));
    expect(change).toHaveBeenCalledWith('not my password', GOOD);
    expect(onDone).not.toHaveBeenCalled();
    type('Current password', 'my real password');
    expect(errorOf('Current password')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(change).toHaveBeenLastCalledWith('my real password', GOOD);
  });
});

const me = (mustChangePassword: boolean): Me => ({ id: 'u1', username: 'admin', role: 'admin', mustChangePassword });

describe('AccountGate (forced change after a one-time password)', () => {
  it('shows only the change-password form while the account must change its password', async () => {
    const change = jest.fn().mockResolvedValue(undefined);
    const onSignOut = jest.fn();
    const { rerender } = render(
      <AccountGate me={me(true)} change={change} onSignOut={onSignOut}>
        <p>The explorer</p>
      </AccountGate>,
    );
    expect(screen.queryByText('The explorer')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Choose your own password' })).toBeTruthy();
    type('One-time password', ONE_TIME);
    type('New password', GOOD);
    type('New password again', GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(change).toHaveBeenCalledWith(ONE_TIME, GOOD));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalled();
    // Once the account reads as changed, the page comes back.
    rerender(
      <AccountGate me={me(false)} change={change} onSignOut={onSignOut}>
        <p>The explorer</p>
      </AccountGate>,
    );
    expect(screen.getByText('The explorer')).toBeTruthy();
    expect(screen.queryByTestId('forced-password-change')).toBeNull();
  });

  it('shows the page to anonymous callers and while the account is still loading', () => {
    for (const who of [null, undefined]) {
      const { unmount } = render(
        <AccountGate me={who} change={jest.fn()} onSignOut={jest.fn()}>
          <p>The explorer</p>
        </AccountGate>,
      );
      expect(screen.getByText('The explorer')).toBeTruthy();
      unmount();
    }
  });
});

describe('UserMenu', () => {
  it('opens a menu with "Change password…" and "Sign out", works with the keyboard and gives the focus back', () => {
    const onSignOut = jest.fn();
    render(<UserMenu user={{ username: 'ana', role: 'analyst' }} onSignOut={onSignOut} changePassword={jest.fn()} />);
    const button = screen.getByRole('button', { name: /ana/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const menu = screen.getByRole('menu');
    expect(menu.textContent).toContain('Role: analyst');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Change password…', 'Sign out']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it('changes the password in a dialog and says it is done', async () => {
    const changePassword = jest.fn().mockResolvedValue(undefined);
    render(
      <UserMenu user={{ username: 'ana', role: 'analyst' }} onSignOut={jest.fn()} changePassword={changePassword} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /ana/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Change password…' }));
    const dialog = screen.getByRole('dialog', { name: 'Change password' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Current password'));
    type('Current password', 'my old password!');
    type('New password', GOOD);
    type('New password again', GOOD);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Change password' }));
    });
    expect(changePassword).toHaveBeenCalledWith('my old password!', GOOD);
    expect(within(screen.getByRole('dialog')).getByRole('status').textContent).toMatch(/Your password is changed/);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('TopBar', () => {
  const onSavedViews = jest.fn();
  const props: TopBarProps = {
    dataset: undefined,
    actions: [{ id: 'saved-views', label: 'Saved views', onSelect: onSavedViews }],
    onNewActor: jest.fn(),
    user: { username: 'ana', role: 'analyst' },
    onSignIn: jest.fn(),
    onSignOut: jest.fn(),
    changePassword: jest.fn(),
  };

  it('puts the signed-in user behind one menu button (no extra buttons in the bar)', () => {
    render(<TopBar {...props} />);
    expect(screen.getByTestId('user-menu').textContent).toContain('ana');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change password/ })).toBeNull();
  });

  it('offers the secondary actions both in the bar and in the "More" menu (CSS shows one by width)', () => {
    render(<TopBar {...props} />);
    fireEvent.click(screen.getByTestId('action-saved-views'));
    expect(onSavedViews).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /More/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Saved views' }));
    expect(onSavedViews).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
