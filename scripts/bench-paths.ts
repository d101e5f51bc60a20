/**
 * `npm run bench:paths [-- --rows 200000] [--rounds 5]`: the tracing queries on the benchmark
 * graph, through the API and over the bare driver, with PROFILE of each pair
 * (bench/paths/run-paths.ts). Results go to bench/results/paths.{md,json}.
 */
import path from 'node:path';
import { BATCH_SIZE, ROWS } from '../bench/command-options.js';
import { Cleanup } from '../bench/load/cleanup.js';
import { pathsMarkdown, previousReport } from '../bench/paths/report.js';
import { log, runPathsBench } from '../bench/paths/run-paths.js';
import { RESULTS_DIR, writeResults } from '../bench/scale/run-scale.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';

const COMMAND = {
  usage: 'npm run bench:paths --',
  summary:
    'shortestPath, paths, commonNeighbors and neighborhood between pairs of groups on the seed graph ' +
    'plus generated attacks, through the API and raw; results in bench/results/paths.{md,json}.',
  options: {
    rows: { ...ROWS, default: '200000' },
    rounds: { type: 'string', value: '<n>', default: '5', description: 'rounds over every pair' },
    'max-seconds': {
      type: 'string',
      value: '<s>',
      default: '240',
      description: 'time after which a query gets no further rounds',
    },
    'random-pairs': {
      type: 'string',
      value: '<n>',
      default: '10',
      description: 'pairs of groups drawn at random',
    },
    busiest: {
      type: 'string',
      value: '<n>',
      default: '4',
      description: 'every pair among this many busiest groups is measured too',
    },
    seed: { type: 'string', value: '<n>', default: '19', description: 'seed of the random pairs' },
    'batch-size': BATCH_SIZE,
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const cleanup = new Cleanup();
  cleanup.onSignals(log);
  try {
    const results = await runPathsBench(
      {
        rows: positive('rows', values.rows),
        batchSize: positive('batch-size', values['batch-size']),
        rounds: positive('rounds', values.rounds),
        maxSeconds: positive('max-seconds', values['max-seconds']),
        randomPairs: positive('random-pairs', values['random-pairs']),
        busiest: positive('busiest', values.busiest),
        seed: positive('seed', values.seed),
      },
      cleanup,
    );
    const report = pathsMarkdown(results, previousReport(path.join(RESULTS_DIR, 'paths.md')));
    console.log(report);
    console.log(`Wrote ${writeResults('paths', results, report)}`);
  } finally {
    await cleanup.run();
  }
});
