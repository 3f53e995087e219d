import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * In production the whole-schema introspection (`__schema`) is refused. Single-type lookups (`__type`) stay:
 * the GraphQL-over-HTTP conformance audits use them, and the SDL is public in the repository anyway, so what
 * production guards is the data, through visibility, not the shape of the API.
 */
export const noSchemaIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema') {
      context.reportError(new GraphQLError('GraphQL introspection is not allowed in production', { nodes: node }));
    }
  },
});

/**
 * An operation whose root type the schema lacks (there are no subscriptions here) is a request error, as in
 * graphql-js 17's KnownOperationTypesRule; graphql-js 16 lets it through to execution, where it was an
 * internal error.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = {
      query: schema.getQueryType(),
      mutation: schema.getMutationType(),
      subscription: schema.getSubscriptionType(),
    }[node.operation];
    if (!root) context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
  },
});
