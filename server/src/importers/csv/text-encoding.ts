/**
 * Which text encoding a CSV export is in, decided from its bytes: real GTD exports are
 * Windows-1252, real ACLED exports UTF-8 (a BOM is dropped by the reader). A file is read as UTF-8
 * while its records are; the first record that is not valid UTF-8 switches it to Windows-1252, if
 * everything before it was plain ASCII (which reads the same in both), so a long ASCII start is no
 * obstacle and nothing is read twice. In a file already shown to be UTF-8 such a record is rejected.
 * Windows-1252 is decoded by iconv-lite: Node's TextDecoder reads it as ISO-8859-1 (0x96 is not "–").
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';
export type EncodingChoice = TextEncoding | 'auto';

/** Names accepted by --encoding; latin1 means Windows-1252, as in browsers (WHATWG Encoding). */
export const ENCODING_NAMES: Readonly<Record<string, EncodingChoice>> = {
  auto: 'auto',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** Decodes the records of one file, deciding the encoding on the way when asked to ('auto'). */
export class RecordDecoder {
  encoding: TextEncoding;
  private readonly detect: boolean;
  /** Only ASCII so far: the encoding may still change. */
  private undecided: boolean;

  constructor(choice: EncodingChoice = 'auto') {
    this.detect = choice === 'auto';
    this.undecided = this.detect;
    this.encoding = choice === 'auto' ? 'utf-8' : choice;
  }

  /** "windows-1252 (detected)", "utf-8 (given)": for the import's report. */
  get label(): string {
    return `${this.encoding} (${this.detect ? 'detected' : 'given'})`;
  }

  /**
   * Looks at the bytes of one record before they are used: 'switched' when they made the decoder
   * change to Windows-1252 (decode the record again), 'not-utf8' when they cannot be read.
   */
  check(bytes: Uint8Array): 'ok' | 'switched' | 'not-utf8' {
    if (this.encoding === 'windows-1252' || isAscii(bytes)) return 'ok';
    if (isUtf8(bytes)) {
      this.undecided = false;
      return 'ok';
    }
    if (!this.undecided) return 'not-utf8';
    this.undecided = false;
    this.encoding = 'windows-1252';
    return 'switched';
  }

  /** The text of `buffer[start, end)`. */
  decode(buffer: Buffer, start: number, end: number): string {
    if (this.encoding === 'utf-8') return buffer.toString('utf8', start, end);
    const bytes = buffer.subarray(start, end);
    return isAscii(bytes) ? buffer.toString('latin1', start, end) : iconv.decode(bytes, 'win1252');
  }
}
