import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { Database, Row } from '../../db/database';
import { notFound } from '../../errors';
import { parseInput } from '../validation';
import { requireAdmin, Viewer } from '../viewer';
import { hashSecret, newSecret } from './secrets';

export interface ApiTokenRecord {
  id: string;
  name: string;
  userId: string;
  username: string | null;
  createdAt: string | null;
  revokedAt: string | null;
}

/** A row of the token queries: the token's properties and its user's name. */
type TokenRow = {
  token: { id: string; name: string; userId: string; createdAt?: string | null; revokedAt?: string | null };
  username?: string | null;
};

function toToken(row: Row): ApiTokenRecord {
  const { token: t, username } = row as TokenRow;
  return {
    id: String(t.id),
    name: String(t.name),
    userId: String(t.userId),
    username: username ?? null,
    createdAt: t.createdAt ?? null,
    revokedAt: t.revokedAt ?? null,
  };
}

/** Creates a token acting as the given user (default: the admin); the secret is returned once. */
export async function createApiToken(
  db: Database,
  viewer: Viewer,
  input: unknown,
): Promise<{ token: ApiTokenRecord; secret: string }> {
  requireAdmin(viewer);
  const data = parseInput(
    z.object({ name: z.string().trim().min(1).max(100), userId: z.string().nullish() }),
    input,
    'input',
  );
  const secret = newSecret('rat');
  const userId = data.userId ?? viewer.userId ?? '';
  const [row] = await db.write(
    'api-token-create',
    {
      token: { id: randomUUID(), name: data.name, tokenHash: hashSecret(secret), userId },
      now: new Date().toISOString(),
    },
    'accounts',
  );
  if (!row) throw notFound('User', userId);
  return { token: toToken(row), secret };
}

export async function listApiTokens(db: Database, viewer: Viewer): Promise<ApiTokenRecord[]> {
  requireAdmin(viewer);
  return (await db.read('api-tokens-list')).map(toToken);
}

export async function revokeApiToken(db: Database, viewer: Viewer, id: string): Promise<ApiTokenRecord> {
  requireAdmin(viewer);
  const [row] = await db.write('api-token-revoke', { id, now: new Date().toISOString() }, 'accounts');
  if (!row) throw notFound('API token', id);
  return toToken(row);
}
