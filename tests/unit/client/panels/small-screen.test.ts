import { describe, expect, it } from 'vitest';
import { stepSheet } from '../../../../client/src/panels/small-screen.js';

describe('stepSheet', () => {
  it('grows closed → peek → full and shrinks back, stopping at either end', () => {
    expect(stepSheet('closed', 1)).toBe('peek');
    expect(stepSheet('peek', 1)).toBe('full');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('full', -1)).toBe('peek');
    expect(stepSheet('peek', -1)).toBe('closed');
    expect(stepSheet('closed', -1)).toBe('closed');
  });
});
