import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import { DomainError } from '../domain/errors';
import type { Context } from './context';
import { buildSchema } from './schema';

/**
 * Errors a user can act on keep their message and code; anything else (a driver failure, a bug)
 * becomes a generic INTERNAL_SERVER_ERROR so no Cypher, stack or sensitive detail leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Parse, validation and variable-coercion errors from graphql-js describe the request, not the server.
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  console.error('Unexpected error:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function createApolloServer(options: { production: boolean; plugins?: ApolloServerPlugin<Context>[] }): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []), ...(options.plugins ?? [])],
  });
}
