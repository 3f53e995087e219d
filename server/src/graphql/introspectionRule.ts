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
