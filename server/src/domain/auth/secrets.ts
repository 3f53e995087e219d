import { createHash, randomBytes } from 'node:crypto';

/** Session and API-token secrets: only their SHA-256 is stored, so a database dump grants nothing. */
export function newSecret(prefix: 'ras' | 'rat'): string {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return secret;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
