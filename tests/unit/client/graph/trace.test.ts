import { describe, expect, it } from 'vitest';
import type { PathFields } from '../../../../client/src/api/types.js';
import { buildTrace, traceHighlight, traceSubgraph } from '../../../../client/src/graph/trace.js';
import { node, rel } from '../fixtures.js';

const direct: PathFields = {
  length: 2,
  nodes: [node('ttp'), node('taliban'), node('is-k')],
  relations: [rel('ttp', 'ALLY_OF', 'taliban'), rel('is-k', 'RIVAL_OF', 'taliban')],
};
const longer: PathFields = {
  length: 3,
  nodes: [node('ttp'), node('pakistan', 'State'), node('afghanistan', 'State'), node('is-k')],
  relations: [
    rel('ttp', 'OPERATES_IN', 'pakistan'),
    rel('pakistan', 'CLASHED_WITH', 'afghanistan'),
    rel('is-k', 'OPERATES_IN', 'afghanistan'),
  ],
};

describe('buildTrace', () => {
  it('puts the shortest path first and each path once', () => {
    const trace = buildTrace('ttp', 'is-k', direct, [longer, direct]);
    expect(trace.paths.map((p) => p.length)).toEqual([2, 3]);
  });

  it('reads hops in the direction of travel and says when a link points back', () => {
    const [first] = buildTrace('ttp', 'is-k', direct, []).paths;
    expect(first!.hops.map((h) => [h.from.id, h.relation.type, h.to.id, h.forward])).toEqual([
      ['ttp', 'ALLY_OF', 'taliban', true],
      ['taliban', 'RIVAL_OF', 'is-k', false],
    ]);
    expect(first!.hops[0]!.relation.evidence[0]!.quote).toBe('ttp ALLY_OF taliban');
  });

  it('is empty when there is no path', () => {
    expect(buildTrace('a', 'b', null, []).paths).toEqual([]);
  });

  it('gives the canvas every node and link of every path, and highlights the chosen one', () => {
    const trace = buildTrace('ttp', 'is-k', direct, [longer]);
    const sub = traceSubgraph(trace);
    expect(sub.nodes.map((n) => n.id).sort()).toEqual([
      'afghanistan',
      'is-k',
      'pakistan',
      'taliban',
      'ttp',
    ]);
    expect(sub.relations).toHaveLength(5);
    const h = traceHighlight(trace, 0);
    expect(h.primary.has('ttp~ALLY_OF~taliban')).toBe(true);
    expect(h.alternative.has('ttp')).toBe(false); // shared ends stay primary
    expect(h.alternative.has('pakistan')).toBe(true);
  });
});
