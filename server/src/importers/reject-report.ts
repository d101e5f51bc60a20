/**
 * The reject report: one CSV line per row that could not be imported, with its data row number,
 * the file line it starts on, its id when readable, and why. Written beside the input file (or in
 * a chosen folder) only when there is something to report; a stale one from an earlier run goes.
 */
import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';

const cell = (value: string | number) =>
  /[",\n\r]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value);

export class RejectReport {
  private out: WriteStream | undefined;
  count = 0;

  constructor(readonly file: string) {
    rmSync(file, { force: true });
  }

  /** `<input>.rejects.csv` beside the input, or in `dir`. */
  static beside(input: string, dir?: string): RejectReport {
    const name = `${path.basename(input)}.rejects.csv`;
    return new RejectReport(dir ? path.join(dir, name) : `${input}.rejects.csv`);
  }

  add(row: number, line: number, id: string, reason: string): void {
    if (!this.out) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      this.out = createWriteStream(this.file);
      this.out.write('row,line,id,reason\n');
    }
    this.count++;
    this.out.write(`${[row, line, id, reason].map(cell).join(',')}\n`);
  }

  /** Resolves once every line is on disk. */
  close(): Promise<void> {
    const out = this.out;
    return out
      ? new Promise((resolve, reject) =>
          out.end((error?: Error | null) => (error ? reject(error) : resolve())),
        )
      : Promise.resolve();
  }
}
