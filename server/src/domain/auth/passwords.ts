import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt, N=2^15: about 100 ms and 32 MiB per hash, so guessing offline is slow. */
const PARAMS = { N: 32768, r: 8, p: 1, keylen: 32 };

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keylen, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * A hash no password matches (its key is zeros, not derived from anything), with the current parameters: checking a
 * password against it costs one scrypt derivation, exactly like checking a real one. Signing in with a name that has
 * no account (or one without a usable hash) is checked against it, so the answer takes as long either way.
 */
export const UNUSABLE_HASH = [
  'scrypt',
  PARAMS.N,
  PARAMS.r,
  PARAMS.p,
  Buffer.alloc(16, 7).toString('base64'),
  Buffer.alloc(PARAMS.keylen).toString('base64'),
].join('$');

/** Always derives one key, even for a missing or malformed hash, so the time taken says nothing about the account. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const usable = parts.length === 6 && parts[0] === 'scrypt' && Boolean(parts[4]) && Boolean(parts[5]);
  const [, n, r, p, salt, key] = usable ? parts : UNUSABLE_HASH.split('$');
  const expected = Buffer.from(key ?? '', 'base64');
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keylen: expected.length,
  });
  return usable && stored !== UNUSABLE_HASH && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password to hand over once: 18 random bytes, URL-safe. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
