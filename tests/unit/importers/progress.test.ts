import { describe, expect, it } from 'vitest';
import { Progress } from '../../../server/src/importers/progress.js';

describe('the progress bar', () => {
  it('shows the share of bytes, rows, rows per second and the time left', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new Progress('gtd', 1000, {
      out: { write: (text: string) => lines.push(text), isTTY: false },
      now: () => now,
    });
    now = 10_000;
    expect(progress.line(250, 5000)).toBe(
      'gtd  25% [======>                 ] 5,000 rows  500 rows/s  ETA 0:30',
    );
    progress.update(250, 5000);
    now = 11_000;
    progress.update(300, 5500); // too soon after the last line when not on a terminal
    progress.done(1000, 20000);
    expect(lines).toEqual([
      'gtd  25% [======>                 ] 5,000 rows  500 rows/s  ETA 0:30\n',
      'gtd 100% [========================] 20,000 rows  1,818 rows/s  ETA 0:00\n',
    ]);
  });
});
