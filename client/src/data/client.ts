import { GRAPHQL_HEADERS } from './apiHeaders';
import type { TypedDocumentString } from './generated/graphql';

/**
 * A tiny GraphQL client: POST to the same-origin /graphql. Errors keep the server's extensions so
 * forms can show a message next to the field it concerns (extensions.field) and explain CONFLICT.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_LARGE'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  message: string;
  code: ErrorCode;
  /** Path of the offending input, e.g. "input.name" or "input.patch.name". */
  field: string | null;
}

export class ApiError extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
    this.errors = errors;
  }
  get code(): ErrorCode {
    return this.errors[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
  /** True when the API or the database cannot be reached: the page should poll health and retry. */
  get unavailable(): boolean {
    return this.errors.some((e) => e.code === 'NETWORK' || e.code === 'DATABASE_UNAVAILABLE');
  }
}

interface RawError {
  message: string;
  /** `fields`: every invalid field of an input when there are several (BAD_USER_INPUT). */
  extensions?: { code?: string; field?: string; fields?: Array<{ field: string; message: string }> };
}

/** One FieldError per invalid field, so a form shows every error of a submission at once. */
function fieldErrors(e: RawError): FieldError[] {
  const code = (e.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const fields = e.extensions?.fields;
  if (fields && fields.length > 1)
    return fields.map((f) => ({ message: `${f.field}: ${f.message}`, code, field: f.field }));
  return [{ message: e.message, code, field: e.extensions?.field ?? null }];
}

/** Counts requests, so tests and the performance panel can see round trips. */
export const requestStats = { count: 0 };

/** A document without variables takes none; any other takes the variables it declares. */
type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/** Sends a typed document (client/src/data/documents, typed by `npm run codegen`) and answers its typed result. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<TResult> {
  requestStats.count += 1;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: GRAPHQL_HEADERS,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError([{ message: 'The server cannot be reached.', code: 'NETWORK', field: null }]);
  }
  let body: { data?: TResult | null; errors?: RawError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    const code: ErrorCode = response.status >= 500 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR';
    throw new ApiError([{ message: `The server answered ${response.status}.`, code, field: null }]);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.flatMap(fieldErrors));
  }
  if (!body.data)
    throw new ApiError([
      { message: `The server answered ${response.status} without data.`, code: 'NETWORK', field: null },
    ]);
  return body.data;
}

/**
 * An error's message as shown beside its field, which is already labelled: "input.patch.name: must not be empty" →
 * "Must not be empty".
 */
export function withoutFieldPrefix(message: string): string {
  const text = message.replace(/^(input\.)?(patch\.)?[\w.]+:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The input field an error is about, without the argument prefix: "input.patch.name" → "name". */
export function fieldOf(error: FieldError): string | null {
  if (!error.field) return null;
  const parts = error.field.split('.');
  const skip = new Set(['input', 'patch']);
  const rest = parts.filter((p, i) => !(i < 2 && skip.has(p)));
  return rest[0] ?? null;
}

export interface Health {
  ok: boolean;
  api: boolean;
  neo4j: boolean;
}

export async function checkHealth(): Promise<Health> {
  try {
    const response = await fetch('/healthz', { cache: 'no-store' });
    const body = (await response.json()) as { neo4j?: string };
    const neo4j = body.neo4j === 'up';
    return { ok: response.ok && neo4j, api: true, neo4j };
  } catch {
    return { ok: false, api: false, neo4j: false };
  }
}
