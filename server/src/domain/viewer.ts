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
