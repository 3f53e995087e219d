import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type OperationDefinitionNode, type ValidationRule } from 'graphql';

import { OPEN_UNTIL_PASSWORD_CHANGED } from '../domain/auth/accounts';
import { PASSWORD_CHANGE_REQUIRED } from '../domain/viewer';
import { DomainError } from '../errors';
import { compiledExecution } from './compiledExecution';
import type { Context } from './context';
import { httpStatusPlugin } from './httpStatusPlugin';
import { responseCachePlugin } from './responseCachePlugin';
import { buildSchema } from './schema';
import { knownOperationTypes, noSchemaIntrospection } from './validationRules';

/** The largest request document, in tokens: graphql-js refuses anything longer while parsing it. */
export const MAX_TOKENS = 2_000;

/**
 * graphql-js helps a client along with "Did you mean …?" for fields, arguments, types and enum values, inline or
 * in variables. In production that names parts of the schema to whoever guesses near them, so it is cut.
 */
const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * Errors a user can act on keep their message and code; anything else (a driver failure, a bug)
 * becomes a generic INTERNAL_SERVER_ERROR so no Cypher, stack or sensitive detail leaves the server.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...(original.issues && original.issues.length > 1 ? { fields: original.issues } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // Parse, validation, limit and variable-coercion errors describe the request, not the server.
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { message, locations: formatted.locations, extensions: { code } };
    }
    console.error('Unexpected error:', original);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Fields an anonymous caller may use when anonymous read access is off: signing in, and nothing else. */
/** Open to anonymous callers even when anonymous reading is off: signing in, and embeds (public by design). */
const OPEN_FIELDS = new Set(['login', 'me', 'embeddedView', '__typename']);

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
            throw new GraphQLError('Sign in to use Reform Atlas', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          if (viewer.mustChangePassword && rootFields(operation).some((f) => !OPEN_UNTIL_PASSWORD_CHANGED.has(f))) {
            throw new GraphQLError(PASSWORD_CHANGE_REQUIRED, {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
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
  /** Execute through graphql-jit (default) rather than graphql-js. */
  compiledExecution?: boolean;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  // Limits from a maintained library rather than a home-made parser: depth, cost, aliases (every one
  // counts, `__typename` too) and directives, no batched requests. The token limit is graphql-js's own,
  // applied while parsing: graphql-armor's re-parses the document in a plugin hook, where any syntax error
  // became an HTTP 500. Suggestions are cut in errorFormatter, which also reaches enum values and variables.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 15, allowList: [] },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const schema = buildSchema();
  // Compiled execution (./compiledExecution.ts) unless RA_COMPILED_EXECUTION=0, which the bench uses to compare.
  const compiled = options.compiledExecution ?? process.env.RA_COMPILED_EXECUTION !== '0';
  return new ApolloServer<Context>({
    ...(compiled ? { gateway: compiledExecution(schema) } : { schema }),
    // The process that runs the server owns its shutdown (`npm start` stops the HTTP server, Apollo, the
    // driver, then the Neo4j it started). Apollo's own SIGINT/SIGTERM handler (on by default outside
    // NODE_ENV=test) stops Apollo and then re-raises the signal, which killed `npm start` halfway through its
    // shutdown and left the embedded Neo4j running.
    stopOnTerminationSignals: false,
    formatError: errorFormatter(options.production),
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    csrfPrevention: true,
    validationRules: [
      ...(protection.validationRules as ValidationRule[]),
      knownOperationTypes,
      ...(options.production ? [noSchemaIntrospection] : []),
    ],
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      httpStatusPlugin(),
      gateOperations(options.anonymousRead ?? true),
      // We send no cache hints; the default cache-control plugin costs throughput on large responses.
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...(options.plugins ?? []),
    ],
  });
}
