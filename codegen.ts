import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: one SDL (server/src/graphql/schema), typed three ways. `npm run codegen` writes the
 * outputs (through .ci/codegen.ts, which also writes the Cypher query names and formats everything with Prettier);
 * `npm run codegen -- --check` fails when a committed output differs from what would be written now.
 */
const SCHEMA = 'server/src/graphql/schema/*.graphql';

/** What every output shares: string unions for enums (as the vocabulary declares them), no `__typename`. */
const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  skipTypename: true,
  // GraphQL has already turned a single value into a list before a resolver or the server sees it.
  arrayInputCoercion: false,
};

/** Typed documents (`ActorDocument`, …) for the operations a workspace sends, from its .graphql files. */
const documents = (glob: string) => ({
  documents: glob,
  preset: 'client' as const,
  // Fragments are plain types: a component reads the fields it is given, as it did with the hand-written mirrors.
  presetConfig: { fragmentMasking: false },
  config: {
    ...shared,
    // A document is a string: the page sends it as is and does not bundle graphql-js's parser.
    documentMode: 'string' as const,
    // The server sends every field selected (null when empty): results have no optional fields. Variables and
    // input fields that may be null may also be left out.
    avoidOptionals: { field: true },
    onlyOperationTypes: true,
    // A result names the fragments it spreads (ActorQuery['actor'] is an ActorDetailsFragment) instead of
    // repeating their fields.
    inlineFragmentTypes: 'combine' as const,
  },
});

const config: CodegenConfig = {
  schema: SCHEMA,
  generates: {
    'server/src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context#Context',
        // Where a GraphQL type is not the domain record's shape: the resolvers receive the record as parent.
        // Every other type is the domain's own record, checked field by field against the SDL.
        mappers: {
          Actor: '../../domain/actors#ActorRecord',
          Change: '../../domain/audit#ChangeRecord',
        },
      },
    },
    'client/src/data/generated/': documents('client/src/data/documents/*.graphql'),
    'bench/src/generated/': documents('bench/src/*.graphql'),
  },
};

export default config;
