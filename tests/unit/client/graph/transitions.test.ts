import { describe, expect, it } from 'vitest';
import {
  composeView,
  neighbourhoodKey,
  nodeKey,
  type SourceGraph,
  type SourceKey,
} from '../../../../client/src/graph/compose.js';
import * as t from '../../../../client/src/graph/transitions.js';
import { UndoStack } from '../../../../client/src/graph/undo-stack.js';
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
    neighbourhoodKey('taliban'),
    {
      nodes: [node('taliban'), node('is-k'), node('afghanistan', 'State')],
      relations: [rel('is-k', 'RIVAL_OF', 'taliban'), rel('taliban', 'GOVERNS', 'afghanistan')],
    },
  ],
  [nodeKey('is-k'), { nodes: [node('is-k')], relations: [] }],
]);
const ids = (s: ViewState) => [...composeView(s, sources).nodes.keys()].sort();

describe('view transitions', () => {
  it('opening a result shows it with its neighbours and selects it', () => {
    const s = t.openEntity(emptyViewState(), 'is-k');
    expect(ids(s)).toEqual(['is-k', 'kabul', 'taliban']);
    expect(s.selected).toBe('is-k');
  });

  it('expand adds neighbours; collapse removes them but keeps the node', () => {
    const opened = t.openEntity(emptyViewState(), 'is-k');
    const expanded = t.expand(opened, 'taliban');
    expect(ids(expanded)).toEqual(['afghanistan', 'is-k', 'kabul', 'taliban']);
    const collapsed = t.collapse(expanded, 'is-k');
    expect(ids(collapsed)).toEqual(['afghanistan', 'is-k', 'taliban']);
    expect(collapsed.kept).toEqual(['is-k']);
    expect(t.collapse(collapsed, 'kabul')).toBe(collapsed); // not expanded: nothing to collapse
  });

  it('hide unpins and deselects; show hidden brings nodes back', () => {
    let s = t.openEntity(emptyViewState(), 'is-k');
    s = t.togglePin(s, 'taliban', { x: 10.4, y: -3.6 });
    expect(s.pinned).toEqual([{ id: 'taliban', x: 10, y: -4 }]);
    s = t.select(s, 'taliban');
    s = t.hide(s, 'taliban');
    expect(ids(s)).toEqual(['is-k', 'kabul']);
    expect(s.pinned).toEqual([]);
    expect(s.selected).toBeNull();
    expect(ids(t.showHidden(s))).toContain('taliban');
  });

  it('pin toggles', () => {
    const s = t.togglePin(t.togglePin(emptyViewState(), 'is-k', { x: 1, y: 2 }), 'is-k', {
      x: 0,
      y: 0,
    });
    expect(s.pinned).toEqual([]);
  });

  it('trace refuses a node to itself; clear keeps the rest of the view', () => {
    const s = t.openEntity(emptyViewState(), 'is-k');
    expect(t.traceBetween(s, 'is-k', 'is-k')).toBe(s);
    const traced = t.traceBetween(s, 'ttp', 'is-k');
    expect(traced.trace).toEqual({ from: 'ttp', to: 'is-k' });
    expect(t.clearTrace(traced)).toEqual(s);
  });

  it('clear empties the canvas but keeps filters and layout', () => {
    const s = t.setLayout(
      {
        ...t.openEntity(emptyViewState(), 'is-k'),
        filters: { ...emptyViewState().filters, asOf: '2021' },
      },
      'concentric',
    );
    const cleared = t.clearCanvas(s);
    expect(ids(cleared)).toEqual([]);
    expect(cleared.layout).toBe('concentric');
    expect(cleared.filters.asOf).toBe('2021');
  });
});

describe('UndoStack', () => {
  it('undoes in reverse order and forgets past its limit', () => {
    const stack = new UndoStack<number>(2);
    stack.push('one', 1);
    stack.push('two', 2);
    stack.push('three', 3);
    expect(stack.size).toBe(2);
    expect(stack.peekLabel()).toBe('three');
    expect(stack.pop()).toEqual({ label: 'three', before: 3 });
    expect(stack.pop()).toEqual({ label: 'two', before: 2 });
    expect(stack.pop()).toBeUndefined();
  });
});
