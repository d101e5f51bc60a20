/**
 * Finds one CSV record in a byte buffer: fields separated by commas, records by LF or CRLF, fields
 * optionally in double quotes with "" for a quote and any newline inside. Pure, so the reader
 * around it can decide what to do with records that end early or are quoted badly.
 */
/** The text of `buffer[start, end)` in the file's encoding. */
export type Decode = (buffer: Buffer, start: number, end: number) => string;

/** What the scan itself can find wrong with a record's quoting. */
export type ScanProblem = 'unterminated-quote' | 'bad-quote';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export interface ScannedRecord {
  fields: string[];
  /** Offset just after the record (after its newline when it has one). */
  end: number;
  terminated: boolean;
  problem?: ScanProblem;
}

/**
 * The record starting at `start`, or undefined when the buffer may not hold all of it yet
 * (only when `eof` is false: at the end of the file every remaining byte belongs to a record).
 */
export function scanRecord(
  buffer: Buffer,
  start: number,
  eof: boolean,
  decode: Decode,
): ScannedRecord | undefined {
  const fields: string[] = [];
  let problem: ScannedRecord['problem'];
  let i = start;
  for (;;) {
    let value: string;
    if (buffer[i] === QUOTE) {
      let close = buffer.indexOf(QUOTE, i + 1);
      while (close !== -1 && buffer[close + 1] === QUOTE) close = buffer.indexOf(QUOTE, close + 2);
      // A quote as the last byte read may still be the first half of "".
      if (close === -1 || (close === buffer.length - 1 && !eof)) {
        if (!eof) return undefined;
        fields.push(decode(buffer, i + 1, buffer.length).replaceAll('""', '"'));
        return { fields, end: buffer.length, terminated: false, problem: 'unterminated-quote' };
      }
      value = decode(buffer, i + 1, close).replaceAll('""', '"');
      i = close + 1;
      const next = buffer[i];
      if (
        next !== undefined &&
        next !== COMMA &&
        next !== LF &&
        !(next === CR && buffer[i + 1] === LF)
      ) {
        // Text after a closing quote ("a"b): keep it, but the row is not trustworthy CSV.
        problem = 'bad-quote';
        const stop = fieldEnd(buffer, i);
        if (stop === buffer.length && !eof) return undefined;
        value += decode(buffer, i, trimCr(buffer, i, stop));
        i = stop;
      }
    } else {
      const stop = fieldEnd(buffer, i);
      if (stop === buffer.length && !eof) return undefined;
      value = decode(buffer, i, trimCr(buffer, i, stop));
      i = stop;
    }
    fields.push(value);
    if (buffer[i] === COMMA) {
      i++;
      continue;
    }
    if (buffer[i] === CR) i++;
    if (buffer[i] === LF) {
      return { fields, end: i + 1, terminated: true, ...(problem ? { problem } : {}) };
    }
    if (i >= buffer.length) {
      if (!eof) return undefined;
      return { fields, end: buffer.length, terminated: false, ...(problem ? { problem } : {}) };
    }
  }
}

/** Offset of the comma or LF that ends an unquoted field starting at `from`, or the buffer's end. */
function fieldEnd(buffer: Buffer, from: number): number {
  let i = from;
  while (i < buffer.length && buffer[i] !== COMMA && buffer[i] !== LF) i++;
  return i;
}

/** A CR just before the LF belongs to the line ending, not the field. */
function trimCr(buffer: Buffer, from: number, stop: number): number {
  return stop > from && buffer[stop - 1] === CR && buffer[stop] === LF ? stop - 1 : stop;
}
