/** A filter field that collects entities of some kinds as removable chips (search to add). */
import type { EntityKind } from '../api/types.js';
import { h, replaceChildren } from './dom.js';
import { entityCombobox } from './entity-combobox.js';

export interface ChipEntity {
  id: string;
  name: string;
}

/** The field; `onChange` gets the chosen entities after every add or remove. */
export function entityChips(options: {
  label: string;
  kinds: EntityKind[];
  testId: string;
  onChange: (chosen: ChipEntity[]) => void;
}) {
  let chosen: ChipEntity[] = [];
  const chips = h('ul', { className: 'chips', 'data-testid': `${options.testId}-chips` });
  const render = () =>
    replaceChildren(
      chips,
      ...chosen.map((e) =>
        h(
          'li',
          { className: 'chip', 'data-entity-id': e.id },
          e.name,
          h(
            'button',
            {
              type: 'button',
              className: 'chip-remove',
              'aria-label': `Remove ${e.name}`,
              onclick: () => set(chosen.filter((c) => c.id !== e.id)),
            },
            '×',
          ),
        ),
      ),
    );
  const set = (next: ChipEntity[], notify = true) => {
    chosen = next;
    render();
    if (notify) options.onChange(chosen);
  };
  const combo = entityCombobox({
    label: options.label,
    placeholder: `${options.label}…`,
    testId: options.testId,
    kinds: options.kinds,
    onChoose: (entity) => {
      combo.clear();
      if (!chosen.some((c) => c.id === entity.id))
        set([...chosen, { id: entity.id, name: entity.name }]);
    },
  });
  return {
    root: h('div', { className: 'chip-field' }, combo.root, chips),
    /** Replaces the chosen entities without calling `onChange`. */
    set: (next: ChipEntity[]) => set(next, false),
  };
}
