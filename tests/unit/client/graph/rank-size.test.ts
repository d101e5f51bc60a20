import { describe, expect, it } from 'vitest';
import type { RankedFields } from '../../../../client/src/api/analysis.js';
import {
  MAX_SIZE,
  MIN_SIZE,
  rankSizes,
  sizeLegend,
} from '../../../../client/src/graph/rank-size.js';

const entry = (id: string, degree: number, betweenness: number): RankedFields => ({
  entity: { id, name: id.toUpperCase(), kind: 'Group' },
  degree,
  betweenness,
});
const ranking = [entry('a', 40, 0.1), entry('b', 10, 0.4), entry('c', 0, 0)];

describe('rankSizes', () => {
  it('sizes linearly from the smallest (score 0) to the largest (top score)', () => {
    const sizes = rankSizes(ranking, 'DEGREE');
    expect(sizes.get('a')).toBe(MAX_SIZE);
    expect(sizes.get('b')).toBe(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 4);
    expect(sizes.get('c')).toBe(MIN_SIZE);
  });

  it('uses the chosen score', () => {
    const sizes = rankSizes(ranking, 'BETWEENNESS');
    expect(sizes.get('b')).toBe(MAX_SIZE);
    expect(sizes.get('a')).toBeCloseTo(MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 4);
  });

  it('gives every node the smallest size when all scores are zero', () => {
    expect([...rankSizes([entry('x', 0, 0)], 'DEGREE').values()]).toEqual([MIN_SIZE]);
  });
});

describe('sizeLegend', () => {
  it('says what the size means, the largest entry and what unranked nodes get', () => {
    const text = sizeLegend(ranking, 'DEGREE');
    expect(text).toContain('degree');
    expect(text).toContain('A (40 links)');
    expect(text).toContain('top 3');
    expect(sizeLegend([ranking[1]!], 'BETWEENNESS')).toContain('betweenness 0.400');
    expect(sizeLegend([], 'DEGREE')).toBe('Nothing to size by.');
  });
});
