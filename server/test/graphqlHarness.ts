import type { ApolloServer } from '@apollo/server';
import type { SeedDataset } from '@reform-atlas/seed';

import type { Database } from '../src/db/database';
import type { Viewer } from '../src/domain/viewer';
import { createContext, type Context } from '../src/graphql/context';
import { createApolloServer } from '../src/graphql/server';
import { freshDatabase } from './testDatabase';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/** Runs operations through Apollo's executeOperation against the real database. */
export class GraphqlHarness {
  private constructor(
    private readonly apollo: ApolloServer<Context>,
    readonly db: Database,
  ) {}

  static async create(db: Database): Promise<GraphqlHarness> {
    const apollo = createApolloServer({ production: false });
    await apollo.start();
    return new GraphqlHarness(apollo, db);
  }

  async run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer: Viewer = { role: 'analyst' },
  ): Promise<GqlResult<T>> {
    const response = await this.apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(this.db, viewer) },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as GqlResult<T>;
  }

  /** Runs and fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer?: Viewer,
  ): Promise<T> {
    const result = await this.run<T>(query, variables, viewer);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}

/**
 * Registers the hooks of an API suite: a fresh database with the fixture before, everything closed after.
 * Read `suite.db` and `suite.gql` inside tests (they exist once beforeAll has run).
 */
export function apiSuite(fixture: SeedDataset): { db: Database; gql: GraphqlHarness } {
  const suite = {} as { db: Database; gql: GraphqlHarness };
  beforeAll(async () => {
    suite.db = await freshDatabase(fixture);
    suite.gql = await GraphqlHarness.create(suite.db);
  });
  afterAll(async () => {
    await suite.gql.stop();
    await suite.db.close();
  });
  return suite;
}
