import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from '../../../../client/src/graph/url-state.js';
import { emptyViewState, type ViewState } from '../../../../client/src/graph/view-state.js';

function fullState(): ViewState {
  return {
    expanded: ['is-k', 'ttp'],
    kept: ['kabul'],
    hidden: ['afghanistan'],
    pinned: [{ id: 'is-k', x: 120, y: -45 }],
    trace: { from: 'ttp', to: 'is-k' },
    selected: 'ttp~ALLY_OF~taliban',
    filters: {
      hiddenKinds: ['Source', 'Organization'],
      hiddenTypes: ['IN', 'REPORTED_ON'],
      hiddenStatuses: ['alleged', 'unstated'],
      window: { from: '2015-01', to: '2021-12' },
      asOf: '2021-08-26',
      includeUndated: true,
    },
    layout: 'concentric',
  };
}

describe('view state ⇄ URL', () => {
  it('round-trips every part of a view', () => {
    const state = fullState();
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it('encodes an empty view as an empty query and decodes it back', () => {
    expect(encodeViewState(emptyViewState())).toBe('');
    expect(decodeViewState('')).toEqual(emptyViewState());
  });

  it('keeps links readable: commas, @ and ; are not escaped', () => {
    const query = encodeViewState(fullState());
    expect(query).toContain('x=is-k,ttp');
    expect(query).toContain('pin=is-k@120,-45');
    expect(query).toContain('t=ttp,is-k');
  });

  it('accepts a leading question mark', () => {
    expect(decodeViewState('?x=is-k').expanded).toEqual(['is-k']);
  });

  it('drops what it does not recognise instead of failing', () => {
    const state = decodeViewState(
      'x=is-k,<script>,TTP,ttp&hk=Group,Dragon&lay=spiral&from=2021-13&to=2022-01&asof=yesterday&t=ttp&pin=bad@x,1;ok@1,2',
    );
    expect(state.expanded).toEqual(['is-k', 'ttp']);
    expect(state.filters.hiddenKinds).toEqual(['Group']);
    expect(state.layout).toBe('fcose');
    expect(state.filters.window).toBeNull();
    expect(state.filters.asOf).toBeNull();
    expect(state.trace).toBeNull();
    expect(state.pinned).toEqual([{ id: 'ok', x: 1, y: 2 }]);
  });

  it('orders a backwards window and refuses a trace from a node to itself', () => {
    const state = decodeViewState('from=2022-05&to=2020-01&t=ttp,ttp');
    expect(state.filters.window).toEqual({ from: '2020-01', to: '2022-05' });
    expect(state.trace).toBeNull();
  });

  it('removes duplicates and nodes listed both as expanded and kept', () => {
    const state = decodeViewState('x=is-k,is-k&n=is-k,kabul');
    expect(state.expanded).toEqual(['is-k']);
    expect(state.kept).toEqual(['kabul']);
  });
});
