/** Feeds CSV text to the importer's readers as a stream of chunks, for tests without files. */
import { type CsvRecord, readCsvRecords } from '../../../server/src/importers/csv/csv-records.js';
import {
  type RowRejection,
  TableRow,
  tableRows,
} from '../../../server/src/importers/csv/table-rows.js';
import {
  type EncodingChoice,
  RecordDecoder,
} from '../../../server/src/importers/csv/text-encoding.js';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const toBuffer = (input: string | Buffer) =>
  typeof input === 'string' ? Buffer.from(input, 'utf8') : input;

export async function records(
  input: string | Buffer,
  chunkSize = 1 << 16,
  decoder: RecordDecoder | EncodingChoice = 'auto',
): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  const use = typeof decoder === 'string' ? new RecordDecoder(decoder) : decoder;
  for await (const record of readCsvRecords(chunks(toBuffer(input), chunkSize), use))
    out.push(record);
  return out;
}

export async function rows(
  input: string | Buffer,
  required: readonly string[] = [],
): Promise<(TableRow | RowRejection)[]> {
  const out: (TableRow | RowRejection)[] = [];
  for await (const row of tableRows(readCsvRecords(chunks(toBuffer(input), 1 << 16)), required))
    out.push(row);
  return out;
}

/** The one data row of a table given as column → value. */
export async function rowOf(values: Record<string, string>): Promise<TableRow> {
  const columns = Object.keys(values);
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const [row] = await rows(
    `${columns.join(',')}\n${columns.map((c) => quote(values[c]!)).join(',')}\n`,
  );
  if (!(row instanceof TableRow)) throw new Error(`not a row: ${JSON.stringify(row)}`);
  return row;
}
