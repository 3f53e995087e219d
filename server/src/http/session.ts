import { parse } from 'cookie';
import type { Request, Response } from 'express';

import type { Database } from '../db/database';
import { viewerForSecret, type Credential } from '../domain/auth/accounts';
import type { FailureWindow } from '../domain/auth/rateLimit';
import type { Viewer } from '../domain/viewer';
import type { SessionPort } from '../graphql/context';

export const SESSION_COOKIE = 'ra_session';

const cookieOptions = (secure: boolean) => ({ httpOnly: true, sameSite: 'lax' as const, secure, path: '/' });

/**
 * What a request presents: an Authorization header (scripts' API tokens) or else a session cookie (the page). Any
 * Authorization header counts as a token, so one that is not `Bearer <token>` is refused rather than ignored.
 */
export function presentedCredential(req: Request): Credential | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) return { kind: 'token', secret: /^Bearer +(\S+) *$/i.exec(header)?.[1] ?? '' };
  const cookie = parse(req.headers.cookie ?? '')[SESSION_COOKIE];
  return cookie ? { kind: 'session', secret: cookie } : undefined;
}

/**
 * The caller of a request, for /graphql and the /api routes alike. A bad token throws UNAUTHENTICATED; a session
 * cookie that opens no session any more (expired, ended) makes the caller anonymous and is cleared.
 */
export async function requestCaller(db: Database, req: Request, res: Response, secure: boolean): Promise<Viewer> {
  const credential = presentedCredential(req);
  const viewer = await viewerForSecret(db, credential);
  if (credential?.kind === 'session' && viewer.anonymous && !res.headersSent)
    res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
  return viewer;
}

export function sessionPort(req: Request, res: Response, secure: boolean, addressFailures: FailureWindow): SessionPort {
  const base = cookieOptions(secure);
  return {
    secret: parse(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined,
    // req.ip follows X-Forwarded-For only from the proxies named in RA_TRUSTED_PROXIES (app.ts sets 'trust proxy').
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    addressFailures,
    start: (secret, expiresAt) => res.cookie(SESSION_COOKIE, secret, { ...base, expires: expiresAt }),
    end: () => res.clearCookie(SESSION_COOKIE, base),
  };
}
