/**
 * `npm run bench [-- --rows 200000] [--batch-size 2000] [--seconds 5]`: the scale benchmark
 * (bench/scale/run-scale.ts), in throwaway Neo4j instances. `npm run bench -- --memory [--rows
 * 1000000]` measures the importer's memory instead; `npm run bench -- --compute [--nodes 50000]`
 * what betweenness does to the request thread. Results go to bench/results/.
 */
import { parseArgs } from 'node:util';
import { computeMarkdown, runComputeBench } from '../bench/compute/health-under-load.js';
import { memoryMarkdown, runMemoryBench } from '../bench/scale/import-memory.js';
import { markdownReport, runScaleBench, writeResults } from '../bench/scale/run-scale.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/import/import-options.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      memory: { type: 'boolean', default: false },
      compute: { type: 'boolean', default: false },
      nodes: { type: 'string', default: '50000' },
      rows: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      seconds: { type: 'string', default: '5' },
    },
  });
  const batchSize = Number(values['batch-size']);
  if (values.compute) {
    const results = await runComputeBench(Number(values.nodes));
    console.log(`Wrote ${writeResults('health-under-load', results, computeMarkdown(results))}`);
    return;
  }
  if (values.memory) {
    const results = await runMemoryBench(Number(values.rows ?? 1_000_000), batchSize);
    console.log(`Wrote ${writeResults('import-memory', results, memoryMarkdown(results))}`);
    return;
  }
  const results = await runScaleBench({
    rows: Number(values.rows ?? 200_000),
    batchSize,
    seconds: Number(values.seconds),
  });
  const report = markdownReport(results);
  console.log(report);
  console.log(`Wrote ${writeResults('scale', results, report)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
