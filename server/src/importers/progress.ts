/**
 * A progress bar on stderr: share of the file's bytes read, rows, rows per second and time left.
 * On a terminal it redraws in place a few times a second; elsewhere (logs, CI, a parent process)
 * it prints a plain line every few seconds.
 */
export interface ProgressOptions {
  /** Where to draw; process.stderr by default. */
  out?: { write(text: string): unknown; isTTY?: boolean };
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

const WIDTH = 24;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export class Progress {
  private readonly out: NonNullable<ProgressOptions['out']>;
  private readonly now: () => number;
  private readonly started: number;
  private drawn = 0;

  constructor(
    private readonly label: string,
    private readonly totalBytes: number,
    options: ProgressOptions = {},
  ) {
    this.out = options.out ?? process.stderr;
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** The bar's text for `bytes` read and `rows` done so far. */
  line(bytes: number, rows: number): string {
    const seconds = (this.now() - this.started) / 1000;
    const share = this.totalBytes > 0 ? Math.min(bytes / this.totalBytes, 1) : 1;
    const filled = Math.round(share * WIDTH);
    const rate = seconds > 0 ? rows / seconds : 0;
    const eta = share > 0 ? (seconds * (1 - share)) / share : Infinity;
    const bar = `${'='.repeat(filled)}${filled < WIDTH ? '>' : ''}`.padEnd(WIDTH);
    return `${this.label} ${String(Math.floor(share * 100)).padStart(3)}% [${bar}] ${rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${clock(eta)}`;
  }

  /** Redraws when enough time has passed since the last drawing. */
  update(bytes: number, rows: number): void {
    const interval = this.out.isTTY ? 200 : 5000;
    if (this.now() - this.drawn < interval) return;
    this.drawn = this.now();
    this.out.write(this.out.isTTY ? `\r${this.line(bytes, rows)}` : `${this.line(bytes, rows)}\n`);
  }

  /** The final state of the bar, on its own line. */
  done(bytes: number, rows: number): void {
    this.out.write(
      this.out.isTTY ? `\r${this.line(bytes, rows)}\n` : `${this.line(bytes, rows)}\n`,
    );
  }
}
