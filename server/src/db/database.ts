import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

import type { Neo4jConfig } from '../config';
import { DomainError } from '../domain/errors';
import { toParams, toPlain } from './convert';
import { query, schemaStatements } from './queries';

export type Params = Record<string, unknown>;

// Writes finished (or failed) through any Database of this process: the response cache keys on this count
// so a write made here is never followed by an answer cached before it (server/src/http/responseCache.ts).
let writesInProcess = 0;
export const writesInThisProcess = (): number => writesInProcess;
export type Row = Record<string, unknown>;

/** A transaction handle for use cases that need several statements to commit or fail together. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
}

/**
 * The only gateway to Neo4j. Every statement is a named file in cypher/queries, run through the
 * driver's managed transactions (executeRead/executeWrite retry transient failures).
 */
export class Database {
  /** Statements sent, counted so tests can prove a field costs one round trip. */
  roundTrips = 0;

  private constructor(
    readonly driver: Driver,
    readonly config: Neo4jConfig,
  ) {}

  static connect(config: Neo4jConfig): Database {
    // No credentials for the local loopback-only store, which runs with authentication off.
    const auth = config.username ? neo4j.auth.basic(config.username, config.password) : undefined;
    const driver = neo4j.driver(config.uri, auth, {
      // Fail fast when Neo4j is down so requests get a clear error instead of hanging.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 10_000,
      disableLosslessIntegers: false,
      userAgent: 'reform-atlas',
    });
    return new Database(driver, config);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Runs a read-only named query. */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.guard(() =>
      this.session().executeRead((tx) => this.runIn(tx, name, params)),
    );
  }

  /**
   * Streams a read-only named query row by row; `onRow` may return a promise to apply back-pressure
   * (the driver stops pulling records while it is pending). An auto-commit read rather than executeRead:
   * a managed retry after rows have already gone to the caller would duplicate them.
   */
  async stream(name: string, params: Params, onRow: (row: Row) => void | Promise<void>): Promise<number> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    this.roundTrips += 1;
    let count = 0;
    try {
      return await this.guard(async () => {
        for await (const record of session.run(query(name), toParams(params) as Params)) {
          const row: Row = {};
          for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
          await onRow(row);
          count += 1;
        }
        return count;
      });
    } finally {
      await session.close();
    }
  }

  /** Runs a named write in its own transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.counted(() => this.session().executeWrite((tx) => this.runIn(tx, name, params)));
  }

  /** Several statements in one write transaction: all commit or none do. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.counted(() =>
      this.session().executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) })),
    );
  }

  /** Raw statement text for schema management and maintenance (never user input). */
  async runStatement(statement: string, params: Params = {}): Promise<Row[]> {
    return this.counted(() => this.session().executeWrite(async (tx) => rows(await tx.run(statement, toParams(params) as Params))));
  }

  async applySchema(): Promise<number> {
    const statements = schemaStatements();
    const session = this.driver.session({ database: this.config.database });
    try {
      // Schema commands cannot share a transaction with each other, so each runs alone.
      for (const statement of statements) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
    return statements.length;
  }

  /** True when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.config.database });
    try {
      await Promise.race([
        session.run('RETURN 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session() {
    // A session per unit of work: sessions are cheap, and a closed one cannot leak into another request.
    const session = this.driver.session({ database: this.config.database });
    const closeAfter = <T>(p: Promise<T>): Promise<T> => p.finally(() => session.close());
    return {
      executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>) => closeAfter(session.executeRead(work)),
      executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>) => closeAfter(session.executeWrite(work)),
    };
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params): Promise<Row[]> {
    this.roundTrips += 1;
    return rows(await tx.run(query(name), toParams(params) as Params));
  }

  /** A write: counted when it ends, committed or not (a failed commit may still have landed). */
  private async counted<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.guard(work);
    } finally {
      writesInProcess += 1;
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw mapDriverError(error);
    }
  }
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/** Translates driver failures into the API's error codes without leaking Cypher or internals. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DomainError('CONFLICT', 'An item with this id already exists');
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  ) {
    return new DomainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly');
  }
  if (error instanceof Error && /connect|ECONNREFUSED|acquisition timed out|Pool is closed/i.test(error.message)) {
    return new DomainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly');
  }
  return error;
}
