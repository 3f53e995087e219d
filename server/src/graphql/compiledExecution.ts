import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, printSchema, Source, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Compiled documents kept; the page and the scripts send a few dozen distinct ones. */
const COMPILED_DOCUMENTS = 200;
/** A document is compiled on its second use: a one-off (a hostile flood of distinct documents) costs no compilation. */
const USES_BEFORE_COMPILING = 2;

/**
 * Runs operations through graphql-jit: a document is compiled once into a function that resolves and serializes its
 * fields without graphql-js's per-field interpretation. On the explorer's large answers (a depth-2 neighbourhood is
 * ~9,000 fields) that interpretation was a fifth of the API's CPU (bench/README.md, round two). Apollo keeps
 * parsing, validation, plugins and error formatting; only execution is handed over, through its documented
 * executor hook (the GatewayInterface). Documents graphql-jit cannot compile run through graphql-js.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface & { compiledDocuments(): number } {
  const compiled = new LRUCache<string, CompiledQuery>({ max: COMPILED_DOCUMENTS });
  const uses = new LRUCache<string, number>({ max: COMPILED_DOCUMENTS * 10 });
  const notCompilable = new LRUCache<string, true>({ max: COMPILED_DOCUMENTS });

  const compiledFor = (key: string, compile: () => CompiledQuery | ExecutionResult): CompiledQuery | undefined => {
    const found = compiled.get(key);
    if (found || notCompilable.has(key)) return found;
    const count = (uses.get(key) ?? 0) + 1;
    uses.set(key, count);
    if (count < USES_BEFORE_COMPILING) return undefined;
    const result = compile();
    if (!isCompiledQuery(result)) {
      notCompilable.set(key, true);
      return undefined;
    }
    compiled.set(key, result);
    uses.delete(key);
    return result;
  };

  const executor: GatewayExecutor = async (request) => {
    // The name the caller asked for (request.operationName is the resolved operation's, null when none matched).
    const operationName = request.request.operationName ?? undefined;
    const variables = request.request.variables ?? {};
    const interpreted = () =>
      execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName,
      });
    // No operation of that name (or several without one): graphql-js answers with its own request error.
    if (!request.operation) return interpreted();
    const query = compiledFor(`${request.queryHash}\u0000${operationName ?? ''}`, () =>
      compileQuery(schema, request.document, operationName),
    );
    if (!query) return interpreted();
    // Variables are checked by graphql-js first: its errors are the ones Apollo recognises as the caller's
    // (BAD_USER_INPUT, HTTP 400), with the same messages as without compilation.
    const checked = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (checked.errors) return { errors: checked.errors };
    const result = await query.query(undefined, request.context, variables);
    // Errors before data, as graphql-js orders them: answers compared byte for byte (a hidden actor's refusal against
    // an unknown one's) must not differ by whether their document had been compiled yet.
    return result.errors
      ? { errors: result.errors.map((e) => asGraphqlJsError(e, request.source)), data: result.data }
      : { data: result.data };
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
    compiledDocuments: () => compiled.size,
  };
}

/** The offset in `body` of a 1-based line and column. */
function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) {
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * graphql-jit's errors carry no extensions object when the cause has none, where Apollo (and graphql-js's own
 * errors) always have one: Apollo read `extensions.code` of undefined and answered every resolver error with a
 * bare INTERNAL_SERVER_ERROR. The same error as graphql-js would have made it: message, locations, path, cause.
 */
function asGraphqlJsError(error: GraphQLError, source: string): GraphQLError {
  const { message, locations, path, originalError } = error;
  return new GraphQLError(message, {
    ...(locations?.length
      ? { source: new Source(source), positions: locations.map((l) => offsetOf(source, l.line, l.column)) }
      : {}),
    ...(path ? { path } : {}),
    ...(originalError ? { originalError } : {}),
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
}
