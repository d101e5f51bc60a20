/**
 * `npm run bench:fairness [-- --rows 50000] [--seconds 30] [--label after]`: the fairness
 * benchmark (bench/fairness/run-fairness.ts) in a throwaway Neo4j. The run replaces the one of
 * the same label in bench/results/fairness.{md,json} and keeps the others, so a run of the code
 * before a change and one after it stand side by side.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROWS, seconds } from '../bench/command-options.js';
import { Cleanup } from '../bench/load/cleanup.js';
import { fairnessMarkdown } from '../bench/fairness/report.js';
import { type FairnessResults, log, runFairness } from '../bench/fairness/run-fairness.js';
import { RESULTS_DIR, writeResults } from '../bench/scale/run-scale.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/importers/import-options.js';

function earlierRuns(): FairnessResults[] {
  const file = path.join(RESULTS_DIR, 'fairness.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FairnessResults[]) : [];
}

const COMMAND = {
  usage: 'npm run bench:fairness --',
  summary:
    'One adversarial client against another client’s lookups, on the seed graph plus generated ' +
    'attacks in a throwaway Neo4j, rate limiter on; results in bench/results/fairness.{md,json}.',
  options: {
    rows: { ...ROWS, default: '50000' },
    seconds: seconds('30', 'each scenario'),
    label: {
      type: 'string',
      value: '<name>',
      default: 'current',
      description: 'name of this run; it replaces an earlier run of the same name',
    },
  },
} as const;

runCommand(async () => {
  const { values, positive } = parseCommand(COMMAND);
  const cleanup = new Cleanup();
  cleanup.onSignals(log);
  try {
    const run = await runFairness(
      {
        rows: positive('rows', values.rows),
        seconds: positive('seconds', values.seconds),
        batchSize: DEFAULT_BATCH_SIZE,
        label: values.label,
      },
      cleanup,
    );
    const runs = [...earlierRuns().filter((r) => r.label !== run.label), run];
    const report = fairnessMarkdown(runs);
    console.log(report);
    console.log(`Wrote ${writeResults('fairness', runs, report)}`);
  } finally {
    await cleanup.run();
  }
});
