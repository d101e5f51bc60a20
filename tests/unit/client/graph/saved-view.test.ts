/** A saved investigation's view: what is stored, and that reading it back gives the same view. */
import { describe, expect, it } from 'vitest';
import { fromSavedView, toSavedView } from '../../../../client/src/graph/saved-view.js';
import { emptyViewState, type ViewState } from '../../../../client/src/graph/view-state.js';

const view: ViewState = {
  ...emptyViewState(),
  expanded: ['is-k'],
  kept: ['taliban'],
  hidden: ['pakistan'],
  pinned: [{ id: 'is-k', x: 10.04, y: -20.96 }],
  selected: 'is-k~RIVAL_OF~taliban',
  layout: 'concentric',
};
view.filters = {
  ...view.filters,
  hiddenKinds: ['State'],
  window: { from: '2020-01', to: '2021-06' },
};

describe('saved view', () => {
  it('stores the view field by field, positions to a tenth, and only notes with text', () => {
    const notes = new Map([
      ['is-k', 'A note'],
      ['taliban', '   '],
    ]);
    const saved = toSavedView(
      { ...view, extra: 1 } as ViewState,
      [{ id: 'a', x: 1.234, y: 5.678 }],
      notes,
    );
    expect(Object.keys(saved).sort()).toEqual([
      'expanded',
      'filters',
      'hidden',
      'kept',
      'layout',
      'notes',
      'pinned',
      'positions',
      'selected',
      'trace',
    ]);
    expect(saved.positions).toEqual([{ id: 'a', x: 1.2, y: 5.7 }]);
    expect(saved.pinned).toEqual([{ id: 'is-k', x: 10, y: -21 }]);
    expect(saved.notes).toEqual([{ target: 'is-k', text: 'A note' }]);
  });

  it('reads back the same view, pins to a tenth, positions and notes', () => {
    const saved = toSavedView(view, [{ id: 'taliban', x: 3, y: 4 }], new Map([['is-k', 'n']]));
    const back = fromSavedView(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>);
    expect(back.state).toEqual({ ...view, pinned: [{ id: 'is-k', x: 10, y: -21 }] });
    expect(back.positions).toEqual([{ id: 'taliban', x: 3, y: 4 }]);
    expect([...back.notes]).toEqual([['is-k', 'n']]);
  });

  it('drops what a view cannot hold, as a mangled link would be read', () => {
    const back = fromSavedView({ expanded: ['ok-id', 'Not An Id'], layout: 'nonsense' });
    expect(back.state.expanded).toEqual(['ok-id']);
    expect(back.state.layout).toBe('fcose');
    expect(back.positions).toEqual([]);
    expect(back.notes.size).toBe(0);
  });
});
