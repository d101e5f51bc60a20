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
    rows: {
      ...ROWS,
      default: '200000',
      description: `${ROWS.description} (0: the seed graph alone)`,
    },
    seconds: seconds('60', 'each level'),
    connections: {
      type: 'string',
      value: '<list>',
      default: '8,64,256',
      description: 'comma-separated connection counts',
    },
    'batch-size': BATCH_SIZE,
    'no-raw': {
      type: 'boolean',
      default: false,
      description: 'leave out the raw-driver arm (the same Cypher over the bare driver)',
    },
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const options = {
    // 0: the seed graph alone.
    rows: values.rows === '0' ? 0 : positive('rows', values.rows),
    seconds: positive('seconds', values.seconds),
    connections: values.connections.split(',').map((c) => positive('connections', c.trim())),
    batchSize: positive('batch-size', values['batch-size']),
    raw: !values['no-raw'],
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
