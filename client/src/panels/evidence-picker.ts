/**
 * The evidence part of a link form: quotes picked from sources' texts (quote-picker.ts), listed
 * with a button to take each back. Stands for the input path `evidence`, so an error about
 * `evidence.N.quote` shows here.
 */
import type { PickedQuote } from '../graph/edit-rules.js';
import { h } from './dom.js';
import { entityCombobox } from './entity-combobox.js';
import { openQuotePicker } from './quote-picker.js';

let counter = 0;

/** The list and its controls; `picked()` is what is to be sent. */
export function evidencePicker(): { root: HTMLElement; picked(): PickedQuote[] } {
  const chosen: PickedQuote[] = [];
  const list = h('ul', {
    className: 'picked-quotes',
    'data-testid': 'picked-quotes',
    'aria-label': 'Quotes picked',
    tabindex: '-1',
    'data-field': 'evidence',
  });
  const render = () =>
    list.replaceChildren(
      ...chosen.map((q, i) =>
        h(
          'li',
          { 'data-testid': 'picked-quote' },
          h('q', {}, q.quote),
          h('span', { className: 'small muted' }, ` (${q.source})`),
          h(
            'button',
            {
              type: 'button',
              className: 'btn small',
              'aria-label': `Remove the quote “${q.quote}”`,
              onclick: () => (chosen.splice(i, 1), render(), source.input.focus()),
            },
            'Remove',
          ),
        ),
      ),
    );
  const source = entityCombobox({
    label: 'Source to quote from',
    placeholder: 'Find a source to quote…',
    testId: 'quote-source',
    kinds: ['Source'],
    onEscapeEmpty: () => source.input.closest('dialog')?.close(),
    onChoose: (s) =>
      openQuotePicker({ id: s.id, title: s.name }, (quote) => {
        chosen.push(quote);
        render();
        source.clear();
        list.focus();
      }),
  });
  const error = h('p', {
    className: 'field-error',
    id: `evidence-error-${++counter}`,
    hidden: true,
  });
  list.setAttribute('aria-describedby', error.id);
  return {
    root: h(
      'fieldset',
      { className: 'edit-field' },
      h('legend', {}, 'Evidence: select the words in a source’s text'),
      source.root,
      list,
      error,
    ),
    picked: () => [...chosen],
  };
}
