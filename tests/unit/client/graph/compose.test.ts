import { describe, expect, it } from 'vitest';
import {
  composeView,
  diffCanvas,
  neighbourhoodKey,
  nodeKey,
  requiredSources,
  traceKey,
  type SourceGraph,
  type SourceKey,
} from '../../../../client/src/graph/compose.js';
import { emptyViewState, type ViewState } from '../../../../client/src/graph/view-state.js';
import { node, rel } from '../fixtures.js';

const sources = new Map<SourceKey, SourceGraph>([
  [
    neighbourhoodKey('is-k'),
    {
      nodes: [node('is-k'), node('taliban'), node('kabul', 'Place')],
      relations: [rel('is-k', 'RIVAL_OF', 'taliban'), rel('is-k', 'OPERATES_IN', 'kabul')],
    },
  ],
  [
    neighbourhoodKey('ttp'),
    { nodes: [node('ttp'), node('taliban')], relations: [rel('ttp', 'ALLY_OF', 'taliban')] },
  ],
  [nodeKey('pakistan'), { nodes: [node('pakistan', 'State')], relations: [] }],
]);

const view = (patch: Partial<ViewState>) => ({ ...emptyViewState(), ...patch });

describe('composeView', () => {
  it('unions the neighbourhoods and keeps links whose two ends are in view', () => {
    const v = composeView(view({ expanded: ['is-k', 'ttp'] }), sources);
    expect([...v.nodes.keys()].sort()).toEqual(['is-k', 'kabul', 'taliban', 'ttp']);
    expect(v.relations.size).toBe(3);
    expect(v.missing).toEqual([]);
  });

  it('drops hidden nodes and their links', () => {
    const v = composeView(view({ expanded: ['is-k'], hidden: ['taliban'] }), sources);
    expect(v.nodes.has('taliban')).toBe(false);
    expect([...v.relations.keys()]).toEqual(['is-k~OPERATES_IN~kabul']);
  });

  it('lists the sources it lacks and composes the rest', () => {
    const v = composeView(
      view({ expanded: ['is-k', 'taliban'], trace: { from: 'ttp', to: 'is-k' } }),
      sources,
    );
    expect(v.missing).toEqual([neighbourhoodKey('taliban'), traceKey('ttp', 'is-k')]);
    expect(v.nodes.size).toBe(3);
  });

  it('builds the same view from the same state, whatever else is cached', () => {
    const state = view({ expanded: ['ttp'], kept: ['pakistan'] });
    expect(composeView(state, sources)).toEqual(
      composeView(state, new Map([...sources].reverse())),
    );
    expect(requiredSources(state)).toEqual(['nb:ttp', 'node:pakistan']);
  });
});

describe('diffCanvas', () => {
  it('names what to add and what to remove', () => {
    const v = composeView(view({ expanded: ['ttp'] }), sources);
    const diff = diffCanvas(['ttp', 'is-k', 'is-k~RIVAL_OF~taliban'], v);
    expect(diff.remove.sort()).toEqual(['is-k', 'is-k~RIVAL_OF~taliban']);
    expect(diff.addNodes).toEqual(['taliban']);
    expect(diff.addEdges).toEqual(['ttp~ALLY_OF~taliban']);
  });
});
