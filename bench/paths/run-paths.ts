/**
 * `npm run bench:paths`: the tracing queries on the benchmark graph (seed plus generated GTD
 * attacks), through the API and as the same Cypher over the bare driver, for seeded random pairs
 * of groups and the pairs among the busiest groups; then PROFILE of each pair's queries.
 */
import { loadConfig } from '../../server/src/config/config.js';
import { CypherCatalog } from '../../server/src/db/cypher-catalog.js';
import { type Params, toCypherValue } from '../../server/src/db/gateway.js';
import type { Cleanup } from '../load/cleanup.js';
import { startGeneratedGraph } from '../load/generated-graph.js';
import { graphSize } from '../scale/bench-graph.js';
import { describeMachine, type Machine } from '../scale/machine.js';
import { type RecordedQuery, recordQueries } from '../scale/record-queries.js';
import { startActorGraph } from '../scale/servers.js';
import { percentile } from '../scale/stats.js';
import { type GroupPair, pickPairs } from './pairs.js';
import { profileQuery, type QueryProfile } from './profile.js';
import { PATH_QUERIES, type PathQuery } from './queries.js';

export interface PathsOptions {
  rows: number;
  batchSize: number;
  /** Rounds over every pair, per query. */
  rounds: number;
  /** Stop a query's rounds early once this much time is spent on it. */
  maxSeconds: number;
  randomPairs: number;
  busiest: number;
  seed: number;
}

interface Sample {
  pair: number;
  ms: number;
  /** The error code or message when the answer was an error (a timeout among them). */
  error?: string;
}

export interface Figures {
  samples: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface QueryResult {
  name: string;
  api: Figures;
  raw: Figures;
  byKind: Record<GroupPair['kind'], { api: Figures; raw: Figures }>;
  /** Per pair: API median ms and PROFILE (for profiled queries). */
  pairs: { pair: number; apiMedian: number; rawMedian: number; profiles?: QueryProfile[] }[];
}

export interface PathsResults {
  date: string;
  minutes: number;
  machine: Machine;
  rows: number;
  graph: { nodes: number; relationships: number };
  queryTimeoutMs: number;
  pairs: (GroupPair & { attacksA: number; attacksB: number })[];
  queries: QueryResult[];
}

export const log = (line: string) => console.error(`[bench:paths] ${line}`);

/** The raw arm's timeout: long enough to see a runaway search's real time, short of hanging. */
const RAW_TIMEOUT_MS = 60_000;

async function timedCall(work: () => Promise<void>): Promise<Omit<Sample, 'pair'>> {
  const start = performance.now();
  try {
    await work();
    return { ms: performance.now() - start };
  } catch (error) {
    return { ms: performance.now() - start, error: (error as Error).message.slice(0, 200) };
  }
}

async function postApi(url: string, body: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  if (!response.ok || answer.errors) {
    throw new Error(answer.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`);
  }
}

function figures(samples: readonly Sample[]): Figures {
  const ms = samples.map((s) => s.ms);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    samples: samples.length,
    errors: samples.filter((s) => s.error).length,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
  };
}

async function measureQuery(
  query: PathQuery,
  pairs: readonly GroupPair[],
  apiUrl: string,
  raw: (recorded: readonly RecordedQuery[]) => Promise<void>,
  record: (pair: GroupPair) => Promise<RecordedQuery[]>,
  options: PathsOptions,
): Promise<{ api: Sample[]; raw: Sample[]; recorded: RecordedQuery[][] }> {
  const recorded: RecordedQuery[][] = [];
  const bodies = pairs.map((pair) => JSON.stringify(query.request(pair)));
  for (const pair of pairs) recorded.push(await record(pair)); // also the warm-up
  const api: Sample[] = [];
  const rawSamples: Sample[] = [];
  const deadline = Date.now() + options.maxSeconds * 1000;
  for (let round = 0; round < options.rounds && Date.now() < deadline; round++) {
    for (let pair = 0; pair < pairs.length; pair++) {
      api.push({ pair, ...(await timedCall(() => postApi(apiUrl, bodies[pair]!))) });
      rawSamples.push({ pair, ...(await timedCall(() => raw(recorded[pair]!))) });
    }
  }
  return { api, raw: rawSamples, recorded };
}

const median = (samples: readonly Sample[], pair: number) =>
  Math.round(
    percentile(
      samples.filter((s) => s.pair === pair).map((s) => s.ms),
      50,
    ),
  );

export async function runPathsBench(
  options: PathsOptions,
  cleanup: Cleanup,
): Promise<PathsResults> {
  const started = Date.now();
  const machine = describeMachine();
  const { graph, sample } = await startGeneratedGraph('paths', options, cleanup, log);
  const { database } = graph.connection;
  const attacksOf = new Map(sample.groups.map((g) => [g.id, g.attacks]));
  const pairs = pickPairs(sample.groups, {
    random: options.randomPairs,
    busiest: options.busiest,
    seed: options.seed,
  });
  const server = await cleanup.start(startActorGraph(graph.connection), (s) => s.stop());
  const catalog = CypherCatalog.load();
  const raw = async (recorded: readonly RecordedQuery[]) => {
    for (const q of recorded) {
      await graph.driver.executeQuery(catalog.get(q.name), toCypherValue(q.params) as Params, {
        database,
        routing: 'READ',
        transactionConfig: { timeout: RAW_TIMEOUT_MS },
      });
    }
  };
  const queries: QueryResult[] = [];
  for (const query of PATH_QUERIES) {
    log(`${query.name}: ${pairs.length} pairs, up to ${options.rounds} rounds`);
    const record = (pair: GroupPair) =>
      recordQueries(graph.driver, database, query.request(pair)).catch((error: Error) => {
        log(`  recording ${pair.a} / ${pair.b} failed: ${error.message.slice(0, 200)}`);
        return [];
      });
    const measured = await measureQuery(query, pairs, server.url, raw, record, options);
    const ofKind = (samples: Sample[], kind: GroupPair['kind']) =>
      figures(samples.filter((s) => pairs[s.pair]!.kind === kind));
    const result: QueryResult = {
      name: query.name,
      api: figures(measured.api),
      raw: figures(measured.raw),
      byKind: {
        random: { api: ofKind(measured.api, 'random'), raw: ofKind(measured.raw, 'random') },
        hubs: { api: ofKind(measured.api, 'hubs'), raw: ofKind(measured.raw, 'hubs') },
      },
      pairs: [],
    };
    for (let pair = 0; pair < pairs.length; pair++) {
      const profiles: QueryProfile[] = [];
      if (query.profiled) {
        for (const q of measured.recorded[pair]!.filter((r) => !r.name.startsWith('entity/'))) {
          try {
            profiles.push(await profileQuery(graph.driver, database, q, RAW_TIMEOUT_MS));
          } catch (error) {
            log(`  PROFILE ${q.name} failed: ${(error as Error).message.slice(0, 200)}`);
          }
        }
      }
      result.pairs.push({
        pair,
        apiMedian: median(measured.api, pair),
        rawMedian: median(measured.raw, pair),
        ...(query.profiled ? { profiles } : {}),
      });
    }
    log(
      `  API p50 ${result.api.p50} / p99 ${result.api.p99} ms, raw p50 ${result.raw.p50} / p99 ` +
        `${result.raw.p99} ms, ${result.api.errors} API errors`,
    );
    queries.push(result);
  }
  return {
    date: new Date(started).toISOString(),
    minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
    machine,
    rows: options.rows,
    graph: await graphSize(graph),
    queryTimeoutMs: loadConfig({ ...process.env, NEO4J_URI: '' }).queryTimeoutMs,
    pairs: pairs.map((p) => ({
      ...p,
      attacksA: attacksOf.get(p.a) ?? 0,
      attacksB: attacksOf.get(p.b) ?? 0,
    })),
    queries,
  };
}
