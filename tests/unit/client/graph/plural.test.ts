import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../client/src/graph/plural.js';

describe('countWords', () => {
  it('uses the singular for one and the plural for every other count, zero included', () => {
    expect(countWords(1, 'link')).toBe('1 link');
    expect(countWords(0, 'link')).toBe('0 links');
    expect(countWords(2, 'link')).toBe('2 links');
    expect(countWords(76, 'quote')).toBe('76 quotes');
  });

  it('keeps a qualifier before the noun and takes an irregular plural', () => {
    expect(countWords(1, 'independent source')).toBe('1 independent source');
    expect(countWords(3, 'independent source')).toBe('3 independent sources');
    expect(countWords(1, 'casualty', 'casualties')).toBe('1 casualty');
    expect(countWords(5, 'casualty', 'casualties')).toBe('5 casualties');
  });

  it('treats fractions as plural, as English does ("1.5 hops")', () => {
    expect(countWords(1.5, 'hop')).toBe('1.5 hops');
  });
});
