import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  emptyFilters,
  type FilterEdge,
} from '../../../../client/src/graph/filters.js';
import { hideOrphans } from '../../../../client/src/graph/orphans.js';

// IS-K (opened) with an ally, a rival reached only by a CLASHED_WITH link, and a person who is a
// member of IS-K; plus a lone node opened on its own, which has no link at all.
const nodes = [
  { id: 'is-k', kind: 'Group' as const },
  { id: 'taliban', kind: 'Group' as const },
  { id: 'ttp', kind: 'Group' as const },
  { id: 'leader', kind: 'Person' as const },
  { id: 'lone', kind: 'Group' as const },
];
const edge = (id: string, source: string, target: string, type: string): FilterEdge => ({
  id,
  source,
  target,
  type,
  status: 'reported',
  since: null,
  until: null,
});
const edges = [
  edge('e1', 'is-k', 'taliban', 'CLASHED_WITH'),
  edge('e2', 'ttp', 'is-k', 'ALLY_OF'),
  edge('e3', 'leader', 'is-k', 'LEADER_OF'),
];
const anchors: Parameters<typeof hideOrphans>[2] = {
  opened: ['is-k', 'lone'],
  selected: null,
  traceEnds: [],
};

function run(filters: Partial<ReturnType<typeof emptyFilters>>, a = anchors) {
  const v = computeVisibility(nodes, edges, { ...emptyFilters(), ...filters });
  return hideOrphans(edges, v, a);
}

describe('hideOrphans', () => {
  it('hides nothing when no filter hides a link', () => {
    const { visibility, orphans } = run({});
    expect([...visibility.hiddenNodes]).toEqual([]);
    expect(orphans).toEqual({ hidden: [], kept: [] });
  });

  it('hides the nodes a relationship type left without a link, and only those', () => {
    const { visibility, orphans } = run({ hiddenTypes: ['CLASHED_WITH'] });
    expect(orphans.hidden).toEqual(['taliban']);
    expect([...visibility.hiddenNodes]).toEqual(['taliban']);
    expect(visibility.hiddenEdges.has('e1')).toBe(true);
  });

  it('keeps the opened node when every link is hidden, and says why', () => {
    const { visibility, orphans } = run({ hiddenStatuses: ['reported'] });
    expect(orphans.hidden.sort()).toEqual(['leader', 'taliban', 'ttp']);
    expect(orphans.kept).toEqual([{ id: 'is-k', reason: 'opened' }]);
    expect(visibility.hiddenNodes.has('is-k')).toBe(false);
    // A node that never had a link in view is not an orphan of the filter.
    expect(visibility.hiddenNodes.has('lone')).toBe(false);
  });

  it('keeps the selection and the ends of a trace, with their reasons', () => {
    const { orphans } = run(
      { hiddenStatuses: ['reported'] },
      { opened: [], selected: 'taliban', traceEnds: ['ttp'] },
    );
    expect(orphans.kept).toEqual(
      expect.arrayContaining([
        { id: 'taliban', reason: 'selected' },
        { id: 'ttp', reason: 'trace end' },
      ]),
    );
    expect(orphans.hidden.sort()).toEqual(['is-k', 'leader']);
  });

  it('hides the nodes a hidden kind cut off, but not the hidden kind twice', () => {
    // Hiding Groups hides IS-K and so every link; the person is left alone and goes too.
    const { visibility, orphans } = run({ hiddenKinds: ['Group'] });
    expect(orphans.hidden).toEqual(['leader']);
    expect(visibility.hiddenNodes.has('is-k')).toBe(true);
  });
});
