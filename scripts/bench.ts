/**
 * `npm run bench [-- --rows 200000] [--batch-size 2000] [--seconds 5]`: the scale benchmark
 * (bench/scale/run-scale.ts), in throwaway Neo4j instances. `npm run bench -- --memory [--rows
 * 1000000]` measures the importer's memory instead; `npm run bench -- --compute [--nodes 50000]`
 * what betweenness does to the request thread; `npm run bench -- --sources` what storing source
 * texts and verifying quotes cost. Results go to bench/results/.
 */
import { BATCH_SIZE, ROWS, seconds } from '../bench/command-options.js';
import { computeMarkdown, runComputeBench } from '../bench/compute/health-under-load.js';
import { runSourcesBench, sourcesMarkdown } from '../bench/sources/add-source.js';
import { memoryMarkdown, runMemoryBench } from '../bench/scale/import-memory.js';
import { markdownReport, runScaleBench, writeResults } from '../bench/scale/run-scale.js';
import { measureResolution } from '../bench/resolution/measure-resolution.js';
import { connectDatabase, readConfig } from '../server/src/cli/start-up.js';
import { BULK_TIMEOUT_MS } from '../server/src/db/gateway.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';

const COMMAND = {
  usage: 'npm run bench --',
  summary:
    'The import and API benchmark on generated attacks in throwaway Neo4j instances, or with ' +
    '--memory the importer’s memory, or with --compute betweenness beside /health; tables in bench/results/.',
  options: {
    memory: {
      type: 'boolean',
      default: false,
      description: 'measure the importer’s memory instead',
    },
    sources: {
      type: 'boolean',
      default: false,
      description: 'measure addSource and quote verification instead',
    },
    resolution: {
      type: 'boolean',
      default: false,
      description: 'print how an import joined the curated graph (configured database, as it is)',
    },
    compute: {
      type: 'boolean',
      default: false,
      description: 'measure what betweenness does to the request thread instead',
    },
    nodes: {
      type: 'string',
      value: '<n>',
      default: '50000',
      description: 'nodes of the generated graph, with --compute',
    },
    rows: { ...ROWS, description: `${ROWS.description} (default: 200000; 1000000 with --memory)` },
    'batch-size': BATCH_SIZE,
    seconds: seconds('5', 'each API measurement'),
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const batchSize = positive('batch-size', values['batch-size']);
  if (values.resolution) {
    const database = await connectDatabase(
      readConfig(),
      (line) => console.error(line),
      BULK_TIMEOUT_MS,
    );
    try {
      console.log(JSON.stringify(await measureResolution(database.db), null, 2));
    } finally {
      await database.close();
    }
    return;
  }
  if (values.sources) {
    const results = await runSourcesBench();
    console.log(`Wrote ${writeResults('sources', results, sourcesMarkdown(results))}`);
    return;
  }
  if (values.compute) {
    const results = await runComputeBench(positive('nodes', values.nodes));
    console.log(`Wrote ${writeResults('health-under-load', results, computeMarkdown(results))}`);
    return;
  }
  if (values.memory) {
    const results = await runMemoryBench(positive('rows', values.rows ?? '1000000'), batchSize);
    console.log(`Wrote ${writeResults('import-memory', results, memoryMarkdown(results))}`);
    return;
  }
  const results = await runScaleBench({
    rows: positive('rows', values.rows ?? '200000'),
    batchSize,
    seconds: positive('seconds', values.seconds),
  });
  const report = markdownReport(results);
  console.log(report);
  console.log(`Wrote ${writeResults('scale', results, report)}`);
});
