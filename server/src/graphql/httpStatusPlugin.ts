import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from './context';
import { wantsLegacyStatus } from './mediaType';

/** Errors about the request itself: it could not be parsed, validated, or its variables coerced. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * HTTP status codes as the GraphQL-over-HTTP spec gives them: a request error is answered 400, but 200 to a
 * client that asked for the legacy application/json by name, which reads errors from the body alone.
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const legacy = wantsLegacyStatus(request.http?.headers.get('accept'));
      return {
        async willSendResponse({ response }) {
          if (!legacy || response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data === undefined && errors?.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
