import type { Response } from 'express';
import { GraphQLError } from 'graphql';

import { mapDriverError } from '../db/database';
import { DomainError, type ErrorCode } from '../errors';

/** The HTTP status of each error code, for /graphql and the /api routes alike. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
  // The answer asked for does not fit the database's memory for one transaction: narrower asks succeed.
  TOO_LARGE: 413,
  INTERNAL_SERVER_ERROR: 500,
};

/** A failure as the API names it: a DomainError kept, a driver failure mapped, anything else a generic internal error. */
export function knownError(error: unknown): DomainError {
  const mapped = mapDriverError(error);
  if (mapped instanceof DomainError) return mapped;
  console.error(error);
  return new DomainError('INTERNAL_SERVER_ERROR', 'The request failed');
}

/** The same error shape as /graphql: {errors: [{message, extensions: {code, field}}]}. */
export function sendError(res: Response, error: unknown): void {
  const known = knownError(error);
  res
    .status(HTTP_STATUS[known.code])
    .json({ errors: [{ message: known.message, extensions: { code: known.code, field: known.field } }] });
}

/**
 * For a failure before a GraphQL operation runs (resolving the caller in the context): Apollo answers a plain
 * error with "Context creation failed" and 500, a GraphQLError with its own code and HTTP status.
 */
export function contextError(error: unknown): GraphQLError {
  const known = knownError(error);
  return new GraphQLError(known.message, {
    extensions: { code: known.code, http: { status: HTTP_STATUS[known.code] } },
  });
}
