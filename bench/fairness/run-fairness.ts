/**
 * `npm run bench:fairness`: the seed graph plus generated GTD attacks in a throwaway Neo4j, the
 * real API server with its default limits (rate limiter on, as in production), and each scenario
 * of scenarios.ts: one anonymous client spends its budget as adversarially as it can while a
 * second client looks entities up. The persisted-only scenario gets a server of its own, run with
 * the explorer's manifest only, as in production.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { explorerOperations, manifestOf } from '../../scripts/persisted-operations.js';
import type { Cleanup } from '../load/cleanup.js';
import { startGeneratedGraph } from '../load/generated-graph.js';
import { describeMachine } from '../scale/machine.js';
import { startActorGraph } from '../scale/servers.js';
import { runScenario, type ScenarioResult } from './run-scenario.js';
import { scenarios } from './scenarios.js';

export interface FairnessOptions {
  rows: number;
  seconds: number;
  batchSize: number;
  /** A label for the code measured (e.g. "before"), kept with the results. */
  label: string;
}

export interface FairnessResults {
  date: string;
  label: string;
  machine: ReturnType<typeof describeMachine>;
  rows: number;
  graph: { nodes: number; relationships: number };
  scenarios: ScenarioResult[];
}

export const log = (line: string) => console.error(`[fairness] ${line}`);
const SETTLE_SECONDS = 5;
/** The server's defaults: rate limit and every fairness setting as a fresh install has them. */
const DEFAULTS = {
  RATE_LIMIT_POINTS_PER_MINUTE: '',
  CLIENT_MAX_IN_FLIGHT: '',
  DB_MAX_PER_CLIENT: '',
};

export async function runFairness(
  options: FairnessOptions,
  cleanup: Cleanup,
): Promise<FairnessResults> {
  const started = Date.now();
  const { dir, graph, imported, sample } = await startGeneratedGraph(
    'fairness',
    options,
    cleanup,
    log,
  );
  const ids = [...sample.groups, ...sample.others].map((e) => e.id).slice(0, 200);
  const manifest = path.join(dir, 'persisted-operations.json');
  writeFileSync(manifest, JSON.stringify(manifestOf(await explorerOperations())));

  const results: ScenarioResult[] = [];
  for (const persistedOnly of [false, true]) {
    const env = persistedOnly
      ? {
          ...DEFAULTS,
          ACTORGRAPH_PERSISTED_OPERATIONS: manifest,
          ACTORGRAPH_PERSISTED_ONLY: 'true',
        }
      : DEFAULTS;
    const server = await cleanup.start(startActorGraph(graph.connection, env), (s) => s.stop());
    log(`API server pid ${server.pid}${persistedOnly ? ' (persisted operations only)' : ''}`);
    const list = scenarios(sample).filter(
      (s) => s.persistedOnly === persistedOnly || s.inFlight === 0,
    );
    for (const [i, scenario] of list.entries()) {
      await sleep(SETTLE_SECONDS * 1000);
      log(`${scenario.name} for ${options.seconds} s`);
      // Fresh addresses for each scenario: no bucket carries over from the one before.
      const base = (persistedOnly ? 100 : 10) + 2 * i;
      const result = await runScenario(
        server.url,
        scenario,
        { adversary: `127.0.0.${base}`, victim: `127.0.0.${base + 1}` },
        ids,
        options.seconds,
      );
      result.name += persistedOnly ? ' (persisted-only)' : '';
      log(
        `victim p50 ${result.victim.p50} ms, p99 ${result.victim.p99} ms, ` +
          `${result.victim.unavailable} × 503; adversary ${result.adversary.ok}/${result.adversary.requests} ok, ` +
          JSON.stringify(result.adversary.failures),
      );
      results.push(result);
    }
    await server.stop();
  }
  return {
    date: new Date(started).toISOString(),
    label: options.label,
    machine: describeMachine(),
    rows: options.rows,
    graph: { nodes: imported.nodes, relationships: imported.relationships },
    scenarios: results,
  };
}
