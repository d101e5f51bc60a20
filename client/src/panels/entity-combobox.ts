/**
 * A search field with autocomplete over names and aliases (ARIA combobox pattern): used for the
 * main search and for the trace's two ends. Requests are debounced and superseded ones aborted.
 */
import { isAbort, isOutage } from '../api/errors.js';
import { searchEntities } from '../api/search.js';
import type { EntityKind, NodeFields } from '../api/types.js';
import { matchedAlias } from '../graph/search-match.js';
import { kindBadge } from './badges.js';
import { h, replaceChildren } from './dom.js';
import { countWords } from '../graph/plural.js';

/** Options of a combobox. */
export interface ComboboxOptions {
  /** Accessible name of the field. */
  label: string;
  placeholder: string;
  /** Prefix of data-testid hooks: `<prefix>-input`, `<prefix>-results`, `<prefix>-option`. */
  testId: string;
  onChoose: (entity: NodeFields) => void;
  /** Only entities of these kinds (all kinds when left out). */
  kinds?: EntityKind[];
  /** Called when Escape is pressed on an empty, closed field (e.g. to hand focus back). */
  onEscapeEmpty?: () => void;
}

/** Wait after the last keystroke before asking the server. */
const DEBOUNCE_MS = 180;
let counter = 0;

/** Builds the field and its list; returns the wrapper and the input. */
export function entityCombobox(options: ComboboxOptions): {
  root: HTMLElement;
  input: HTMLInputElement;
  clear(): void;
} {
  const listId = `combo-list-${++counter}`;
  const input = h('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
    'data-testid': `${options.testId}-input`,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    className: 'listbox',
    'aria-label': `${options.label}: results`,
    'data-testid': `${options.testId}-results`,
    hidden: true,
  });
  let results: NodeFields[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const showMessage = (text: string) => {
    replaceChildren(
      list,
      h('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, text),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const setActive = (index: number) => {
    active = results.length ? (index + results.length) % results.length : -1;
    list
      .querySelectorAll('li[role=option]')
      .forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.querySelector(`#${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (index: number) => {
    const entity = results[index];
    if (!entity) return;
    close();
    options.onChoose(entity);
  };
  const render = (text: string) => {
    if (results.length === 0) return showMessage(`Nothing found for “${text}”.`);
    replaceChildren(
      list,
      ...results.map((entity, i) => {
        const alias = matchedAlias(text, entity.name, entity.aliases);
        return h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-testid': `${options.testId}-option`,
            'data-entity-id': entity.id,
            onmousedown: (e: Event) => (e.preventDefault(), choose(i)),
          },
          kindBadge(entity.kind),
          h('span', { className: 'name' }, entity.name),
          h(
            'span',
            { className: 'hint' },
            alias ? `also “${alias}”` : countWords(entity.degree, 'link'),
          ),
        );
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(0);
  };
  const search = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      results = await searchEntities(text, {
        first: 8,
        signal: controller.signal,
        ...(options.kinds ? { kinds: options.kinds } : {}),
      });
      if (input.value.trim() === text) render(text);
    } catch (error) {
      if (isAbort(error)) return;
      results = [];
      showMessage(
        isOutage(error)
          ? 'The API is not reachable.'
          : `Search failed: ${(error as Error).message}`,
      );
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      results = [];
      return close();
    }
    timer = setTimeout(() => void search(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && results.length) render(input.value.trim());
      else setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && results.length) choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!list.hidden) close();
      else if (input.value) input.value = '';
      else options.onEscapeEmpty?.();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('focus', () => {
    if (results.length && input.value.trim().length >= 2) render(input.value.trim());
  });

  const clear = () => {
    input.value = '';
    results = [];
    close();
  };
  return { root: h('div', { className: 'combobox' }, input, list), input, clear };
}
