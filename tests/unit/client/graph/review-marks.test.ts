import { describe, expect, it } from 'vitest';
import { reviewRuns, sentenceRuns } from '../../../../client/src/graph/review-marks.js';

describe('reviewRuns', () => {
  it('cuts the text at the mentions, in order, leaving out one that overlaps an earlier one', () => {
    const text = 'The Valley Front met Jon Ash in Kestrel.';
    const runs = reviewRuns(text, [
      { offset: 32, length: 7, entityId: null, kind: 'Place' },
      { offset: 4, length: 12, entityId: 'valley-front', kind: 'Group' },
      { offset: 11, length: 5, entityId: 'front', kind: 'Group' },
      { offset: 21, length: 7, entityId: null, kind: 'Person' },
    ]);
    expect(runs.map((r) => [r.text, r.mention ? r.mention.entityId : '-'])).toEqual([
      ['The ', '-'],
      ['Valley Front', 'valley-front'],
      [' met ', '-'],
      ['Jon Ash', null],
      [' in ', '-'],
      ['Kestrel', null],
      ['.', '-'],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});

describe('sentenceRuns', () => {
  it('marks both ends of a proposal in its sentence, whatever their case', () => {
    expect(sentenceRuns('The front was blamed by the Council.', 'Front', 'council')).toEqual([
      { text: 'The ' },
      { text: 'front', end: 'from' },
      { text: ' was blamed by the ' },
      { text: 'Council', end: 'to' },
      { text: '.' },
    ]);
  });
});
