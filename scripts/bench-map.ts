/**
 * `npm run bench:map [-- --rows 50000] [--rounds 30]`: `attacks(within …)` and `near` on the
 * benchmark graph (bench/map/run-map.ts); the table goes to the stdout, for bench/results/map.md.
 */
import { BATCH_SIZE, ROWS } from '../bench/command-options.js';
import { log, mapMarkdown, runMapBench } from '../bench/map/run-map.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';

const COMMAND = {
  usage: 'npm run bench:map --',
  summary:
    'attacks(within …) and attacks(near …) p50/p99 on the seed graph plus generated attacks, through the API.',
  options: {
    rows: { ...ROWS, default: '50000' },
    rounds: { type: 'string', value: '<n>', default: '30', description: 'timed rounds per filter' },
    'max-seconds': {
      type: 'string',
      value: '<s>',
      default: '120',
      description: 'time after which a filter gets no further rounds',
    },
    'batch-size': BATCH_SIZE,
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const run = await runMapBench({
    rows: positive('rows', values.rows),
    batchSize: positive('batch-size', values['batch-size']),
    rounds: positive('rounds', values.rounds),
    maxSeconds: positive('max-seconds', values['max-seconds']),
  });
  log('done');
  process.stdout.write(mapMarkdown(run));
});
