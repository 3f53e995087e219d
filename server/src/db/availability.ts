import { DomainError } from '../errors';

export interface AvailabilityOptions {
  /** An operation still running after this long makes the monitor ask Neo4j whether it is there. */
  slowAfterMs: number;
  /** How long a probe may take before Neo4j counts as unreachable. */
  probeTimeoutMs: number;
  /** While Neo4j is unreachable, how often it is probed again. */
  recoveryIntervalMs: number;
}

/**
 * Together these bound the wait for an answer while Neo4j is unreachable: an operation is failed at most
 * slowAfterMs + probeTimeoutMs (1.5 s) after it started; once Neo4j is known to be down, at once.
 */
export const DEFAULT_AVAILABILITY: AvailabilityOptions = {
  slowAfterMs: 300,
  probeTimeoutMs: 1_200,
  recoveryIntervalMs: 250,
};

export const unavailable = (): DomainError =>
  new DomainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly');

/** One running operation, as the work sees it: `abandoned` turns true once its caller has been answered. */
export interface Operation {
  readonly abandoned: boolean;
}

interface Pending extends Operation {
  abandoned: boolean;
  fail(error: Error): void;
}

/**
 * Whether Neo4j can be reached, learnt from a cheap probe rather than from the operations themselves: the
 * driver's managed transactions retry a lost connection for up to maxTransactionRetryTime, so a request
 * would otherwise wait 10–30 s for an answer the probe gives in a second. While Neo4j is down every
 * operation fails at once with DATABASE_UNAVAILABLE; the operations that were running are answered the same
 * way and marked abandoned, so a retry the driver still makes in the background does no work (a write the
 * caller was told failed must not commit later). Probing resumes on a timer until Neo4j answers again.
 */
export class Availability {
  private down = false;
  /** When an operation last got its answer from Neo4j (ms since the epoch). */
  private lastAnswerAt = 0;
  private readonly pending = new Set<Pending>();
  private probing: Promise<boolean> | null = null;
  private recovery: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly probe: (timeoutMs: number) => Promise<void>,
    private readonly options: AvailabilityOptions = DEFAULT_AVAILABILITY,
    /** Called once as Neo4j goes down, after the running operations have been answered. */
    private readonly onDown: () => void = () => undefined,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** Runs one operation against Neo4j, answered with DATABASE_UNAVAILABLE as soon as Neo4j is known to be unreachable. */
  run<T>(work: (operation: Operation) => Promise<T>): Promise<T> {
    if (this.down) return Promise.reject(unavailable());
    return new Promise<T>((resolve, reject) => {
      const operation: Pending = {
        abandoned: false,
        fail: (error) => {
          operation.abandoned = true;
          reject(error);
        },
      };
      this.pending.add(operation);
      const watchdog = setTimeout(() => void this.check(), this.options.slowAfterMs);
      watchdog.unref();
      work(operation)
        .then((value) => {
          this.lastAnswerAt = Date.now();
          resolve(value);
        }, reject)
        .finally(() => {
          clearTimeout(watchdog);
          this.pending.delete(operation);
        });
    });
  }

  /** Probes Neo4j now (one probe at a time); true when it answered. Failing operations call this too. */
  check(): Promise<boolean> {
    const probedAt = Date.now();
    this.probing ??= this.probe(this.options.probeTimeoutMs)
      .then(
        () => {
          this.markUp();
          return true;
        },
        () => {
          // A probe that timed out while operations kept getting answers met a busy Neo4j, not an unreachable one
          // (under 50 connections on a shared machine a RETURN 1 can wait over a second behind other queries):
          // failing every running request then turned overload into an outage.
          if (!this.down && this.lastAnswerAt >= probedAt) return true;
          this.markDown();
          return false;
        },
      )
      .finally(() => {
        this.probing = null;
      });
    return this.probing;
  }

  close(): void {
    this.closed = true;
    this.stopRecovery();
  }

  private markDown(): void {
    if (this.closed) return;
    const wasDown = this.down;
    this.down = true;
    for (const operation of this.pending) operation.fail(unavailable());
    this.pending.clear();
    if (!wasDown) this.onDown();
    if (!this.recovery) {
      this.recovery = setInterval(() => void this.check(), this.options.recoveryIntervalMs);
      this.recovery.unref();
    }
  }

  private markUp(): void {
    this.down = false;
    this.stopRecovery();
  }

  private stopRecovery(): void {
    if (this.recovery) clearInterval(this.recovery);
    this.recovery = null;
  }
}
