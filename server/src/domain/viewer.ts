export type Role = 'viewer' | 'analyst' | 'admin';

/** Who is asking. Every query takes canSeeSensitive from here, so hiding happens inside Cypher. */
export interface Viewer {
  role: Role;
  userId?: string;
}

export const canSeeSensitive = (viewer: Viewer): boolean => viewer.role === 'analyst' || viewer.role === 'admin';
export const canEdit = (viewer: Viewer): boolean => viewer.role === 'analyst' || viewer.role === 'admin';
