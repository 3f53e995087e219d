import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Database, Row } from '../../db/database';
import { DomainError, notFound } from '../errors';
import { parseInput } from '../validation';
import { ANONYMOUS, isAdmin, ROLES, type Role, type Viewer } from '../viewer';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import { FailureWindow } from './rateLimit';
import { hashSecret, newSecret } from './secrets';

export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  createdAt: string | null;
  lastLoginAt: string | null;
}

export const SESSION_HOURS = 12;
const MAX_ACCOUNT_FAILURES = 5;
const ACCOUNT_LOCK_MINUTES = 15;
const addressFailures = new FailureWindow(20, 15 * 60_000);

const usernameSchema = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may contain letters, digits, ".", "_", "@" and "-"');
const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters');

function toUser(row: Row): UserRecord {
  const u = row.user as Record<string, unknown>;
  return {
    id: String(u.id),
    username: String(u.username),
    role: (ROLES as readonly string[]).includes(String(u.role)) ? (u.role as Role) : 'viewer',
    createdAt: (u.createdAt as string | null | undefined) ?? null,
    lastLoginAt: (u.lastLoginAt as string | null | undefined) ?? null,
  };
}

export function requireAdmin(viewer: Viewer): void {
  if (viewer.anonymous) throw new DomainError('UNAUTHENTICATED', 'Sign in as an administrator');
  if (!isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only administrators may do this');
}

/** Creates an account; without a password, one is generated and returned once. */
export async function createUser(
  db: Database,
  viewer: Viewer | 'system',
  input: unknown,
): Promise<{ user: UserRecord; oneTimePassword: string | null }> {
  if (viewer !== 'system') requireAdmin(viewer);
  const data = parseInput(
    z.object({ username: usernameSchema, role: z.enum(ROLES), password: passwordSchema.nullish() }),
    input,
    'input',
  );
  const password = data.password ?? generatePassword();
  try {
    const [row] = await db.write('user-create', {
      user: { id: randomUUID(), username: data.username, role: data.role, passwordHash: await hashPassword(password) },
      now: new Date().toISOString(),
    });
    if (!row) throw new Error('user-create returned no row');
    return { user: toUser(row), oneTimePassword: data.password ? null : password };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT') {
      throw new DomainError('CONFLICT', `The username '${data.username}' is taken`);
    }
    throw error;
  }
}

export async function listUsers(db: Database, viewer: Viewer): Promise<UserRecord[]> {
  requireAdmin(viewer);
  return (await db.read('users-list')).map(toUser);
}

export async function setUserRole(db: Database, viewer: Viewer, id: string, role: unknown): Promise<UserRecord> {
  requireAdmin(viewer);
  const parsed = parseInput(z.enum(ROLES), role, 'role');
  if (id === viewer.userId && parsed !== 'admin') {
    throw new DomainError('BAD_USER_INPUT', 'role: you cannot remove your own administrator role', 'role');
  }
  const [row] = await db.write('user-set-role', { id, role: parsed });
  if (!row) throw notFound('User', id);
  return toUser(row);
}

export async function changePassword(db: Database, viewer: Viewer, current: string, next: unknown): Promise<boolean> {
  if (viewer.anonymous || !viewer.username || !viewer.userId) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  const password = parseInput(passwordSchema, next, 'newPassword');
  const [row] = await db.read('user-by-username', { username: viewer.username });
  const stored = String((row?.user as Record<string, unknown> | undefined)?.passwordHash ?? '');
  if (!(await verifyPassword(current, stored))) throw new DomainError('BAD_USER_INPUT', 'currentPassword: is not right', 'currentPassword');
  await db.write('user-set-password', { id: viewer.userId, passwordHash: await hashPassword(password) });
  return true;
}

const WRONG = 'Wrong username or password';

/** Checks a password and opens a session; returns the session secret for the cookie. */
export async function login(
  db: Database,
  input: { username: string; password: string; address: string },
): Promise<{ user: UserRecord; sessionSecret: string; expiresAt: Date }> {
  const addressKey = `addr:${input.address}`;
  if (addressFailures.blocked(addressKey)) {
    throw new DomainError('UNAUTHENTICATED', 'Too many failed sign-ins from this address; try again in a few minutes');
  }
  const username = input.username.trim();
  const [row] = await db.read('user-by-username', { username });
  const user = row?.user as Record<string, unknown> | undefined;
  const lockedUntil = user?.lockedUntil ? new Date(String(user.lockedUntil)) : null;
  if (lockedUntil && lockedUntil > new Date()) {
    addressFailures.record(addressKey);
    throw new DomainError('UNAUTHENTICATED', 'Too many failed sign-ins for this account; try again in a few minutes');
  }
  const ok = user && !user.disabled ? await verifyPassword(input.password, String(user.passwordHash ?? '')) : false;
  if (!ok || !user) {
    addressFailures.record(addressKey);
    if (user) {
      await db.write('user-login-failed', {
        id: String(user.id),
        maxFailures: MAX_ACCOUNT_FAILURES,
        lockUntil: new Date(Date.now() + ACCOUNT_LOCK_MINUTES * 60_000).toISOString(),
      });
    }
    throw new DomainError('UNAUTHENTICATED', WRONG);
  }
  const sessionSecret = newSecret('ras');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  const [session] = await db.write('session-create', {
    userId: String(user.id),
    tokenHash: hashSecret(sessionSecret),
    expiresAt: expiresAt.toISOString(),
    now: new Date().toISOString(),
  });
  if (!session) throw new DomainError('UNAUTHENTICATED', WRONG);
  return { user: toUser(session), sessionSecret, expiresAt };
}

export async function logout(db: Database, sessionSecret: string | undefined): Promise<void> {
  if (!sessionSecret) return;
  await db.write('session-delete', { tokenHash: hashSecret(sessionSecret), now: new Date().toISOString() });
}

/** The viewer behind a session cookie or API token; anonymous when there is none or it is no longer valid. */
export async function viewerForSecret(db: Database, secret: string | undefined): Promise<Viewer> {
  if (!secret) return ANONYMOUS;
  const [row] = await db.read('session-viewer', { tokenHash: hashSecret(secret), now: new Date().toISOString() });
  if (!row) return ANONYMOUS;
  const user = toUser(row);
  return { role: user.role, userId: user.id, username: user.username };
}

/** On a database with no administrator, creates `admin` with a one-time password to print once. */
export async function ensureFirstAdmin(db: Database): Promise<{ username: string; password: string } | null> {
  const [row] = await db.read('admin-count');
  if (Number(row?.admins ?? 0) > 0) return null;
  const username = process.env.RA_ADMIN_USERNAME ?? 'admin';
  const { oneTimePassword } = await createUser(db, 'system', { username, role: 'admin' });
  return oneTimePassword ? { username, password: oneTimePassword } : null;
}
