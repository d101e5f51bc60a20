import { describe, expect, it } from 'vitest';
import { startFromGroups } from '../../../../../server/src/graphql/resolvers/attack/attack-page.js';

describe('startFromGroups', () => {
  it('starts from the groups when they have few attacks', () => {
    // 50 linked of 200,000: the date index would read about 21 × 4,000 attacks to fill a page.
    expect(startFromGroups(50, 200_000, 21)).toBe(true);
    expect(startFromGroups(0, 200_000, 21)).toBe(true);
  });

  it('walks the date index when the groups have many attacks', () => {
    // 18,526 linked of 200,000: the index fills a page after about 230 attacks.
    expect(startFromGroups(18_526, 200_000, 21)).toBe(false);
  });

  it('switches where both plans read about as many attacks', () => {
    // linked² = limit × attacks: 2,000² = 20 × 200,000.
    expect(startFromGroups(1_999, 200_000, 20)).toBe(true);
    expect(startFromGroups(2_001, 200_000, 20)).toBe(false);
  });
});
