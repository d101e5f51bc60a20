/**
 * `npm run gen -- gtd|acled --rows <n> [--seed <n>] [--out <file.csv>]`: writes a synthetic file in
 * the real export's column layout, the same for the same seed (see bench/synthetic).
 */
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { DATASETS } from '../server/src/importers/datasets/index.js';
import { writeSynthetic } from '../bench/synthetic/write-synthetic.js';

const COMMAND = {
  usage: 'npm run gen -- gtd|acled --rows <n>',
  summary:
    'Writes a synthetic file in the real export’s column layout, the same for the same seed ' +
    '(for tests and benchmarks; real GTD/ACLED data is never committed).',
  options: {
    rows: { type: 'string', value: '<n>', description: 'number of rows (required)' },
    seed: { type: 'string', value: '<n>', default: '1', description: 'random seed' },
    out: {
      type: 'string',
      value: '<file.csv>',
      description: 'output file (default: <dataset>-synthetic-<rows>-seed<seed>.csv)',
    },
  },
  positionals: 1,
} as const;

runCommand(async () => {
  const { values, positionals, fail } = parseCommand(COMMAND);
  const dataset = DATASETS[positionals[0] ?? ''];
  if (!dataset) fail(`Unknown dataset "${positionals[0] ?? ''}": expected gtd or acled.`);
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 1)
    fail(`--rows must be a whole number of at least 1, got "${values.rows ?? ''}".`);
  if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}".`);
  const out = values.out ?? `${dataset!.name}-synthetic-${rows}-seed${seed}.csv`;
  const started = Date.now();
  await writeSynthetic(dataset!, rows, seed, out);
  console.error(
    `Wrote ${rows.toLocaleString('en')} synthetic ${dataset!.name.toUpperCase()} rows to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});
