/**
 * `attacks(within …)` and `attacks(near …)` on the benchmark graph: the seed graph plus generated
 * GTD attacks (their coordinates uniform over latitudes -60..60, longitudes -170..170), imported
 * by the real importer into a throwaway Neo4j, timed through the API's HTTP endpoint.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { runImport } from '../../server/src/importers/run-import.js';
import { startBenchGraph } from '../scale/bench-graph.js';
import { type Latency, measureLatency, postGraphql } from '../scale/latency.js';
import { startActorGraph } from '../scale/servers.js';
import { writeSynthetic } from '../synthetic/write-synthetic.js';

export interface MapBenchOptions {
  rows: number;
  batchSize: number;
  rounds: number;
  maxSeconds: number;
}

interface MapBenchResult {
  name: string;
  filter: Record<string, unknown>;
  /** attacks.totalCount for the filter: how many attacks the box holds. */
  matching: number;
  latency: Latency;
}

/** About Afghanistan's size, and a city (about 30 × 30 km). */
const COUNTRY = { south: 29.3, west: 60.5, north: 38.5, east: 74.9 };
const CITY = { south: 34.4, west: 69.0, north: 34.65, east: 69.35 };

const FILTERS: Record<string, Record<string, unknown>> = {
  'within a country-sized box': { within: COUNTRY },
  'within a city-sized box': { within: CITY },
  'within a country-sized box, one group, from 2015': {
    within: COUNTRY,
    groupIds: ['taliban'],
    from: '2015',
  },
  'within a city-sized box, from 2015, 1+ killed': { within: CITY, from: '2015', minKilled: 1 },
  'near a point, 50 km': { near: { latitude: 34.53, longitude: 69.17, km: 50 } },
  'no location filter (for comparison)': {},
};

const PAGE = `query($filter: AttackFilter) { attacks(filter: $filter, first: 20) {
  edges { node { id name date location { latitude longitude } } } } }`;
const COUNT = 'query($filter: AttackFilter) { attacks(filter: $filter) { totalCount } }';

/** The count, retried while the server says it is busy: its first run also plans the queries. */
async function countOf(url: string, filter: Record<string, unknown>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const data = (await postGraphql(url, { query: COUNT, variables: { filter } })) as {
        attacks: { totalCount: number };
      };
      return data.attacks.totalCount;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('SERVICE_UNAVAILABLE')) throw error;
      log(`busy, retrying the count (${String(error).slice(0, 120)})`);
    }
  }
}

export const log = (line: string) => console.error(`[bench:map] ${line}`);

export async function runMapBench(options: MapBenchOptions) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-map-'));
  const file = path.join(dir, `gtd-${options.rows}.csv`);
  try {
    log(`generating ${options.rows.toLocaleString('en')} GTD rows`);
    await writeSynthetic(GTD, options.rows, 1, file);
    const graph = await startBenchGraph();
    try {
      log('importing');
      const imported = await runImport(graph.db, {
        dataset: GTD,
        file,
        batchSize: options.batchSize,
        progress: { out: { write: () => true } },
      });
      const server = await startActorGraph(graph.connection);
      try {
        const results: MapBenchResult[] = [];
        for (const [name, filter] of Object.entries(FILTERS)) {
          const matching = await countOf(server.url, filter);
          const latency = await measureLatency(
            { [name]: () => postGraphql(server.url, { query: PAGE, variables: { filter } }) },
            { warmup: 3, rounds: options.rounds, maxSeconds: options.maxSeconds },
          );
          log(`${name}: ${JSON.stringify(latency[name])}`);
          results.push({
            name,
            filter,
            matching,
            latency: latency[name]!,
          });
        }
        return { rows: options.rows, imported: imported.imported, results };
      } finally {
        await server.stop();
      }
    } finally {
      await graph.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results as the table in bench/results/map.md. */
export function mapMarkdown(run: Awaited<ReturnType<typeof runMapBench>>): string {
  const rows = run.results.map(
    (r) =>
      `| ${r.name} | ${r.matching.toLocaleString('en')} | ${r.latency.samples} | ${r.latency.p50} | ${r.latency.p99} |`,
  );
  return [
    `Graph: the seed graph plus ${run.imported.toLocaleString('en')} generated GTD attacks (of ${run.rows.toLocaleString('en')} rows).`,
    '',
    '| `attacks(first: 20, filter: …)` | attacks matching | samples | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
