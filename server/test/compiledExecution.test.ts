import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';

import { DomainError } from '../src/errors';
import { compiledExecution } from '../src/graphql/compiledExecution';
import { errorFormatter } from '../src/graphql/server';

// A schema with what ours uses: enums, lists, nested objects, nullable and non-null fields, arguments, a resolver
// that throws a DomainError (its code must survive), async resolvers, an interface.
const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    enum Sector {
      CIVIL_SOCIETY
      GOVERNMENT
    }
    interface Named {
      name: String!
    }
    type Provenance {
      source: String
      confidence: String
    }
    type Actor implements Named {
      id: ID!
      name: String!
      sector: Sector
      altNames: [String!]!
      provenance: Provenance
    }
    type Group implements Named {
      name: String!
    }
    type Query {
      actor(id: ID!): Actor
      actors(sectors: [Sector!], first: Int = 2): [Actor!]!
      named: [Named!]!
      strict: Actor!
    }
  `,
  resolvers: {
    Query: {
      actor: async (_: unknown, { id }: { id: string }) => {
        if (id === 'nobody') throw new DomainError('NOT_FOUND', `Actor '${id}' was not found`);
        return { id, name: 'អង្គការ ສະມາຄົມ Hội', sector: 'CIVIL_SOCIETY', altNames: [], provenance: null };
      },
      actors: (_: unknown, { sectors, first }: { sectors?: string[]; first: number }) =>
        Array.from({ length: first }, (_x, i) => ({
          id: `a${i}`,
          name: `Actor ${i}`,
          sector: sectors?.[0] ?? 'GOVERNMENT',
          altNames: ['x', 'y'],
          provenance: { source: 'field notes', confidence: 'HIGH' },
        })),
      named: () => [
        { __typename: 'Actor', id: 'a', name: 'A', altNames: [] },
        { __typename: 'Group', name: 'G' },
      ],
      strict: () => {
        throw new Error('driver detail that must not leak');
      },
    },
    Named: { __resolveType: (x: { __typename: string }) => x.__typename },
  },
});

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const interpreted = new ApolloServer({ schema, formatError: errorFormatter(true), logger: quiet });
const gateway = compiledExecution(schema);
const compiled = new ApolloServer({
  gateway,
  formatError: errorFormatter(true),
  logger: quiet,
});

beforeAll(async () => {
  await Promise.all([interpreted.start(), compiled.start()]);
});
afterAll(async () => {
  await Promise.all([interpreted.stop(), compiled.stop()]);
});

const requests: Array<{ name: string; query: string; variables?: Record<string, unknown>; operationName?: string }> = [
  {
    name: 'nested lists and enums',
    query:
      'query($s: [Sector!]) { actors(sectors: $s, first: 3) { id name sector altNames provenance { source confidence } } }',
    variables: { s: ['CIVIL_SOCIETY'] },
  },
  { name: 'a default argument', query: '{ actors { id } }' },
  { name: 'Unicode names, a null object', query: '{ actor(id: "kh-1") { id name provenance { source } } }' },
  {
    name: 'a DomainError keeps its code, path and location',
    query: 'query($id: ID!) { actor(id: $id) { id } }',
    variables: { id: 'nobody' },
  },
  { name: 'an unexpected error is generic, and null bubbles up', query: '{ strict { id } actors { id } }' },
  { name: 'an interface', query: '{ named { name ... on Actor { id } __typename } }' },
  {
    name: 'a bad enum in variables',
    query: 'query($s: [Sector!]) { actors(sectors: $s) { id } }',
    variables: { s: ['PIRATES'] },
  },
  { name: 'a missing variable', query: 'query($id: ID!) { actor(id: $id) { id } }', variables: {} },
  { name: 'a wrong variable type', query: 'query($n: Int) { actors(first: $n) { id } }', variables: { n: 'many' } },
  {
    name: 'an unknown operation name',
    query: 'query A { actors { id } } query B { named { name } }',
    operationName: 'Z',
  },
  { name: 'a chosen operation', query: 'query A { actors { id } } query B { named { name } }', operationName: 'B' },
];

const answer = async (server: ApolloServer, request: (typeof requests)[number]) => {
  const response = await server.executeOperation({
    query: request.query,
    ...(request.variables ? { variables: request.variables } : {}),
    ...(request.operationName ? { operationName: request.operationName } : {}),
  });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // The text, not the parsed object: key order must match too (some answers are compared byte for byte).
  return { status: response.http.status ?? 200, body: JSON.stringify(response.body.singleResult) };
};

/** Documents already compiled by an earlier case (two cases send the same document with other variables). */
const seen = new Set<string>();

describe('compiled execution (graphql-jit behind Apollo)', () => {
  it.each(requests)('answers as graphql-js does, before and after compiling: $name', async (request) => {
    const expected = await answer(interpreted, request);
    // The first use runs interpreted, the second compiles, the third reuses the compiled document.
    const before = gateway.compiledDocuments();
    for (let use = 1; use <= 3; use += 1) expect(await answer(compiled, request)).toEqual(expected);
    // Only an operation that resolves is compiled (an unknown name is graphql-js's to refuse).
    const document = `${request.query}|${request.operationName ?? ''}`;
    expect(gateway.compiledDocuments()).toBe(before + (request.operationName === 'Z' || seen.has(document) ? 0 : 1));
    seen.add(document);
  });

  it('gives the codes the API promises', async () => {
    const notFound = await answer(compiled, requests[3] as (typeof requests)[number]);
    expect(JSON.parse(notFound.body)).toMatchObject({
      errors: [{ path: ['actor'], extensions: { code: 'NOT_FOUND' } }],
    });
    const badEnum = await answer(compiled, requests[6] as (typeof requests)[number]);
    expect(badEnum.status).toBe(400);
    expect(JSON.parse(badEnum.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const internal = await answer(compiled, requests[4] as (typeof requests)[number]);
    expect(internal.body).not.toContain('driver detail');
    expect(JSON.parse(internal.body)).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});
