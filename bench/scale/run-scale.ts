/**
 * `npm run bench`: builds a graph of generated GTD attacks and measures, side by side in one run,
 * the importer against LOAD CSV, the API against the raw Cypher it runs and against
 * @neo4j/graphql, and throughput at 1, 8 and 64 clients. Writes bench/results/scale.{md,json}.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config/config.js';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { writeSynthetic } from '../synthetic/write-synthetic.js';
import { API_QUERIES } from './api-queries.js';
import { startBenchGraph } from './bench-graph.js';
import { measureImporter, measureLoadCsv } from './import-rate.js';
import { type Latency, measureLatency, postGraphql } from './latency.js';
import { describeMachine } from './machine.js';
import { rawReplay, recordQueries } from './record-queries.js';
import {
  importRatio,
  type LatencyResult,
  markdownReport,
  type ScaleResults,
  type ThroughputResult,
} from './report.js';
import { startActorGraph, startNeo4jGraphql } from './servers.js';
import { measureThroughput } from './throughput.js';

export const RESULTS_DIR = path.join(ROOT_DIR, 'bench', 'results');

export interface ScaleOptions {
  rows: number;
  batchSize: number;
  /** Seconds of each autocannon run. */
  seconds: number;
}

const CLIENTS = [1, 8, 64];
const log = (line: string) => console.error(`[bench] ${line}`);

export async function runScaleBench(options: ScaleOptions): Promise<ScaleResults> {
  const started = Date.now();
  const machine = describeMachine();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-'));
  const file = path.join(dir, `gtd-${options.rows}.csv`);
  try {
    log(`generating ${options.rows.toLocaleString('en')} GTD rows`);
    await writeSynthetic(GTD, options.rows, 1, file);
    const loadCsv = await measureLoadCsv(file, options.rows, options.batchSize);
    log(`LOAD CSV: ${loadCsv.rowsPerSecond} rows/s; now the importer, into a fresh instance`);
    const graph = await startBenchGraph();
    try {
      const importer = await measureImporter(graph, file, options.rows, options.batchSize);
      log(`importer: ${importer.rowsPerSecond} rows/s; starting the two GraphQL servers`);
      const actorgraph = await startActorGraph(graph.connection);
      const neo4jGraphql = await startNeo4jGraphql(graph.connection);
      const latency: LatencyResult[] = [];
      let floor: Record<string, Latency> = {};
      const throughput: ThroughputResult[] = [];
      try {
        log('latency: round trips that do no work');
        floor = await measureLatency(
          {
            emptyGraphql: () => postGraphql(actorgraph.url, { query: '{ __typename }' }),
            cypherReturn1: () =>
              graph.driver.executeQuery('RETURN 1', {}, { database: graph.connection.database }),
          },
          { warmup: 5, rounds: 200, maxSeconds: 30 },
        );
        for (const query of API_QUERIES) {
          log(`latency: ${query.name}`);
          const recorded = await recordQueries(
            graph.driver,
            graph.connection.database,
            query.actorgraph,
          );
          const theirs = query.neo4jGraphql;
          const targets: Record<string, () => Promise<unknown>> = {
            actorgraph: () => postGraphql(actorgraph.url, query.actorgraph),
            raw: rawReplay(graph.driver, graph.connection.database, recorded),
            ...(theirs ? { neo4jGraphql: () => postGraphql(neo4jGraphql.url, theirs) } : {}),
          };
          const measured = await measureLatency(targets, {
            warmup: 5,
            rounds: 100,
            maxSeconds: 45,
          });
          latency.push({
            query: query.name,
            cypher: recorded.map((q) => q.name),
            ...(measured as Pick<LatencyResult, 'actorgraph' | 'raw'>),
          });
          for (const clients of CLIENTS) {
            log(`throughput: ${query.name}, ${clients} client(s)`);
            throughput.push({
              query: query.name,
              clients,
              actorgraph: await measureThroughput(
                actorgraph.url,
                query.actorgraph,
                clients,
                options.seconds,
              ),
              ...(theirs
                ? {
                    neo4jGraphql: await measureThroughput(
                      neo4jGraphql.url,
                      theirs,
                      clients,
                      options.seconds,
                    ),
                  }
                : {}),
            });
          }
        }
      } finally {
        await actorgraph.stop();
        await neo4jGraphql.stop();
      }
      return {
        date: new Date(started).toISOString(),
        minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
        machine,
        rows: options.rows,
        batchSize: options.batchSize,
        import: { importer, loadCsv, ratio: importRatio(importer, loadCsv) },
        latency,
        floor: floor as ScaleResults['floor'],
        throughput,
      };
    } finally {
      await graph.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `<name>.json` and `<name>.md` under bench/results/. */
export function writeResults(name: string, results: unknown, markdown: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(RESULTS_DIR, `${name}.md`), markdown);
  return path.join(RESULTS_DIR, `${name}.md`);
}

export { markdownReport };
