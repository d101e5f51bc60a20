import { describe, expect, it } from 'vitest';
import { markRuns } from '../../../../client/src/graph/text-marks.js';

const TEXT = 'One two three four five six seven.';
const at = (s: string) => ({ offset: TEXT.indexOf(s), length: s.length });

describe('markRuns', () => {
  it('cuts the text into plain runs, the focused quote and the other quotes', () => {
    expect(markRuns(TEXT, at('three four'), [at('six')])).toEqual([
      { text: 'One two ', mark: null },
      { text: 'three four', mark: 'focus' },
      { text: ' five ', mark: null },
      { text: 'six', mark: 'other' },
      { text: ' seven.', mark: null },
    ]);
  });

  it('keeps every character exactly once when quotes overlap, the focus winning', () => {
    const runs = markRuns(TEXT, at('four five'), [at('three four'), at('five six')]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs.find((r) => r.mark === 'focus')!.text).toBe('four five');
    expect(runs.filter((r) => r.mark === 'other').map((r) => r.text)).toEqual(['three ', ' six']);
  });

  it('drops spans outside the text', () => {
    const runs = markRuns(TEXT, { offset: 500, length: 3 }, [{ offset: -1, length: 3 }]);
    expect(runs).toEqual([{ text: TEXT, mark: null }]);
  });
});
