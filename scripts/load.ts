/**
 * `npm run load [-- --rows 200000] [--seconds 60] [--connections 8,64,256]`: the load test
 * (bench/load/run-load.ts) in a throwaway Neo4j. Results go to bench/results/load.{md,json}.
 * `npm run load -- --rows 5000 --seconds 5` is a quick check of the whole run.
 */
import { Cleanup } from '../bench/load/cleanup.js';
import { loadMarkdown } from '../bench/load/report.js';
import { log, runLoad } from '../bench/load/run-load.js';
import { writeResults } from '../bench/scale/run-scale.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/importers/import-options.js';

const COMMAND = {
  usage: 'npm run load --',
  summary:
    'The load test: the seed graph plus generated attacks in a throwaway Neo4j, the real server, and ' +
    'mixed reads at each number of connections; results in bench/results/load.{md,json}.',
  options: {
    rows: { type: 'string', value: '<n>', default: '200000', description: 'attacks to generate' },
    seconds: { type: 'string', value: '<s>', default: '60', description: 'duration of each level' },
    connections: {
      type: 'string',
      value: '<list>',
      default: '8,64,256',
      description: 'comma-separated connection counts',
    },
    'batch-size': {
      type: 'string',
      value: '<rows>',
      default: String(DEFAULT_BATCH_SIZE),
      description: 'rows per import transaction',
    },
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const options = {
    rows: positive('rows', values.rows),
    seconds: positive('seconds', values.seconds),
    connections: values.connections.split(',').map((c) => positive('connections', c.trim())),
    batchSize: positive('batch-size', values['batch-size']),
  };
  const cleanup = new Cleanup();
  cleanup.onSignals(log);
  try {
    const results = await runLoad(options, cleanup);
    const report = loadMarkdown(results);
    console.log(report);
    console.log(`Wrote ${writeResults('load', results, report)}`);
  } finally {
    await cleanup.run();
  }
});
