import { createHash, randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Database, Row } from '../../db/database';
import { DomainError, notFound } from '../../errors';
import { parseInput } from '../validation';
import { ANONYMOUS, requireAdmin, type Role, ROLES, type Viewer } from '../viewer';
import { generatePassword, hashPassword, UNUSABLE_HASH, verifyPassword } from './passwords';
import { FailureWindow } from './rateLimit';
import { hashSecret, newSecret } from './secrets';

export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  createdAt: string | null;
  lastLoginAt: string | null;
  /** The password was generated (a one-time password): it must be changed before anything else. */
  mustChangePassword: boolean;
}

export const SESSION_HOURS = 12;
const MAX_NAME_FAILURES = 5;
const NAME_LOCK_MINUTES = 15;
/** A name's failure count is forgotten after this long without failures (known names and unknown alike). */
const FAILURES_KEPT_HOURS = 24;

/** Failed sign-ins per client address in one server instance: 20 per 15 minutes. */
export function addressFailureWindow(): FailureWindow {
  return new FailureWindow(20, 15 * 60_000);
}

/**
 * The one answer to every failed sign-in (unknown name, wrong password, locked or disabled account), so that the
 * answer never tells whether an account exists.
 */
export const SIGN_IN_FAILED = `Wrong username or password. After ${MAX_NAME_FAILURES} failed attempts in a row, that username is locked for ${NAME_LOCK_MINUTES} minutes.`;

/** The failure count's key for a submitted username: its SHA-256, so names typed by mistake (passwords among them) are not stored. */
const nameKey = (username: string): string => createHash('sha256').update(`sign-in\u0000${username}`).digest('hex');

const usernameSchema = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may contain letters, digits, ".", "_", "@" and "-"');
const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters');

/** The user's properties as the account queries return them. */
type UserRow = {
  user: {
    id: string;
    username: string;
    role?: string | null;
    createdAt?: string | null;
    lastLoginAt?: string | null;
    mustChangePassword?: boolean | null;
  };
};

function toUser(row: Row): UserRecord {
  const { user: u } = row as UserRow;
  return {
    id: String(u.id),
    username: String(u.username),
    // A role this version does not know reads as the least one.
    role: ROLES.find((role) => role === u.role) ?? 'viewer',
    createdAt: u.createdAt ?? null,
    lastLoginAt: u.lastLoginAt ?? null,
    mustChangePassword: u.mustChangePassword === true,
  };
}

/** Creates an account; without a password, one is generated and returned once, and must be changed at the first sign-in. */
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
    const [row] = await db.write(
      'user-create',
      {
        user: {
          id: randomUUID(),
          username: data.username,
          role: data.role,
          passwordHash: await hashPassword(password),
          mustChangePassword: !data.password,
        },
        now: new Date().toISOString(),
      },
      'accounts',
    );
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
  const [row] = await db.write('user-set-role', { id, role: parsed }, 'accounts');
  if (!row) throw notFound('User', id);
  return toUser(row);
}

/**
 * Administrators: gives an account a new one-time password (returned once) that must be changed at the next sign-in;
 * the account's sessions end and its name is unlocked. Your own password you change with changePassword.
 */
export async function resetUserPassword(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<{ user: UserRecord; oneTimePassword: string }> {
  requireAdmin(viewer);
  if (id === viewer.userId) {
    throw new DomainError('BAD_USER_INPUT', 'id: change your own password with "Change password" instead', 'id');
  }
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const row = await db.writeTransaction(async (tx) => {
    const [reset] = await tx.run('user-reset-password', { id, passwordHash });
    if (reset)
      await tx.run('sign-in-unlock', { key: nameKey(String((reset.user as Record<string, unknown>).username)) });
    return reset;
  }, 'accounts');
  if (!row) throw notFound('User', id);
  return { user: toUser(row), oneTimePassword };
}

/** Counts a failure against a submitted name (known or not), locking it from the fifth in a row. */
async function recordNameFailure(db: Database, key: string): Promise<void> {
  const now = Date.now();
  await db.write(
    'sign-in-failed',
    {
      key,
      now: new Date(now).toISOString(),
      maxFailures: MAX_NAME_FAILURES,
      lockUntil: new Date(now + NAME_LOCK_MINUTES * 60_000).toISOString(),
      staleBefore: new Date(now - FAILURES_KEPT_HOURS * 3_600_000).toISOString(),
    },
    'accounts',
  );
}

async function lookUpName(
  db: Database,
  username: string,
): Promise<{ user: Record<string, unknown> | null; locked: boolean; key: string }> {
  const key = nameKey(username);
  const [row] = await db.read('sign-in-lookup', { username, key, now: new Date().toISOString() });
  return { user: (row?.user as Record<string, unknown> | null | undefined) ?? null, locked: row?.locked === true, key };
}

/**
 * Changes the caller's own password. A wrong current password counts toward the same lockout as a failed sign-in.
 * Clears a pending forced change, and ends the account's other sessions (`keepSession`, the one asking, stays).
 */
export async function changePassword(
  db: Database,
  viewer: Viewer,
  current: string,
  next: unknown,
  keepSession?: string,
): Promise<boolean> {
  if (viewer.anonymous || !viewer.username || !viewer.userId) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  const password = parseInput(passwordSchema, next, 'newPassword');
  const { user, locked, key } = await lookUpName(db, viewer.username);
  if (locked) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `currentPassword: too many wrong passwords in a row; try again in ${NAME_LOCK_MINUTES} minutes`,
      'currentPassword',
    );
  }
  if (!(await verifyPassword(current, user ? String(user.passwordHash ?? '') : UNUSABLE_HASH))) {
    await recordNameFailure(db, key);
    throw new DomainError('BAD_USER_INPUT', 'currentPassword: this is not your current password', 'currentPassword');
  }
  if (password === current)
    throw new DomainError('BAD_USER_INPUT', 'newPassword: must differ from the current password', 'newPassword');
  await db.write(
    'user-set-password',
    {
      id: viewer.userId,
      key,
      passwordHash: await hashPassword(password),
      keepTokenHash: keepSession ? hashSecret(keepSession) : null,
    },
    'accounts',
  );
  return true;
}

/**
 * Checks a password and opens a session; returns the session secret for the cookie. Every failure costs one scrypt
 * derivation and gives the same answer, and failures are counted per submitted name whether an account has it or
 * not, so neither the time, the words nor the lockout say which names exist. `addressFailures` is the server
 * instance's per-address limit.
 */
export async function login(
  db: Database,
  input: { username: string; password: string; address: string },
  addressFailures: FailureWindow,
): Promise<{ user: UserRecord; sessionSecret: string; expiresAt: Date }> {
  if (addressFailures.blocked(input.address)) {
    throw new DomainError('UNAUTHENTICATED', 'Too many failed sign-ins from this address; try again in a few minutes');
  }
  const username = input.username.trim();
  const { user, locked, key } = await lookUpName(db, username);
  const matches = await verifyPassword(input.password, user ? String(user.passwordHash ?? '') : UNUSABLE_HASH);
  if (!user || !matches || locked || user.disabled === true) {
    addressFailures.record(input.address);
    await recordNameFailure(db, key);
    throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
  }
  const sessionSecret = newSecret('ras');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  const [session] = await db.write(
    'session-create',
    {
      userId: String(user.id),
      key,
      tokenHash: hashSecret(sessionSecret),
      expiresAt: expiresAt.toISOString(),
      now: new Date().toISOString(),
    },
    'accounts',
  );
  if (!session) throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
  return { user: toUser(session), sessionSecret, expiresAt };
}

export async function logout(db: Database, sessionSecret: string | undefined): Promise<void> {
  if (!sessionSecret) return;
  await db.write('session-delete', { tokenHash: hashSecret(sessionSecret), now: new Date().toISOString() }, 'accounts');
}

/** What a request presents: a session cookie (the page) or an Authorization header (scripts' API tokens). */
export interface Credential {
  kind: 'session' | 'token';
  secret: string;
}

/** The shape of the secrets newSecret() makes; anything else is not looked up. */
const SECRET_SHAPE = /^ra[st]_[A-Za-z0-9_-]{43}$/;

export const INVALID_TOKEN =
  'The API token is not valid: it is unknown, malformed or revoked (send Authorization: Bearer <token>)';

/**
 * The viewer behind a session cookie or API token; anonymous when there is none. A token that opens nothing
 * (unknown, malformed, revoked, or its account disabled) is refused with UNAUTHENTICATED, never read as anonymous,
 * so a script learns at once that its token stopped working. A session that opens nothing (expired, ended) is
 * anonymous: the browser holding the stale cookie keeps working, and the HTTP layer clears the cookie.
 */
export async function viewerForSecret(db: Database, credential: Credential | undefined): Promise<Viewer> {
  if (!credential) return ANONYMOUS;
  const [row] = SECRET_SHAPE.test(credential.secret)
    ? await db.read('session-viewer', { tokenHash: hashSecret(credential.secret), now: new Date().toISOString() })
    : [];
  if (!row) {
    if (credential.kind === 'token') throw new DomainError('UNAUTHENTICATED', INVALID_TOKEN);
    return ANONYMOUS;
  }
  const user = toUser(row);
  return {
    role: user.role,
    userId: user.id,
    username: user.username,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

/**
 * The caller's own account as the session describes it (no round trip): null for anonymous callers and for
 * internal callers without an account (the CLI).
 */
export function signedInAccount(viewer: Viewer): UserRecord | null {
  if (viewer.anonymous || viewer.userId === undefined || viewer.username === undefined) return null;
  return {
    id: viewer.userId,
    username: viewer.username,
    role: viewer.role,
    createdAt: null,
    lastLoginAt: null,
    mustChangePassword: viewer.mustChangePassword === true,
  };
}

/** What a caller who must change a one-time password may still do (GraphQL root fields). */
export const OPEN_UNTIL_PASSWORD_CHANGED: ReadonlySet<string> = new Set([
  'me',
  'login',
  'logout',
  'changePassword',
  '__typename',
]);

/** On a database with no administrator, creates `admin` with a one-time password to print once. */
export async function ensureFirstAdmin(db: Database): Promise<{ username: string; password: string } | null> {
  const [row] = await db.read('admin-count');
  if (Number(row?.admins ?? 0) > 0) return null;
  const username = process.env.RA_ADMIN_USERNAME ?? 'admin';
  const { oneTimePassword } = await createUser(db, 'system', { username, role: 'admin' });
  return oneTimePassword ? { username, password: oneTimePassword } : null;
}
