/**
 * Betweenness against independent oracles: values computed by hand on a path, a star and a barbell,
 * and agreement with graphology-metrics' implementation on random graphs.
 */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { betweenness as graphologyBetweenness } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../../server/src/compute/betweenness.js';

type Edge = readonly [string, string];

const path = (n: number): Edge[] =>
  Array.from({ length: n - 1 }, (_, i) => [`p${i}`, `p${i + 1}`] as const);

describe('betweenness, by hand', () => {
  it('on a path of 5: node i lies on i·(4−i) of the 6 pairs of other nodes', () => {
    // p1 sits between p0 and each of p2, p3, p4: 3 of the (5−1)(5−2)/2 = 6 pairs; p2 on 4.
    const scores = betweenness(path(5));
    expect(scores.get('p0')).toBe(0);
    expect(scores.get('p1')).toBeCloseTo(3 / 6);
    expect(scores.get('p2')).toBeCloseTo(4 / 6);
    expect(scores.get('p3')).toBeCloseTo(3 / 6);
    expect(scores.get('p4')).toBe(0);
  });

  it('on a star: the hub lies on every path between two leaves, a leaf on none', () => {
    const scores = betweenness(['x', 'y', 'z', 'w', 'v'].map((leaf) => ['hub', leaf] as const));
    expect(scores.get('hub')).toBeCloseTo(1);
    for (const leaf of ['x', 'y', 'z', 'w', 'v']) expect(scores.get(leaf)).toBe(0);
  });

  it('on a barbell (two triangles joined by a bridge): the bridge ends carry the crossings', () => {
    // a1–a2–a3 and b1–b2–b3 are triangles, a3–b3 the bridge; n = 6, 10 pairs of other nodes.
    // a3 lies on every path from a1 or a2 to the three b's: 6 pairs; a1 on none.
    const scores = betweenness([
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a1', 'a3'],
      ['b1', 'b2'],
      ['b2', 'b3'],
      ['b1', 'b3'],
      ['a3', 'b3'],
    ]);
    expect(scores.get('a3')).toBeCloseTo(6 / 10);
    expect(scores.get('b3')).toBeCloseTo(6 / 10);
    expect(scores.get('a1')).toBe(0);
    expect(scores.get('b2')).toBe(0);
  });

  it('splits credit between two equal shortest paths', () => {
    // a–b–d and a–c–d: b and c each carry half of the a…d pair, of 3 pairs not involving them.
    const scores = betweenness([
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
    ]);
    expect(scores.get('b')).toBeCloseTo(0.5 / 3);
    expect(scores.get('c')).toBeCloseTo(0.5 / 3);
  });
});

describe('betweenness, against graphology-metrics', () => {
  const edgesArb = fc
    .array(fc.tuple(fc.nat(29), fc.nat(29)), { minLength: 1, maxLength: 120 })
    .map((pairs) => pairs.map(([a, b]) => [`n${a}`, `n${b}`] as const));

  it('agrees node by node on random graphs, self-loops and parallel links included', () => {
    fc.assert(
      fc.property(edgesArb, (edges) => {
        const graph = new UndirectedGraph({ allowSelfLoops: false });
        for (const [a, b] of edges) {
          graph.mergeNode(a);
          graph.mergeNode(b);
          if (a !== b) graph.mergeEdge(a, b);
        }
        const expected = graphologyBetweenness(graph);
        // Every other link given again, reversed: two relations between one pair (ALLY_OF and
        // RIVAL_OF, say) are one edge of the undirected graph, not two shortest paths.
        const again = edges.filter((_, i) => i % 2 === 0).map(([a, b]) => [b, a] as const);
        const ours = betweenness([...edges, ...again]);
        for (const node of graph.nodes()) {
          expect(ours.get(node) ?? 0, node).toBeCloseTo(expected[node]!, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('estimates from pivots close to the exact values', () => {
    const exact = betweenness(path(201));
    const sampled = betweenness(path(201), 50);
    expect(sampled.get('p100')).toBeGreaterThan(sampled.get('p10')!);
    expect(Math.abs(sampled.get('p100')! - exact.get('p100')!)).toBeLessThan(0.1);
  });
});
