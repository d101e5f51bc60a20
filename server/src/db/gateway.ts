/**
 * The only module that runs Cypher. Every query is named (a file in cypher/), runs in a managed
 * read or write transaction on the configured database with a timeout, and carries its name as
 * transaction metadata so it can be found in Neo4j's query log.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { queryTimeout, serviceUnavailable } from '../errors.js';
import type { CypherCatalog } from './cypher-catalog.js';

export type Params = Record<string, unknown>;

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  run<T>(name: string, params?: Params): Promise<T[]>;
}

export class Gateway {
  constructor(
    private readonly driver: Driver,
    private readonly catalog: CypherCatalog,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  /** Runs one named read query (routed to a reader in a cluster). */
  read<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.transaction('READ', name, (tx) => tx.run<T>(name, params));
  }

  /** Runs one named write query in its own transaction. */
  write<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.transaction('WRITE', name, (tx) => tx.run<T>(name, params));
  }

  /** Runs several named queries as one write transaction: all of them commit, or none. */
  writeAll<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', label, work);
  }

  /** Resolves when the database answers; rejects with SERVICE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    label: string,
    work: (tx: QueryRunner) => Promise<T>,
  ) {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const config = { timeout: this.timeoutMs, metadata: { app: 'actorgraph', query: label } };
    const unit = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return mode === 'READ'
        ? await session.executeRead(unit, config)
        : await session.executeWrite(unit, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction): QueryRunner {
    return {
      run: async <T>(name: string, params: Params = {}) => {
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

/** Maps driver errors a user can act on to coded errors; everything else stays internal (masked). */
export function mapDriverError(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General')
  ) {
    return serviceUnavailable(
      'The graph database is unavailable right now; retry in a few seconds.',
    );
  }
  if (code.includes('TransactionTimedOut')) {
    return queryTimeout(
      'The query took too long and was stopped; narrow it (fewer hops, a smaller depth or page).',
    );
  }
  return error;
}
