/**
 * Turns CSV records into rows addressed by column name, checked against the header: a record
 * whose bytes, quoting or field count are wrong becomes a rejected row with the reason, and the
 * reading goes on.
 */
import { UserError } from '../../errors/user-error.js';
import type { CsvRecord, RecordProblem } from './csv-records.js';

/** The file as a whole cannot be imported (no header, missing columns). */
export class ImportFileError extends UserError {
  constructor(message: string) {
    super(message, 'Check that the file is a GTD or ACLED export, as named on the command line.');
  }
}

/** One data row: its values by column name, and where it is in the file. */
export class TableRow {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly fields: readonly string[],
    /** Data row number: 1 is the first row after the header. */
    readonly row: number,
    readonly line: number,
    readonly end: number,
  ) {}

  /** The trimmed value of `column`; '' when the file has no such column. */
  get(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '').trim();
  }

  /** `column=value` pairs of the non-empty columns, verbatim: the row's own words as evidence. */
  quote(...columns: string[]): string {
    return columns
      .filter((column) => this.get(column) !== '')
      .map((column) => `${column}=${this.get(column)}`)
      .join('; ');
  }
}

export interface RowRejection {
  row: number;
  line: number;
  end: number;
  reason: string;
}

const PROBLEM_REASONS: Record<RecordProblem, string> = {
  'not-utf8':
    'contains bytes that are not UTF-8 in a UTF-8 file (--encoding windows-1252 reads Windows-1252/Latin-1)',
  'unterminated-quote':
    'a quoted field is never closed: the file ends inside it (truncated last line?)',
  'bad-quote': 'text follows a closing quote inside a field (malformed quoting)',
  'too-long': 'record longer than 1 MiB: most likely an unbalanced quote; skipped to the next line',
};

/** Rows of a table whose header must include `required`; rejections are yielded in place of rows. */
export async function* tableRows(
  records: AsyncIterable<CsvRecord>,
  required: readonly string[],
): AsyncGenerator<TableRow | RowRejection> {
  let index: Map<string, number> | undefined;
  let width = 0;
  let row = 0;
  for await (const record of records) {
    if (!index) {
      index = new Map(record.fields.map((name, i) => [name.trim(), i]));
      width = record.fields.length;
      const missing = required.filter((column) => !index!.has(column));
      if (missing.length > 0) {
        throw new ImportFileError(`The header lacks column(s): ${missing.join(', ')}.`);
      }
      continue;
    }
    if (record.fields.length === 1 && record.fields[0] === '' && !record.problem) continue; // blank line
    row++;
    const at = { row, line: record.line, end: record.end };
    if (record.problem) {
      yield { ...at, reason: PROBLEM_REASONS[record.problem] };
    } else if (record.fields.length !== width) {
      const counted = `has ${record.fields.length} fields where the header has ${width}`;
      yield { ...at, reason: record.terminated ? counted : `truncated last line: ${counted}` };
    } else {
      yield new TableRow(index, record.fields, row, record.line, record.end);
    }
  }
  if (!index) throw new ImportFileError('The file is empty: no header row.');
}
