/**
 * The load test's raw-driver arm: the Cypher each workload request makes the API run (recorded
 * through the real schema, bench/scale/record-queries.ts), replayed over the bare driver by
 * `connections` concurrent workers for as long, each rotating through the list from its own
 * offset as autocannon's connections do. What the API achieves against this is its own overhead.
 */
import type { Driver } from 'neo4j-driver';
import { CypherCatalog } from '../../server/src/db/cypher-catalog.js';
import { type Params, toCypherValue } from '../../server/src/db/gateway.js';
import { type RecordedQuery, recordQueries } from '../scale/record-queries.js';
import { percentile } from '../scale/stats.js';
import type { WorkloadRequest } from './workload.js';

export interface RawLevel {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: { p50: number; p99: number };
  errors: number;
}

/** The named queries of every workload request, in workload order. */
export async function recordWorkload(
  driver: Driver,
  database: string,
  workload: readonly WorkloadRequest[],
): Promise<RecordedQuery[][]> {
  const recorded: RecordedQuery[][] = [];
  for (const { body } of workload) {
    recorded.push(await recordQueries(driver, database, JSON.parse(body) as { query: string }));
  }
  return recorded;
}

/**
 * The raw arm, run in slices that can bracket an API level (half before, half after), so drift in
 * the load of a shared machine does not favour either side; `level` sums the slices.
 */
export class RawArm {
  private readonly requests: { text: string; params: Params }[][];
  private latencies: number[] = [];
  private errors = 0;
  private seconds = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    recorded: readonly RecordedQuery[][],
    private readonly timeoutMs: number,
  ) {
    const catalog = CypherCatalog.load();
    this.requests = recorded.map((queries) =>
      queries.map((q) => ({
        text: catalog.get(q.name),
        params: toCypherValue(q.params) as Params,
      })),
    );
  }

  /** `connections` workers for `seconds`, each from its own offset in the list. */
  async run(connections: number, seconds: number): Promise<void> {
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const worker = async (offset: number) => {
      for (let i = offset; performance.now() < deadline; i = (i + 1) % this.requests.length) {
        const start = performance.now();
        try {
          // Auto-commit reads, as the gateway runs them (Gateway.read).
          for (const { text, params } of this.requests[i]!) {
            const session = this.driver.session({
              database: this.database,
              defaultAccessMode: 'READ',
            });
            try {
              await session.run(text, params, { timeout: this.timeoutMs });
            } finally {
              await session.close();
            }
          }
          this.latencies.push(performance.now() - start);
        } catch {
          this.errors++;
        }
      }
    };
    await Promise.all(
      Array.from({ length: connections }, (_, c) =>
        worker(Math.floor((c * this.requests.length) / connections) % this.requests.length),
      ),
    );
    this.seconds += (performance.now() - started) / 1000;
  }

  /** The figures of the slices run since the last call, and a fresh start for the next level. */
  level(connections: number): RawLevel {
    const requests = this.latencies.length + this.errors;
    const level = {
      connections,
      seconds: Math.round(this.seconds),
      requests,
      requestsPerSecond: Math.round((requests / this.seconds) * 10) / 10,
      latency: {
        p50: Math.round(percentile(this.latencies, 50)),
        p99: Math.round(percentile(this.latencies, 99)),
      },
      errors: this.errors,
    };
    [this.latencies, this.errors, this.seconds] = [[], 0, 0];
    return level;
  }
}
