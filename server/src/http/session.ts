import { parse } from 'cookie';
import type { Request, Response } from 'express';

import type { SessionPort } from '../graphql/context';

export const SESSION_COOKIE = 'ra_session';

/** The secret a request presents: a session cookie (the page) or a Bearer API token (scripts). */
export function presentedSecret(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookies = parse(req.headers.cookie ?? '');
  return cookies[SESSION_COOKIE] || undefined;
}

export function sessionPort(req: Request, res: Response, secure: boolean): SessionPort {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    secret: parse(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined,
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    start: (secret, expiresAt) => res.cookie(SESSION_COOKIE, secret, { ...base, expires: expiresAt }),
    end: () => res.clearCookie(SESSION_COOKIE, base),
  };
}
