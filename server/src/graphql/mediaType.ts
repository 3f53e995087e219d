import Negotiator from 'negotiator';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const LEGACY_JSON = 'application/json';
export type ResponseMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof LEGACY_JSON;

/** The media type of the answer to a request with this Accept header, chosen as Apollo chooses it (null: 406). */
export function responseMediaType(accept: string | undefined | null): ResponseMediaType | null {
  if (!accept) return LEGACY_JSON;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([LEGACY_JSON, GRAPHQL_RESPONSE_JSON]);
  return (preferred as ResponseMediaType | undefined) ?? null;
}

/**
 * True for a client that asked for the legacy application/json by name (not by wildcard or by saying nothing):
 * the GraphQL-over-HTTP spec answers its request errors with 200, since it reads errors from the body alone.
 * Every other client gets a 4xx for a request it got wrong.
 */
export function wantsLegacyStatus(accept: string | undefined | null): boolean {
  if (!accept || !/application\/json/i.test(accept)) return false;
  return responseMediaType(accept) === LEGACY_JSON;
}
