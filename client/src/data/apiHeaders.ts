/**
 * The headers the page sends with every API request: JSON in; the GraphQL-over-HTTP media type out (so a
 * request the server cannot take is a 4xx, legacy JSON second); and a header no cross-site form or image can
 * carry, which the server's CSRF checks require of GETs and uploads.
 */
export const API_HEADERS = {
  accept: 'application/graphql-response+json, application/json;q=0.9',
  'apollo-require-preflight': 'true',
} as const;

export const GRAPHQL_HEADERS = { ...API_HEADERS, 'content-type': 'application/json' } as const;
