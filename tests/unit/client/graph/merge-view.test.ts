import { describe, expect, it } from 'vitest';
import { viewAfterMerge } from '../../../../client/src/graph/merge-view.js';
import { emptyViewState } from '../../../../client/src/graph/view-state.js';

describe('viewAfterMerge', () => {
  it('gives the merged entity’s every place in the view to the kept one, once', () => {
    const state = {
      ...emptyViewState(),
      expanded: ['twin', 'is-k'],
      kept: ['karachi', 'twin'],
      hidden: ['twin'],
      pinned: [
        { id: 'twin', x: 1, y: 2 },
        { id: 'ttp', x: 3, y: 4 },
      ],
      trace: { from: 'twin', to: 'ttp' },
      selected: 'twin',
    };
    expect(viewAfterMerge(state, 'twin', 'karachi')).toEqual({
      ...state,
      expanded: ['karachi', 'is-k'],
      kept: ['karachi'],
      hidden: ['karachi'],
      pinned: [
        { id: 'karachi', x: 1, y: 2 },
        { id: 'ttp', x: 3, y: 4 },
      ],
      trace: { from: 'karachi', to: 'ttp' },
      selected: 'karachi',
    });
  });

  it('keeps the kept entity’s own pin, and selects it in place of a moved link', () => {
    const state = {
      ...emptyViewState(),
      pinned: [
        { id: 'twin', x: 1, y: 2 },
        { id: 'karachi', x: 5, y: 6 },
      ],
      selected: 'twin~IN~pakistan',
    };
    const after = viewAfterMerge(state, 'twin', 'karachi');
    expect(after.pinned).toEqual([{ id: 'karachi', x: 5, y: 6 }]);
    expect(after.selected).toBe('karachi');
    expect(
      viewAfterMerge({ ...state, selected: 'is-k~ALLY_OF~ttp' }, 'twin', 'karachi').selected,
    ).toBe('is-k~ALLY_OF~ttp');
  });
});
