import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../server/src/domain/betweenness.js';

describe('betweenness', () => {
  it('scores the middle of a path highest, normalised to 0–1', () => {
    const scores = betweenness([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(scores.get('b')).toBeCloseTo(1);
    expect(scores.get('a')).toBe(0);
    expect(scores.get('c')).toBe(0);
  });

  it('gives the centre of a star every shortest path', () => {
    const scores = betweenness([
      ['hub', 'x'],
      ['hub', 'y'],
      ['hub', 'z'],
      ['hub', 'w'],
    ]);
    expect(scores.get('hub')).toBeCloseTo(1);
    expect(scores.get('x')).toBe(0);
  });

  it('splits credit between two equal shortest paths', () => {
    // a–b–d and a–c–d: b and c each carry half of the a…d pair.
    const scores = betweenness([
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
    ]);
    expect(scores.get('b')).toBeCloseTo(scores.get('c')!);
    expect(scores.get('b')).toBeCloseTo(0.5 / 3);
  });

  it('estimates from pivots close to the exact ranking', () => {
    const edges: [string, string][] = [];
    for (let i = 0; i < 200; i++) edges.push([`n${i}`, `n${i + 1}`]);
    const exact = betweenness(edges);
    const sampled = betweenness(edges, 50);
    expect(sampled.get('n100')).toBeGreaterThan(sampled.get('n10')!);
    expect(Math.abs(sampled.get('n100')! - exact.get('n100')!)).toBeLessThan(0.1);
  });
});
