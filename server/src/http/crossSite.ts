import type { NextFunction, Request, Response } from 'express';

import type { SecurityConfig } from '../config';
import { DomainError } from '../errors';
import { sendError } from './errors';

/** Bodies a cross-site HTML form can send without a CORS preflight (the Fetch standard's "simple" types). */
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded']);

/** Headers no form, link or image can set, the ones Apollo's CSRF prevention accepts on /graphql. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

function contentTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Guards every request that can change something (any method but GET, HEAD and OPTIONS), on /graphql and
 * the /api routes alike. A browser sends another site's request with the user's cookie, so:
 * - one from a foreign Origin (not this server's, not in RA_CORS_ORIGINS) is refused outright;
 * - one a cross-site form could send (no content type, or a "simple" one, and none of the preflight headers)
 *   is refused, the same rule as Apollo's CSRF prevention: a request that carries anything else has passed
 *   a CORS preflight, which only the allowed origins pass.
 * Scripts (no Origin, a real content type) and the page (same origin, its API headers) pass.
 */
export function crossSiteGuard(security: Pick<SecurityConfig, 'corsOrigins'>) {
  const allowed = new Set(security.corsOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${req.protocol}://${req.get('host') ?? ''}` && !allowed.has(origin)) {
      return sendError(res, new DomainError('FORBIDDEN', 'Requests from another site are not accepted here'));
    }
    const type = contentTypeOf(req);
    const preflighted = PREFLIGHT_HEADERS.some((h) => typeof req.headers[h] === 'string' && req.headers[h] !== '');
    if ((type === '' || SIMPLE_CONTENT_TYPES.has(type)) && !preflighted) {
      return sendError(
        res,
        new DomainError(
          'BAD_USER_INPUT',
          'headers: this request could have been sent by another site; send the file as application/octet-stream (or another non-form type), or add an apollo-require-preflight header',
          'headers',
        ),
      );
    }
    next();
  };
}
