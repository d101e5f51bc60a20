import { describe, expect, it } from 'vitest';
import type { PathFields } from '../../../../client/src/api/types.js';
import { buildTrace, traceHighlight, traceSubgraph } from '../../../../client/src/graph/trace.js';
import { node, rel } from '../fixtures.js';

/** A path as the API returns it: one link per hop, `strength` as given. */
const path = (
  nodes: PathFields['nodes'],
  relations: PathFields['relations'],
  strength: number,
) => ({
  length: relations.length,
  nodes,
  relations,
  hops: relations.map((r) => ({ relations: [{ id: r.id }] })),
  allRelations: relations,
  strength,
});
const direct: PathFields = path(
  [node('ttp'), node('taliban'), node('is-k')],
  [rel('ttp', 'ALLY_OF', 'taliban'), rel('is-k', 'RIVAL_OF', 'taliban')],
  0.4,
);
const longer: PathFields = path(
  [node('ttp'), node('pakistan', 'State'), node('afghanistan', 'State'), node('is-k')],
  [
    rel('ttp', 'OPERATES_IN', 'pakistan'),
    rel('pakistan', 'CLASHED_WITH', 'afghanistan'),
    rel('is-k', 'OPERATES_IN', 'afghanistan'),
  ],
  0.6,
);
const ends = { from: 'ttp', to: 'is-k' };

describe('buildTrace', () => {
  it('puts the shortest path first and each path once', () => {
    const trace = buildTrace(ends, direct, [longer, direct]);
    expect(trace.paths.map((p) => p.length)).toEqual([2, 3]);
  });

  it('reads hops in the direction of travel and says when a link points back', () => {
    const [first] = buildTrace(ends, direct, []).paths;
    expect(first!.hops.map((h) => [h.from.id, h.relation.type, h.to.id, h.forward])).toEqual([
      ['ttp', 'ALLY_OF', 'taliban', true],
      ['taliban', 'RIVAL_OF', 'is-k', false],
    ]);
    expect(first!.hops[0]!.relation.evidence[0]!.quote).toBe('ttp ALLY_OF taliban');
  });

  it('is empty when there is no path', () => {
    expect(buildTrace({ from: 'a', to: 'b' }, null, []).paths).toEqual([]);
  });

  it('gives the canvas every node and link of every path, and highlights the chosen one', () => {
    const trace = buildTrace(ends, direct, [longer]);
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

  it('keeps the API order with STRONGEST, and one path per node sequence', () => {
    const parallel = path(
      direct.nodes,
      [rel('ttp', 'BACKED', 'taliban'), direct.relations[1]!],
      0.2,
    );
    const trace = buildTrace({ ...ends, order: 'STRONGEST' }, direct, [longer, direct, parallel]);
    expect(trace.paths.map((p) => [p.length, p.strength])).toEqual([
      [3, 0.6],
      [2, 0.4],
    ]);
  });

  it('puts every parallel link of a hop on the canvas', () => {
    const backed = rel('ttp', 'BACKED', 'taliban');
    const hop = { relations: [{ id: direct.relations[0]!.id }, { id: backed.id }] };
    const withParallel = {
      ...direct,
      hops: [hop, direct.hops[1]!],
      allRelations: [...direct.allRelations, backed],
    };
    const trace = buildTrace(ends, withParallel, []);
    expect(trace.paths[0]!.edgeIds).toContain('ttp~BACKED~taliban');
    expect(traceSubgraph(trace).relations).toHaveLength(3);
  });
});
