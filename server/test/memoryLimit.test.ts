/**
 * Neo4j's "out of transaction memory" is answered TOO_LARGE at once. Neo4j marks it transient, so the driver's
 * managed transactions would run the same query again and again for up to maxTransactionRetryTime; the same ask
 * needs the same memory. Community Edition cannot lower the memory limit at run time (dbms.setConfigValue is
 * Enterprise-only), so the session here replays the driver's retry loop with the driver's own retry predicate.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';

import { Database, mapDriverError } from '../src/db/database';
import { DomainError } from '../src/errors';

const OUT_OF_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
const NEO4J_MESSAGE =
  'The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached';

/** A driver error as Neo4j 5.26 sends it (the GQL status of "general processing exception"). */
const neo4jError = (message: string, code: string): Neo4jError =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error.');

/** A database whose session fails every statement with `code`, retrying as the driver does; counts the attempts. */
function failingDatabase(code: string): { db: Database; attempts: () => number } {
  const db = Database.connect({ uri: 'bolt://127.0.0.1:1', username: '', password: '', database: 'neo4j' });
  let attempts = 0;
  const tx = {
    run: () => Promise.reject(neo4jError(NEO4J_MESSAGE, code)),
  };
  const session = {
    async executeRead<T>(work: (t: typeof tx) => Promise<T>): Promise<T> {
      for (;;) {
        attempts += 1;
        try {
          return await work(tx);
        } catch (error) {
          if (!neo4j.isRetryableError(error as Error) || attempts >= 4) throw error;
        }
      }
    },
  };
  (db as unknown as { session(): typeof session }).session = () => session;
  return { db, attempts: () => attempts };
}

test('out of transaction memory is TOO_LARGE after one attempt, in words that say what to do', async () => {
  const { db, attempts } = failingDatabase(OUT_OF_MEMORY);
  try {
    const failure = await db.read('graph', {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: 'TOO_LARGE' });
    expect((failure as Error).message).toMatch(/narrow the filter or ask for fewer actors/);
    expect((failure as Error).message).not.toMatch(/MiB|dbms/);
    expect(attempts()).toBe(1);
  } finally {
    await db.close();
  }
});

test('other transient failures are still retried by the driver', async () => {
  const { db, attempts } = failingDatabase('Neo.TransientError.Transaction.DeadlockDetected');
  try {
    await expect(db.read('graph', {})).rejects.toBeInstanceOf(Neo4jError);
    expect(attempts()).toBe(4);
  } finally {
    await db.close();
  }
});

test('the error mapper names the per-transaction limit the same way and keeps other errors', () => {
  expect(mapDriverError(neo4jError(NEO4J_MESSAGE, OUT_OF_MEMORY))).toMatchObject({ code: 'TOO_LARGE' });
  expect(
    mapDriverError(neo4jError('limit reached', 'Neo.TransientError.General.TransactionMemoryLimit')),
  ).toMatchObject({ code: 'TOO_LARGE' });
  const other = neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError');
  expect(mapDriverError(other)).toBe(other);
});
