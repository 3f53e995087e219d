/** The error codes the API promises; GraphQL carries them in extensions.code. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

/** One invalid input field and what is wrong with it, in words a person can act on. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A failure the caller can act on; its message is safe to show to the user who caused it. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Every invalid field of the input when there are several (the first is `field` and the message). */
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} '${id}' was not found`);

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field);

export const conflict = (message: string): DomainError => new DomainError('CONFLICT', message);
