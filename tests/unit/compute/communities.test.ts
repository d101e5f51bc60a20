import { describe, expect, it } from 'vitest';
import { communities } from '../../../server/src/compute/communities.js';

/** Two cliques of `size` (a0…, b0…) joined by one edge a0–b0. */
function plantedPair(size: number): [string, string][] {
  const edges: [string, string][] = [];
  for (const p of ['a', 'b'])
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push([p + i, p + j]);
  edges.push(['a0', 'b0']);
  return edges;
}

describe('communities', () => {
  it('separates two planted cliques, with a positive modularity', () => {
    const result = communities(plantedPair(6), 1, 1);
    expect(result.communities).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'],
      ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'],
    ]);
    expect(result.modularity).toBeGreaterThan(0.4);
  });

  it('gives one answer for one graph and seed, whatever the order of the edges', () => {
    const edges = plantedPair(5);
    const first = communities(edges, 1, 7);
    expect(communities([...edges].reverse(), 1, 7)).toEqual(first);
    // Directions, repeats and self-loops do not change the graph.
    const noisy = [...edges.map(([a, b]) => [b, a] as [string, string]), ...edges, ['a1', 'a1']];
    expect(communities(noisy as [string, string][], 1, 7)).toEqual(first);
  });

  it('splits more finely at a higher resolution', () => {
    const ring: [string, string][] = [];
    for (let i = 0; i < 24; i++)
      ring.push([`n${String(i).padStart(2, '0')}`, `n${String((i + 1) % 24).padStart(2, '0')}`]);
    const coarse = communities(ring, 0.1, 1).communities.length;
    const fine = communities(ring, 3, 1).communities.length;
    expect(fine).toBeGreaterThan(coarse);
  });

  it('answers an empty graph with no communities', () => {
    expect(communities([], 1, 1)).toEqual({ modularity: 0, communities: [] });
  });
});
