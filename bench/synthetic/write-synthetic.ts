/** Writes a synthetic dataset file in the real export's column layout, streaming (flat memory). */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Dataset } from '../../server/src/importers/datasets/dataset.js';
import { acledRows } from './acled-rows.js';
import { csvLine } from './csv-line.js';
import { gtdRows } from './gtd-rows.js';

const GENERATORS: Record<string, (rows: number, seed: number) => Iterable<Record<string, string>>> =
  {
    gtd: gtdRows,
    acled: acledRows,
  };

/** Writes `rows` rows of `dataset` generated from `seed` to `file`. */
export async function writeSynthetic(
  dataset: Dataset,
  rows: number,
  seed: number,
  file: string,
): Promise<void> {
  const generate = GENERATORS[dataset.name];
  if (!generate) throw new Error(`No generator for dataset "${dataset.name}".`);
  const out = createWriteStream(file);
  let chunk = csvLine(dataset.header);
  for (const row of generate(rows, seed)) {
    chunk += csvLine(dataset.header.map((column) => row[column] ?? ''));
    // Lines are gathered into chunks of about 64 KiB: one write per chunk, and waiting when the disk lags.
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
