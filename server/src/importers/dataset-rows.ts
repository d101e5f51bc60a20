/** The rows of a dataset file, streamed: bytes → CSV records → rows checked against the header. */
import { createReadStream } from 'node:fs';
import { readCsvRecords } from './csv/csv-records.js';
import { type RowRejection, TableRow, tableRows } from './csv/table-rows.js';
import type { Dataset } from './datasets/dataset.js';
import { RecordDecoder } from './csv/text-encoding.js';

export type { RowRejection };
export { TableRow };

/** Rows of `file` in order, with rejected rows in their place; only a chunk is read at a time. */
export function datasetRows(
  file: string,
  dataset: Dataset,
  decoder: RecordDecoder = new RecordDecoder(),
): AsyncGenerator<TableRow | RowRejection> {
  const chunks = createReadStream(file, { highWaterMark: 1 << 16 });
  return tableRows(readCsvRecords(chunks, decoder), dataset.required);
}
