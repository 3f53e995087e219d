import { DomainError } from '../errors';

/** Keyset cursor over (name, id): stable when actors are added between page loads. */
export interface ActorCursor {
  name: string;
  id: string;
}

export function encodeCursor(cursor: ActorCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string, field = 'after'): ActorCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { name: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw new DomainError('BAD_USER_INPUT', `${field}: malformed cursor; use a cursor returned by this API`, field);
}
