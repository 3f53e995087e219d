import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { UsersPanel } from '../src/components/UsersPanel';
import { ApiError } from '../src/data/client';
import type { Account } from '../src/data/operations';

const users: Account[] = [
  { id: 'u1', username: 'admin', role: 'admin', lastLoginAt: null, mustChangePassword: false },
  { id: 'u2', username: 'sokha', role: 'viewer', lastLoginAt: null, mustChangePassword: true },
];

describe('UsersPanel', () => {
  it('adds a user and shows the one-time password once', async () => {
    const create = jest.fn(async () => ({ oneTimePassword: 'OTP-1234567890abcdef' }));
    render(
      <UsersPanel
        users={users}
        loading={false}
        error={null}
        create={create}
        changeRole={jest.fn()}
        resetPassword={jest.fn()}
        onClose={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'bounmy' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'viewer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() => expect(screen.getByTestId('one-time-password').textContent).toContain('OTP-1234567890abcdef'));
    expect(create).toHaveBeenCalledWith('bounmy', 'viewer');
    expect(screen.getByTestId('one-time-password').textContent).toContain('bounmy');
  });

  it('changes a role, and shows the server message when that fails', async () => {
    const changeRole = jest.fn(async () => {
      throw new ApiError([{ message: 'Only administrators may do this', code: 'FORBIDDEN', field: null }]);
    });
    render(
      <UsersPanel
        users={users}
        loading={false}
        error={null}
        create={jest.fn()}
        changeRole={changeRole}
        resetPassword={jest.fn()}
        onClose={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Role of sokha'), { target: { value: 'analyst' } });
    expect(changeRole).toHaveBeenCalledWith('u2', 'analyst');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Only administrators may do this'));
  });

  it("resets another account's password after a confirmation, and shows the new one-time password once", async () => {
    const resetPassword = jest.fn(async () => ({ oneTimePassword: 'OTP-reset-0987654321' }));
    render(
      <UsersPanel
        users={users}
        loading={false}
        error={null}
        create={jest.fn()}
        changeRole={jest.fn()}
        resetPassword={resetPassword}
        currentUserId="u1"
        onClose={jest.fn()}
      />,
    );
    // Your own password is changed from the user menu, not reset here.
    expect(screen.queryByRole('button', { name: 'Reset password of admin' })).toBeNull();
    expect(screen.getByTestId('users').textContent).toContain('must change password');
    fireEvent.click(screen.getByRole('button', { name: 'Reset password of sokha' }));
    expect(resetPassword).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset the password of sokha' }));
    expect(resetPassword).toHaveBeenCalledWith('u2');
    await waitFor(() => expect(screen.getByTestId('one-time-password').textContent).toContain('OTP-reset-0987654321'));
    expect(screen.getByTestId('one-time-password').textContent).toMatch(/New one-time password for sokha/);
  });
});
