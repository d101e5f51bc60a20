/**
 * The only module that runs Cypher. Every query is named (a file in cypher/), runs on the
 * configured database with a timeout (a read in an auto-commit transaction, writes in a managed
 * write transaction), and carries its name as transaction metadata so it can be found in Neo4j's
 * query log.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, type ManagedTransaction } from 'neo4j-driver';
import { conflict, queryTimeout, serviceUnavailable } from '../errors/api-errors.js';
import type { FairScheduler } from '../limits/fair-scheduler.js';
import type { CypherCatalog } from './cypher-catalog.js';

export type Params = Record<string, unknown>;

/**
 * A transaction that has not ended this long after the query timeout is answered
 * SERVICE_UNAVAILABLE, so no round trip to the database takes longer than QUERY_TIMEOUT_MS + 3 s
 * and no request hangs. Neo4j stops a slow transaction itself at the query timeout, but a hung
 * server (a stopped process, a frozen VM, a network black hole) stops nothing, and the driver has
 * no read timeout of its own: its connectionTimeout covers the TCP connect only, not the Bolt
 * handshake or a reply. The abandoned transaction runs no further query and rolls back.
 */
export const DEADLINE_MARGIN_MS = 3_000;
/** /ready says "unavailable" when the database has not answered a ping within this time. */
export const PING_DEADLINE_MS = 2_000;
/**
 * Bulk work (loading the seeds, an import batch) is not an interactive query: it gets this limit
 * instead of QUERY_TIMEOUT_MS, so a first start never times out on its own data.
 */
export const BULK_TIMEOUT_MS = 300_000;

/** How long a read waits before its one retry of a transient failure (the driver's first back-off). */
const RETRY_DELAY_MS = 1_000;

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  run<T>(name: string, params?: Params): Promise<T[]>;
}

/**
 * Whose transactions a request's gateway runs: they take turns with other clients' in `scheduler`
 * (a slot each), and their time is added to `meter` so the request can be charged for it.
 */
export interface Admission {
  scheduler: FairScheduler;
  client: string;
  meter: { ms: number };
}

export class Gateway {
  constructor(
    private readonly driver: Driver,
    private readonly catalog: CypherCatalog,
    private readonly database: string,
    private readonly timeoutMs: number,
    /** Shared by every gateway derived from this one (per client, per timeout). */
    private readonly stamp = { writes: 0 },
  ) {}

  /** Set on a request's view of the gateway (forClient); the shared gateway has none. */
  private admission: Admission | undefined;

  /** The same gateway with another transaction timeout (see BULK_TIMEOUT_MS). */
  withTimeout(timeoutMs: number): Gateway {
    const gateway = new Gateway(this.driver, this.catalog, this.database, timeoutMs, this.stamp);
    gateway.admission = this.admission;
    return gateway;
  }

  /**
   * This gateway for one client's request: every transaction waits for that client's turn. A view
   * on this object rather than a copy, so that whatever it does stays (tests wrap its methods).
   */
  forClient(admission: Admission): Gateway {
    const view = Object.create(this) as Gateway;
    view.admission = admission;
    return view;
  }

  /**
   * The graph version stamp: how many write transactions have committed through this gateway.
   * Every write passes through here, so a cache of a whole-graph computation (betweenness) is
   * stale exactly when this moved. Writes by other processes (a CLI import) do not move it.
   */
  get version(): number {
    return this.stamp.writes;
  }

  /**
   * Runs one named read query (routed to a reader in a cluster) as an auto-commit transaction:
   * one RUN+PULL message and one round trip, where a managed transaction sends BEGIN, RUN+PULL
   * and COMMIT and waits twice. Under the mixed load that was a third of the driver's CPU
   * (bench/results/load-cpu.md). A read has nothing to undo, so auto-commit loses nothing.
   */
  read<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.admitted(() => this.autoCommitRead<T>(name, params));
  }

  /** Runs one named write query in its own transaction. */
  write<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeAll(name, (tx) => tx.run<T>(name, params));
  }

  /** Runs several named queries as one write transaction: all of them commit, or none. */
  writeAll<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.admitted(() => this.transact(label, work));
  }

  /** Resolves when the database answers; rejects with SERVICE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    const answer = this.driver.verifyConnectivity({ database: this.database });
    answer.catch(() => {}); // it may fail after the deadline has answered already
    try {
      await withDeadline(answer, PING_DEADLINE_MS, () => unanswered(PING_DEADLINE_MS));
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Runs `work` in the client's turn, and adds the time it took to the request's. */
  private async admitted<T>(work: () => Promise<T>): Promise<T> {
    if (!this.admission) return work();
    const { scheduler, client, meter } = this.admission;
    const release = await scheduler.acquire(client).catch(() => {
      throw serviceUnavailable(
        'The graph database is busy with other requests; retry in a few seconds.',
      );
    });
    const started = performance.now();
    try {
      return await work();
    } finally {
      // Also after the deadline: Neo4j has stopped the transaction itself by then (its timeout).
      meter.ms += performance.now() - started;
      release();
    }
  }

  /** A managed write transaction with a deadline. */
  private async transact<T>(label: string, work: (tx: QueryRunner) => Promise<T>) {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    const config = { timeout: this.timeoutMs, metadata: { app: 'actorgraph', query: label } };
    let late = false;
    const unit = (tx: ManagedTransaction) => work(this.runner(tx, () => late));
    const done = session.executeWrite(unit, config);
    // Also a write that commits after its request was answered (late) moves the version.
    done.then(
      () => (this.stamp.writes += 1),
      () => {},
    );
    // The session closes when its transaction ends, also one that outlives the deadline below.
    const closed = done.then(
      () => session.close(),
      () => session.close(),
    );
    closed.catch(() => {});
    const deadlineMs = this.timeoutMs + DEADLINE_MARGIN_MS;
    try {
      return await withDeadline(done, deadlineMs, () => {
        late = true;
        return unanswered(deadlineMs, 'WRITE');
      });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      if (!late) await closed;
    }
  }

  /**
   * One read query in an auto-commit transaction, with the deadline of `transact`. A transient
   * failure (a dropped connection, a restarting database) is tried once more after about a
   * second, as executeRead does with the driver's maxTransactionRetryTime (driver.ts), but not
   * once the request was answered.
   */
  private async autoCommitRead<T>(name: string, params: Params): Promise<T[]> {
    const deadlineMs = this.timeoutMs + DEADLINE_MARGIN_MS;
    const config = { timeout: this.timeoutMs, metadata: { app: 'actorgraph', query: name } };
    const text = this.catalog.get(name);
    const cypherParams = toCypherValue(params) as Params;
    let late = false;
    const attempt = async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      try {
        const result = await session.run(text, cypherParams, config);
        return result.records.map((record) => record.toObject() as T);
      } finally {
        await session.close();
      }
    };
    const done = attempt().catch(async (error: unknown) => {
      if (late || !isRetryableError(error)) throw error;
      await sleep(RETRY_DELAY_MS);
      if (late) throw error;
      return attempt();
    });
    done.catch(() => {}); // it may fail after the deadline has answered already
    try {
      return await withDeadline(done, deadlineMs, () => {
        late = true;
        return unanswered(deadlineMs, 'READ');
      });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Runs queries in `tx`, but none once the request was answered (`late`): the work rolls back. */
  private runner(tx: ManagedTransaction, late: () => boolean): QueryRunner {
    return {
      run: async <T>(name: string, params: Params = {}) => {
        if (late()) throw new Error(`${name} abandoned: the request was answered already.`);
        const result = await tx.run(this.catalog.get(name), toCypherValue(params) as Params);
        return result.records.map((record) => record.toObject() as T);
      },
    };
  }
}

/**
 * JS numbers go to Cypher as floats; LIMIT, ranges and counts need integers. Whole numbers become
 * Neo4j integers here, once, for every query (results come back as JS numbers, see driver.ts).
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, toCypherValue(inner)]),
    );
  }
  return value;
}

/** Rejects with `late()` when `work` has not settled within `ms`; `work` itself runs on. */
function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function unanswered(ms: number, mode?: 'READ' | 'WRITE') {
  return serviceUnavailable(
    `The graph database did not answer within ${ms / 1000} s; retry in a few seconds` +
      (mode === 'WRITE'
        ? ' (the change may or may not have been saved: check before retrying).'
        : '.'),
  );
}

/** Maps driver errors a user can act on to coded errors; everything else stays internal (masked). */
export function mapDriverError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as { message?: string }).message ?? '';
  if (code.includes('TransactionTimedOut')) {
    return queryTimeout(
      'The query took too long and was stopped; narrow it (fewer hops, a smaller depth or page).',
    );
  }
  // Read committed: a node or relationship the transaction was reading has just been deleted by a
  // concurrent one (a merge, a deleted link). Nothing was written, and the request can be retried.
  if (code === 'Neo.ClientError.Statement.EntityNotFound') {
    return conflict('A concurrent edit removed an entity or relation this request used; retry it.');
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    // Transient: the database is starting, stopping or busy (deadlocks, memory); a retry may pass.
    code.startsWith('Neo.TransientError.') ||
    // Every pooled connection is taken (by a hung server's unanswered transactions, say).
    message.startsWith('Connection acquisition timed out')
  ) {
    return serviceUnavailable(
      'The graph database is unavailable right now; retry in a few seconds.',
    );
  }
  return error;
}
