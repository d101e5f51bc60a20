/** The main search in the top bar: '/' focuses it; choosing a result opens it on the canvas. */
import type { NodeFields } from '../api/types.js';
import { entityCombobox } from './entity-combobox.js';
import { h } from './dom.js';

/** Mounts the search into `container`; returns a function that focuses it. */
export function mountSearchBox(
  container: HTMLElement,
  onChoose: (entity: NodeFields) => void,
  onLeave: () => void,
): { focus(): void; input: HTMLInputElement } {
  const combo = entityCombobox({
    label: 'Search names and aliases',
    placeholder: 'Search a group, person, attack, place… (e.g. ISKP)',
    testId: 'search',
    onChoose: (entity) => {
      combo.clear();
      onChoose(entity);
    },
    onEscapeEmpty: onLeave,
  });
  container.append(
    combo.root,
    h('kbd', { 'aria-hidden': 'true', title: 'Press / to search' }, '/'),
  );
  return {
    input: combo.input,
    focus: () => {
      combo.input.focus();
      combo.input.select();
    },
  };
}
