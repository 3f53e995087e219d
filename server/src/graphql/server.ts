import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type OperationDefinitionNode, type ValidationRule } from 'graphql';

import { OPEN_UNTIL_PASSWORD_CHANGED, PASSWORD_CHANGE_REQUIRED } from '../domain/auth/accounts';
import { DomainError } from '../domain/errors';
import type { Context } from './context';
import { responseCachePlugin } from './responseCachePlugin';
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
    // Parse, validation, limit and variable-coercion errors describe the request, not the server.
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  console.error('Unexpected error:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Fields an anonymous caller may use when anonymous read access is off: signing in, and nothing else. */
const OPEN_FIELDS = new Set(['login', 'me', '__typename']);

/** The operation's root fields; a fragment at the root counts as '*', which no allow-list holds. */
const rootFields = (operation: OperationDefinitionNode | null | undefined): string[] =>
  (operation?.selectionSet.selections ?? []).map((s) => (s.kind === 'Field' ? s.name.value : '*'));

/**
 * Before anything runs: an anonymous caller when anonymous reading is off may only sign in, and a caller whose
 * one-time password is still to be changed may only use me, login, logout and changePassword.
 */
function gateOperations(anonymousRead: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { viewer } = contextValue;
          if (!anonymousRead && viewer.anonymous && rootFields(operation).some((f) => !OPEN_FIELDS.has(f))) {
            throw new GraphQLError('Sign in to use Reform Atlas', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          if (viewer.mustChangePassword && rootFields(operation).some((f) => !OPEN_UNTIL_PASSWORD_CHANGED.has(f))) {
            throw new GraphQLError(PASSWORD_CHANGE_REQUIRED, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}

export interface ApolloOptions {
  production: boolean;
  /** Anonymous callers read non-sensitive data (on for the local default). */
  anonymousRead?: boolean;
  plugins?: ApolloServerPlugin<Context>[];
}

export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  // Limits from a maintained library rather than a home-made parser: depth, cost, aliases,
  // directives and tokens, field suggestions off (they leak the schema), no batched requests.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2_000 },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    csrfPrevention: true,
    validationRules: protection.validationRules as ValidationRule[],
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      gateOperations(options.anonymousRead ?? true),
      // We send no cache hints; the default cache-control plugin costs throughput on large responses.
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...(options.plugins ?? []),
    ],
  });
}
