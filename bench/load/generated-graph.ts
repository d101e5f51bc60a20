/**
 * What the load and fairness benchmarks both start from: the seed graph plus generated GTD attacks
 * in a throwaway Neo4j, and a temporary folder for the run's files; the cleanup removes both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { type BenchGraph, graphSize, startBenchGraph } from '../scale/bench-graph.js';
import { measureImporter } from '../scale/import-rate.js';
import { writeSynthetic } from '../synthetic/write-synthetic.js';
import type { Cleanup } from './cleanup.js';
import { type GraphSample, sampleGraph } from './graph-sample.js';

export interface GeneratedGraph {
  /** The run's temporary folder. */
  dir: string;
  graph: BenchGraph;
  imported: Awaited<ReturnType<typeof measureImporter>>;
  sample: GraphSample;
}

/**
 * Generates `rows` GTD rows and imports them with `npm run import`'s pipeline; with 0 rows the
 * graph is the seed graph alone.
 */
export async function startGeneratedGraph(
  name: string,
  options: { rows: number; batchSize: number },
  cleanup: Cleanup,
  log: (line: string) => void,
): Promise<GeneratedGraph> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `actorgraph-${name}-`));
  cleanup.add(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, `gtd-${options.rows}.csv`);
  if (options.rows > 0) {
    log(`generating ${options.rows.toLocaleString('en')} GTD rows`);
    await writeSynthetic(GTD, options.rows, 1, file);
  }
  log('starting a throwaway Neo4j with the seed graph');
  const graph = await cleanup.start(startBenchGraph(), (g) => g.stop());
  if (options.rows === 0) {
    const size = await graphSize(graph);
    const imported = { seconds: 0, rowsPerSecond: 0, rejected: 0, ...size };
    return { dir, graph, imported, sample: await sampleGraph(graph) };
  }
  log('importing');
  const imported = await measureImporter(graph, file, options.rows, options.batchSize);
  return { dir, graph, imported, sample: await sampleGraph(graph) };
}
