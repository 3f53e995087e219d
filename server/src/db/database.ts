import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

import type { Neo4jConfig } from '../config';
import { DomainError } from '../errors';
import {
  Availability,
  DEFAULT_AVAILABILITY,
  unavailable,
  type AvailabilityOptions,
  type Operation,
} from './availability';
import { toParams, toPlain } from './convert';
import type { QueryName } from './generated/queryNames';
import { query, schemaStatements } from './queries';

export type Params = Record<string, unknown>;
export type { QueryName };

// Writes finished (or failed) through any Database of this process: the response cache keys on this count
// so a write made here is never followed by an answer cached before it (server/src/http/responseCache.ts).
let writesInProcess = 0;
export const writesInThisProcess = (): number => writesInProcess;
export type Row = Record<string, unknown>;

/**
 * What a write changes: the shared data (actors, groups, themes, links, imports: it moves the response cache's
 * data version) or only accounts, sessions and sign-in counts, which no cached answer depends on (a sign-in must
 * not empty the cache for everyone).
 */
export type WriteScope = 'data' | 'accounts';

/** A transaction handle for use cases that need several statements to commit or fail together. */
export interface Tx {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

/**
 * The only gateway to Neo4j. Every statement is a named file in cypher/queries, run through the
 * driver's managed transactions (executeRead/executeWrite retry transient failures).
 */
export class Database {
  /** Statements sent, counted so tests can prove a field costs one round trip. */
  roundTrips = 0;
  /** Whether Neo4j can be reached; every operation runs through it so none waits long on an outage. */
  readonly availability: Availability;
  /** A one-connection driver of its own for probes, so a busy pool never makes Neo4j look down. */
  private probeDriver: Driver | null = null;
  private currentDriver: Driver | null = null;

  private constructor(
    readonly config: Neo4jConfig,
    availability: AvailabilityOptions,
  ) {
    this.availability = new Availability(
      (timeoutMs) => this.probe(timeoutMs),
      availability,
      () => this.dropDriver(),
    );
  }

  static connect(config: Neo4jConfig, availability: AvailabilityOptions = DEFAULT_AVAILABILITY): Database {
    return new Database(config, availability);
  }

  async close(): Promise<void> {
    this.availability.close();
    await Promise.all([this.currentDriver?.close(), this.probeDriver?.close()]);
  }

  private get driver(): Driver {
    this.currentDriver ??= neo4j.driver(this.config.uri, authOf(this.config), {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // Retries ride out a cluster's leader change; an outage is answered sooner by the availability probe.
      maxTransactionRetryTime: 10_000,
      disableLosslessIntegers: false,
      userAgent: 'reform-atlas',
    });
    return this.currentDriver;
  }

  /**
   * When Neo4j goes down: its pool holds connections that are dead or hung, and the abandoned operations
   * may still be retrying on them. Closing the driver ends both; the next operation after recovery opens a
   * new one instead of finding the dead connections one retry (and one second) at a time.
   */
  private dropDriver(): void {
    const driver = this.currentDriver;
    this.currentDriver = null;
    void driver?.close().catch(() => undefined);
  }

  /** Runs a read-only named query. */
  async read(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.guard((operation) =>
      this.session().executeRead((tx) => {
        if (operation.abandoned) throw unavailable();
        return this.runIn(tx, name, params);
      }),
    );
  }

  /**
   * Streams a read-only named query row by row; `onRow` may return a promise to apply back-pressure
   * (the driver stops pulling records while it is pending). An auto-commit read rather than executeRead:
   * a managed retry after rows have already gone to the caller would duplicate them.
   */
  async stream(name: QueryName, params: Params, onRow: (row: Row) => void | Promise<void>): Promise<number> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    this.roundTrips += 1;
    let count = 0;
    try {
      return await this.guard(async (operation) => {
        for await (const record of session.run(query(name), toParams(params) as Params)) {
          if (operation.abandoned) break;
          const row: Row = {};
          for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
          await onRow(row);
          count += 1;
        }
        return count;
      });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Runs a named write in its own transaction. */
  async write(name: QueryName, params: Params = {}, scope: WriteScope = 'data'): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params), scope);
  }

  /** Several statements in one write transaction: all commit or none do. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, scope: WriteScope = 'data'): Promise<T> {
    return this.writeOnce((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params) }), scope);
  }

  /** Raw statement text for schema management and maintenance (never user input). */
  async runStatement(statement: string, params: Params = {}): Promise<Row[]> {
    return this.writeOnce(async (tx) => rows(await tx.run(statement, toParams(params) as Params)));
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

  /** True when Neo4j answers a trivial query within the probe's timeout. */
  ping(): Promise<boolean> {
    return this.availability.check();
  }

  /** `RETURN 1` over the probe driver; a probe that fails drops that driver, so a hung connection is never reused. */
  private async probe(timeoutMs: number): Promise<void> {
    const driver = (this.probeDriver ??= neo4j.driver(this.config.uri, authOf(this.config), {
      maxConnectionPoolSize: 1,
      connectionTimeout: timeoutMs,
      connectionAcquisitionTimeout: timeoutMs,
      userAgent: 'reform-atlas-probe',
    }));
    const session = driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('probe timed out')), timeoutMs);
        }),
      ]);
    } catch (error) {
      if (this.probeDriver === driver) this.probeDriver = null;
      void driver.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  private session() {
    // A session per unit of work: sessions are cheap, and a closed one cannot leak into another request.
    const session = this.driver.session({ database: this.config.database });
    const closeAfter = <T>(p: Promise<T>): Promise<T> => p.finally(() => session.close().catch(() => undefined));
    return {
      executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>) => closeAfter(session.executeRead(work)),
      executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>) => closeAfter(session.executeWrite(work)),
    };
  }

  private async runIn(tx: ManagedTransaction, name: QueryName, params: Params): Promise<Row[]> {
    this.roundTrips += 1;
    try {
      return rows(await tx.run(query(name), toParams(params) as Params));
    } catch (error) {
      // Neo4j calls running out of transaction memory transient, so the driver would run the same query again for
      // up to maxTransactionRetryTime; the same ask needs the same memory, so it is answered at once instead.
      throw isOutOfMemory(error) ? tooLarge() : error;
    }
  }

  /**
   * A managed write transaction whose work runs to completion at most once. The driver retries a transaction
   * whose connection failed, also when it failed during the commit: that commit may have landed, and running
   * the work again would apply it twice (or answer CONFLICT for a create that succeeded). So once the work has
   * completed, a retry is refused with DATABASE_UNAVAILABLE and the caller decides; a retry after a failure
   * inside the work (a deadlock, a lost connection before the commit) runs it again as the driver intends.
   * A data write is counted when it ends, committed or not, for the response cache's data version.
   */
  private async writeOnce<T>(work: (tx: ManagedTransaction) => Promise<T>, scope: WriteScope = 'data'): Promise<T> {
    let completed = false;
    try {
      return await this.guard((operation) =>
        this.session().executeWrite(async (tx) => {
          if (operation.abandoned || completed) throw unavailable();
          const result = await work(tx);
          completed = true;
          return result;
        }),
      );
    } finally {
      if (scope === 'data') writesInProcess += 1;
    }
  }

  private guard<T>(work: (operation: Operation) => Promise<T>): Promise<T> {
    return this.availability.run(async (operation) => {
      try {
        return await work(operation);
      } catch (error) {
        const mapped = mapDriverError(error);
        // A lost connection may be one broken socket or an outage: the probe tells which.
        if (
          !(error instanceof DomainError) &&
          mapped instanceof DomainError &&
          mapped.code === 'DATABASE_UNAVAILABLE'
        ) {
          void this.availability.check();
        }
        throw mapped;
      }
    });
  }
}

/** No credentials for the local loopback-only store, which runs with authentication off. */
function authOf(config: Neo4jConfig) {
  return config.username ? neo4j.auth.basic(config.username, config.password) : undefined;
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

const driverCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** Neo4j refused the transaction more memory (dbms.memory.transaction.total.max or db.memory.transaction.max). */
function isOutOfMemory(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code.endsWith('.TransactionMemoryLimit');
}

const tooLarge = (): DomainError =>
  new DomainError(
    'TOO_LARGE',
    'This request needs more memory than the database gives one answer; narrow the filter or ask for fewer actors',
  );

/** Translates driver failures into the API's error codes without leaking Cypher or internals. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (isOutOfMemory(error)) return tooLarge();
  const code = driverCode(error);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DomainError('CONFLICT', 'An item with this id already exists');
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  ) {
    return unavailable();
  }
  if (error instanceof Error && /connect|ECONNREFUSED|acquisition timed out|Pool is closed/i.test(error.message)) {
    return unavailable();
  }
  return error;
}
