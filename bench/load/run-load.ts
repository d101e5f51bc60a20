/**
 * `npm run load`: a graph of the seed plus generated GTD attacks in a throwaway Neo4j, the real
 * API server in a child process, and the mixed read workload at each concurrency level, with the
 * server's memory read before, during and after each level. Writes bench/results/load.{md,json}.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../server/src/config/config.js';
import { describeMachine } from '../scale/machine.js';
import { type RunningServer, startActorGraph } from '../scale/servers.js';
import type { Cleanup } from './cleanup.js';
import { startGeneratedGraph } from './generated-graph.js';
import { CLIENT_TIMEOUT_SECONDS, runLevel } from './mixed-run.js';
import { rssMiB, sampleRss } from './process-memory.js';
import { RawArm, type RawLevel, recordWorkload } from './raw-run.js';
import type { LevelResult, LoadResults } from './report.js';
import { distinctLogLines, runAlone } from './server-checks.js';
import { buildWorkload, WEIGHTS, type WorkloadRequest, workloadCounts } from './workload.js';

export interface LoadOptions {
  rows: number;
  /** Seconds of each level. */
  seconds: number;
  connections: number[];
  batchSize: number;
  /** Also run the raw-driver arm (the same Cypher at the same concurrency) after each level. */
  raw: boolean;
}

/** The level that must see no errors and no timeouts. */
const GOAL_CONNECTIONS = 64;
/** Pause between levels, so requests still queued from one do not count against the next. */
const SETTLE_SECONDS = 5;

export const log = (line: string) => console.error(`[load] ${line}`);

/** One level, with the server's memory read before, during and after it and its log kept. */
async function runMeasuredLevel(
  server: RunningServer,
  workload: readonly WorkloadRequest[],
  connections: number,
  seconds: number,
): Promise<LevelResult> {
  await sleep(SETTLE_SECONDS * 1000);
  log(`${connections} connections for ${seconds} s`);
  const before = rssMiB(server.pid);
  const logFrom = server.output().length;
  const stopSampling = sampleRss(server.pid);
  const figures = await runLevel(server.url, workload, connections, seconds);
  const trace = stopSampling();
  const level = {
    ...figures,
    rss: { before, after: rssMiB(server.pid), ...trace },
    serverLog: distinctLogLines(server.output().slice(logFrom)),
  };
  log(
    `${level.requestsPerSecond} req/s, p99 ${level.latency.p99} ms, ${level.errors} errors, ` +
      `${level.timeouts} timeouts, RSS ${level.rss.before} → ${level.rss.after} MiB`,
  );
  return level;
}

async function runRawSlice(arm: RawArm, connections: number, seconds: number): Promise<void> {
  await sleep(SETTLE_SECONDS * 1000);
  log(`raw driver: ${connections} concurrent workers for ${seconds} s`);
  await arm.run(connections, seconds);
}

export async function runLoad(options: LoadOptions, cleanup: Cleanup): Promise<LoadResults> {
  const started = Date.now();
  const machine = describeMachine();
  const { graph, imported, sample } = await startGeneratedGraph('load', options, cleanup, log);
  const workload = buildWorkload(sample);

  const server = await cleanup.start(startActorGraph(graph.connection), (s) => s.stop());
  log(`API server pid ${server.pid}; each of the ${workload.length} requests alone, twice`);
  await runAlone(server.url, workload); // the warm-up: query plans, page cache, JIT
  const alone = await runAlone(server.url, workload);
  if (alone.failed.length > 0) log(`${alone.failed.length} request(s) failed even alone`);

  const queryTimeoutMs = loadConfig({ ...process.env, NEO4J_URI: '' }).queryTimeoutMs;
  const { driver, connection } = graph;
  const raw: RawLevel[] = [];
  const arm = options.raw
    ? new RawArm(
        driver,
        connection.database,
        await recordWorkload(driver, connection.database, workload),
        queryTimeoutMs,
      )
    : undefined;
  const levels: LevelResult[] = [];
  try {
    for (const connections of options.connections) {
      // The raw arm brackets the API level, half before and half after it.
      const half = options.seconds / 2;
      if (arm) await runRawSlice(arm, connections, half);
      levels.push(await runMeasuredLevel(server, workload, connections, options.seconds));
      if (!arm) continue;
      await runRawSlice(arm, connections, half);
      const level = arm.level(connections);
      log(
        `raw: ${level.requestsPerSecond} req/s, p99 ${level.latency.p99} ms, ${level.errors} errors`,
      );
      raw.push(level);
    }
  } catch (error) {
    log(`the API server's output, last part:\n${server.output().slice(-4000)}`);
    throw error;
  }
  const idleSeconds = Math.min(30, options.seconds);
  log(`idle for ${idleSeconds} s`);
  await sleep(idleSeconds * 1000);
  const idleRss = rssMiB(server.pid);

  const goal = levels.find((l) => l.connections === GOAL_CONNECTIONS);
  return {
    date: new Date(started).toISOString(),
    minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
    machine,
    rows: options.rows,
    graph: { nodes: imported.nodes, relationships: imported.relationships },
    workload: workloadCounts(workload),
    weights: { ...WEIGHTS },
    alone,
    clientTimeoutSeconds: CLIENT_TIMEOUT_SECONDS,
    queryTimeoutMs,
    levels,
    raw,
    idle: { seconds: idleSeconds, rss: idleRss },
    goal: {
      connections: GOAL_CONNECTIONS,
      met: goal !== undefined && goal.errors === 0 && goal.timeouts === 0,
    },
  };
}
