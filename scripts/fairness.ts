/**
 * `npm run bench:fairness [-- --rows 50000] [--seconds 30] [--label after]`: the fairness
 * benchmark (bench/fairness/run-fairness.ts) in a throwaway Neo4j. The run replaces the one of
 * the same label in bench/results/fairness.{md,json} and keeps the others, so a run of the code
 * before a change and one after it stand side by side.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Cleanup } from '../bench/load/cleanup.js';
import { fairnessMarkdown } from '../bench/fairness/report.js';
import { type FairnessResults, log, runFairness } from '../bench/fairness/run-fairness.js';
import { RESULTS_DIR, writeResults } from '../bench/scale/run-scale.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/import/import-options.js';

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of at least 1, got "${raw}".`);
  }
  return value;
}

function earlierRuns(): FairnessResults[] {
  const file = path.join(RESULTS_DIR, 'fairness.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FairnessResults[]) : [];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '50000' },
      seconds: { type: 'string', default: '30' },
      label: { type: 'string', default: 'current' },
    },
  });
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
