import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../../client/src/graph/filter-summary.js';
import { node, rel } from '../fixtures.js';

const nodes = [node('is-k'), node('taliban'), node('ttp')];
const relations = [rel('is-k', 'CLASHED_WITH', 'taliban'), rel('ttp', 'ALLY_OF', 'is-k')];
const view = {
  nodes: new Map(nodes.map((n) => [n.id, n])),
  relations: new Map(relations.map((r) => [r.id, r])),
} as Parameters<typeof summaryText>[0]['view'];
const none = () => new Set<string>();

describe('summaryText', () => {
  it('says all is shown when the filters hide nothing', () => {
    const visibility = {
      hiddenNodes: none(),
      hiddenEdges: none(),
      fadedNodes: none(),
      fadedEdges: none(),
      undated: none(),
      undatedHidden: none(),
    };
    expect(summaryText({ view, visibility, orphans: { hidden: [], kept: [] } })).toBe(
      'Showing all 3 nodes and 2 links in view.',
    );
  });

  it('counts what is hidden in the right number and names who stays and why', () => {
    const visibility = {
      hiddenNodes: new Set(['taliban', 'ttp']),
      hiddenEdges: new Set(relations.map((r) => r.id)),
      fadedNodes: none(),
      fadedEdges: none(),
      undated: none(),
      undatedHidden: none(),
    };
    const text = summaryText({
      view,
      visibility,
      orphans: { hidden: ['taliban', 'ttp'], kept: [{ id: 'is-k', reason: 'opened' }] },
    });
    expect(text).toBe(
      'Showing 1 of 3 nodes and 0 of 2 links. 2 nodes left without a shown link hidden. ' +
        'IS-K stays without a shown link: it is opened.',
    );
    const one = summaryText({
      view,
      visibility: { ...visibility, hiddenNodes: new Set(['taliban']) },
      orphans: { hidden: ['taliban'], kept: [] },
    });
    expect(one).toContain('1 node left without a shown link hidden.');
  });
});
