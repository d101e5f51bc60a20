/** What an empty canvas says: how to start, with examples one click away. */
import { h, replaceChildren } from './dom.js';

const EXAMPLES = ['ISKP', 'Taliban', 'TTP', 'Kabul airport'];

/** Fills `root`; choosing an example types it into the search. */
export function mountEmptyState(
  root: HTMLElement,
  searchFor: (text: string) => void,
): { show(visible: boolean): void } {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'empty-card' },
      h('h2', {}, 'Start with a name'),
      h(
        'p',
        {},
        'Search for a group, person, attack, state or place by any name the sources use. ',
        'Expand neighbours, trace how two actors connect, and read the quoted evidence behind every link.',
      ),
      h(
        'div',
        { className: 'examples' },
        ...EXAMPLES.map((text) =>
          h(
            'button',
            { type: 'button', className: 'btn small', onclick: () => searchFor(text) },
            text,
          ),
        ),
      ),
      h(
        'p',
        { className: 'small muted', style: 'margin:12px 0 0' },
        'Press / to search, Esc to clear, Tab to reach the panels.',
      ),
    ),
  );
  return { show: (visible) => (root.hidden = !visible) };
}
