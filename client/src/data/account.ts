/**
 * Who is signed in, shared by every page, the top bar and the forced password change: one `me` request at start,
 * then updated by signing in, signing out and changing the password, so no component keeps its own copy.
 */
import { useEffect, useSyncExternalStore } from 'react';

import { ApiError } from './client';
import { changePassword, fetchMe, login, logout, type Me } from './operations';

export interface AccountState {
  /** undefined while the first answer is awaited; null when nobody is signed in. */
  me: Me | null | undefined;
  error: ApiError | null;
}

let state: AccountState = { me: undefined, error: null };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: AccountState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the server again (also after a failure, e.g. once the API is back). */
export function refreshAccount(): Promise<void> {
  loading ??= fetchMe()
    .then(
      (me) => set({ me, error: null }),
      (error: unknown) =>
        set({
          me: state.me,
          error:
            error instanceof ApiError
              ? error
              : new ApiError([{ message: String(error), code: 'NETWORK', field: null }]),
        }),
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

export async function signIn(username: string, password: string): Promise<Me> {
  const me = await login(username, password);
  set({ me, error: null });
  return me;
}

export async function signOut(): Promise<void> {
  await logout();
  set({ me: null, error: null });
}

/** Changes the password, then reads the account again (a forced change is then over). */
export async function changeOwnPassword(current: string, next: string): Promise<void> {
  await changePassword(current, next);
  await refreshAccount();
}

/** For tests: forget the account, as on a fresh page load. */
export function resetAccountState(next: AccountState = { me: undefined, error: null }): void {
  set(next);
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useAccount(): AccountState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (state.me === undefined) void refreshAccount();
  }, []);
  return current;
}
