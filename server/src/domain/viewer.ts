import { DomainError } from '../errors';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking. Every query takes canSeeSensitive from here, so hiding happens inside Cypher. */
export interface Viewer {
  role: Role;
  userId?: string;
  username?: string;
  /** No session or token: reads non-sensitive data when anonymous read access is on. */
  anonymous?: boolean;
  /** Signed in with a one-time password: nothing but changing it is allowed until it is changed. */
  mustChangePassword?: boolean;
}

export const ANONYMOUS: Viewer = { role: 'viewer', anonymous: true };

export const canSeeSensitive = (viewer: Viewer): boolean => viewer.role === 'analyst' || viewer.role === 'admin';
export const canEdit = (viewer: Viewer): boolean => viewer.role === 'analyst' || viewer.role === 'admin';
export const isAdmin = (viewer: Viewer): boolean => viewer.role === 'admin';

/** Who may change the map: analysts and administrators, signed in. */
export function requireEditor(viewer: Viewer): void {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in to change the map');
  if (!canEdit(viewer)) throw new DomainError('FORBIDDEN', 'Your role may not change the map');
}

export function requireAdmin(viewer: Viewer): void {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in as an administrator');
  if (!isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only administrators may do this');
}

export const PASSWORD_CHANGE_REQUIRED =
  'Change your password first: this account signed in with a one-time password, and nothing else is allowed until it is changed';

/** Refuses a caller whose one-time password is still to be changed (for everything outside the sign-in fields). */
export function requirePasswordChanged(viewer: Viewer): void {
  if (viewer.mustChangePassword) throw new DomainError('FORBIDDEN', PASSWORD_CHANGE_REQUIRED);
}
