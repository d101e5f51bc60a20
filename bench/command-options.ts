/**
 * The options the benchmark commands (npm run bench, load, bench:fairness) share, declared once;
 * each command adds its own default and, for --seconds, says what the seconds are of.
 */
import { DEFAULT_BATCH_SIZE } from '../server/src/importers/import-options.js';

/** `--rows <n>`; the command adds its default. */
export const ROWS = { type: 'string', value: '<n>', description: 'attacks to generate' } as const;

/** `--seconds <s>`: how long each measurement (`of`) runs, `fallback` seconds unless given. */
export const seconds = <const D extends string>(fallback: D, of: string) =>
  ({ type: 'string', value: '<s>', default: fallback, description: `duration of ${of}` }) as const;

/** `--batch-size <rows>`, as `npm run import` takes it. */
export const BATCH_SIZE = {
  type: 'string',
  value: '<rows>',
  default: String(DEFAULT_BATCH_SIZE),
  description: 'rows per import transaction',
} as const;
