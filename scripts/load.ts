/**
 * `npm run load [-- --rows 200000] [--seconds 60] [--connections 8,64,256]`: the load test
 * (bench/load/run-load.ts) in a throwaway Neo4j. Results go to bench/results/load.{md,json}.
 * `npm run load -- --rows 5000 --seconds 5` is a quick check of the whole run.
 */
import { BATCH_SIZE, ROWS, seconds } from '../bench/command-options.js';
import { Cleanup } from '../bench/load/cleanup.js';
import { loadMarkdown } from '../bench/load/report.js';
import { log, runLoad } from '../bench/load/run-load.js';
import { writeResults } from '../bench/scale/run-scale.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';

const COMMAND = {
  usage: 'npm run load --',
  summary:
    'The load test: the seed graph plus generated attacks in a throwaway Neo4j, the real server, and ' +
    'mixed reads at each number of connections; results in bench/results/load.{md,json}.',
  options: {
    rows: { ...ROWS, default: '200000' },
    seconds: seconds('60', 'each level'),
    connections: {
      type: 'string',
      value: '<list>',
      default: '8,64,256',
      description: 'comma-separated connection counts',
    },
    'batch-size': BATCH_SIZE,
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
