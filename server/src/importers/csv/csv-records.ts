/**
 * A streaming RFC 4180 reader that works on bytes, so each record can be checked as a whole: are
 * its bytes UTF-8, did the file end inside it, where did it start. Only the current record is held
 * in memory (a record longer than MAX_RECORD_BYTES is given up on), so memory stays flat however
 * large the file is.
 */
import { scanRecord, type ScanProblem } from './scan-record.js';
import { RecordDecoder } from './text-encoding.js';

/** Longest record kept whole; past it an unbalanced quote is the likely cause. */
const MAX_RECORD_BYTES = 1 << 20;

/** What makes a record unusable as read, whatever its content. */
export type RecordProblem = 'not-utf8' | ScanProblem | 'too-long';

export interface CsvRecord {
  fields: string[];
  /** Line of the file (1-based) where the record starts. */
  line: number;
  /** Byte offset just after the record: how far into the file the reader is. */
  end: number;
  /** False for a last record that no newline ends (a truncated file, or just no final newline). */
  terminated: boolean;
  problem?: RecordProblem;
}

const LF = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function countLines(buffer: Buffer, start: number, end: number): number {
  let lines = 0;
  for (let i = buffer.indexOf(LF, start); i !== -1 && i < end; i = buffer.indexOf(LF, i + 1)) {
    lines++;
  }
  return lines;
}

/**
 * Yields the records of a CSV byte stream, in order; the header is the first record. `decoder`
 * decides the encoding (see text-encoding.ts) and tells afterwards which one it used.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  decoder: RecordDecoder = new RecordDecoder(),
): AsyncGenerator<CsvRecord> {
  const decode = decoder.decode.bind(decoder);
  let buffer: Buffer = Buffer.alloc(0);
  let consumed = 0; // bytes of the file before `buffer`
  let line = 1;
  let first = true;

  function* drain(eof: boolean): Generator<CsvRecord> {
    let start = 0;
    while (start < buffer.length) {
      let scanned = scanRecord(buffer, start, eof, decode);
      if (!scanned) {
        if (buffer.length - start <= MAX_RECORD_BYTES) break;
        // Resynchronise at the next line: the opening quote was most likely a stray one.
        const next = buffer.indexOf(LF, start);
        const end = next === -1 ? buffer.length : next + 1;
        yield {
          fields: [],
          line,
          end: consumed + end,
          terminated: next !== -1,
          problem: 'too-long',
        };
        line++;
        start = end;
        continue;
      }
      const read = decoder.check(buffer.subarray(start, scanned.end));
      // The same bytes, decoded anew: the record boundaries do not depend on the encoding.
      if (read === 'switched') scanned = scanRecord(buffer, start, eof, decode)!;
      const problem = read === 'not-utf8' ? 'not-utf8' : scanned.problem;
      yield {
        fields: scanned.fields,
        line,
        end: consumed + scanned.end,
        terminated: scanned.terminated,
        ...(problem ? { problem } : {}),
      };
      line += countLines(buffer, start, scanned.end);
      start = scanned.end;
    }
    buffer = buffer.subarray(start);
    consumed += start;
  }

  for await (const chunk of chunks) {
    let bytes = chunk;
    if (first) {
      first = false;
      // A UTF-8 byte-order mark is not part of the first column's name.
      if (bytes.subarray(0, 3).equals(BOM)) {
        bytes = bytes.subarray(3);
        consumed = 3;
      }
    }
    buffer = buffer.length === 0 ? bytes : Buffer.concat([buffer, bytes]);
    yield* drain(false);
  }
  yield* drain(true);
}
