/**
 * `npm run gen -- gtd|acled --rows <n> [--seed <n>] [--out <file.csv>]`: writes a synthetic file in
 * the real export's column layout, the same for the same seed (see server/src/import/synthetic).
 */
import { parseArgs } from 'node:util';
import { DATASETS } from '../server/src/import/datasets/index.js';
import { writeSynthetic } from '../server/src/import/synthetic/write-synthetic.js';

const USAGE = 'Usage: npm run gen -- gtd|acled --rows <n> [--seed <n>] [--out <file.csv>]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rows: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const dataset = DATASETS[positionals[0] ?? ''];
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!dataset || !Number.isInteger(rows) || rows < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    process.exit(2);
  }
  const out = values.out ?? `${dataset.name}-synthetic-${rows}-seed${seed}.csv`;
  const started = Date.now();
  await writeSynthetic(dataset, rows, seed, out);
  console.error(
    `Wrote ${rows.toLocaleString('en')} synthetic ${dataset.name.toUpperCase()} rows to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
