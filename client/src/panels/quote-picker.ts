/**
 * Picks a quote from a source's stored text: the analyst selects words in the text (or types them,
 * for the keyboard: they must occur in the text as written) and the quote is taken from the text
 * itself, so it is verbatim by construction. Opens over the form that asked for it.
 */
import { isAbort } from '../api/errors.js';
import { fetchSourceText } from '../api/source-text.js';
import { quoteOfSelection, type PickedQuote } from '../graph/edit-rules.js';
import { h } from './dom.js';

/** Offset of `node`+`offset` within `root`'s text (the text is one text node, but be general). */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Opens the picker for source `source`; `picked` gets the quote chosen. */
export function openQuotePicker(
  source: { id: string; title: string },
  picked: (quote: PickedQuote) => void,
): void {
  const opener = document.activeElement as HTMLElement | null;
  const abort = new AbortController();
  const text = h('div', {
    className: 'source-text',
    'data-testid': 'quote-picker-text',
    tabindex: '0',
    'aria-label': `Text of ${source.title}: select the words to quote`,
  });
  text.textContent = 'Loading…';
  const status = h('p', {
    className: 'small',
    role: 'status',
    'data-testid': 'quote-picker-status',
  });
  const typed = h('input', {
    type: 'text',
    id: 'quote-picker-typed',
    'data-testid': 'quote-picker-typed',
    autocomplete: 'off',
  });
  const use = h(
    'button',
    { type: 'button', className: 'btn primary', 'data-testid': 'quote-picker-use', disabled: true },
    'Use selected words',
  );
  let full = '';
  let current: PickedQuote | null = null;
  const show = (quote: PickedQuote | null, why: string) => {
    current = quote;
    use.disabled = quote === null;
    status.textContent = quote ? `Quote: “${quote.quote}”` : why;
  };
  const fromSelection = () => {
    const selection = document.getSelection();
    if (!full || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const start = textOffset(text, range.startContainer, range.startOffset);
    const end = textOffset(text, range.endContainer, range.endOffset);
    show(quoteOfSelection(source.id, full, start, end), 'Select some words of the text.');
  };
  document.addEventListener('selectionchange', fromSelection, { signal: abort.signal });
  typed.addEventListener('input', () => {
    const words = typed.value.trim();
    const at = words ? full.indexOf(words) : -1;
    show(
      at >= 0 ? quoteOfSelection(source.id, full, at, at + words.length) : null,
      words ? 'These words are not in the text as written.' : '',
    );
  });

  const dialog = h(
    'dialog',
    {
      className: 'edit-dialog quote-picker',
      'aria-label': `Quote from ${source.title}`,
      'data-testid': 'quote-picker',
    },
    h('h2', {}, `Quote from ${source.title}`),
    text,
    h('label', { for: typed.id }, 'Or type the words as they stand in the text'),
    typed,
    status,
    h(
      'div',
      { className: 'edit-buttons' },
      h('button', { type: 'button', className: 'btn', onclick: () => dialog.close() }, 'Cancel'),
      use,
    ),
  );
  use.addEventListener('click', () => {
    if (current) picked(current);
    dialog.close();
  });
  // Escape closes the picker only, not the form under it nor the explorer's selection.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    abort.abort();
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  text.focus();
  fetchSourceText(source.id, abort.signal).then(
    (found) => {
      if (!found?.text) {
        text.textContent = 'The graph holds no text for this source; its quotes cannot be picked.';
        return;
      }
      full = found.text;
      text.textContent = full;
    },
    (error: unknown) => {
      if (!isAbort(error)) text.textContent = 'The text could not be loaded; try again.';
    },
  );
}
