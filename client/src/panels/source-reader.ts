/**
 * The source reader: a verified quote opens its source's stored text, scrolled to the quote, with
 * the quote highlighted and the other quotes from that source (those on the same list) marked.
 */
import { isAbort } from '../api/errors.js';
import { fetchSourceText } from '../api/source-text.js';
import type { EvidenceFields } from '../api/types.js';
import { markRuns, type QuoteSpan } from '../graph/text-marks.js';
import { h } from './dom.js';

let open: { element: HTMLElement; abort: AbortController } | undefined;

/** Closes the reader, if open. */
function closeSourceReader(): void {
  open?.abort.abort();
  open?.element.remove();
  open = undefined;
}

const spanOf = (e: EvidenceFields): QuoteSpan => ({
  offset: e.offset ?? -1,
  length: e.quote.length,
});

/** Opens the text of `quote`'s source; `all` are the quotes listed with it. */
export async function openSourceReader(
  quote: EvidenceFields,
  all: readonly EvidenceFields[],
): Promise<void> {
  closeSourceReader();
  const body = h('div', { className: 'source-text', 'data-testid': 'source-text' }, 'Loading…');
  const element = h(
    'section',
    {
      className: 'source-reader',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': `Text of ${quote.source.title}`,
      'data-testid': 'source-reader',
      'data-source-id': quote.source.id,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') closeSourceReader();
      },
    },
    h(
      'header',
      {},
      h('h2', {}, quote.source.title),
      h(
        'button',
        {
          type: 'button',
          className: 'btn small',
          'aria-label': 'Close',
          onclick: closeSourceReader,
        },
        '×',
      ),
    ),
    body,
  );
  const abort = new AbortController();
  open = { element, abort };
  document.body.append(element);
  try {
    const source = await fetchSourceText(quote.source.id, abort.signal);
    if (!source?.text) {
      body.textContent = 'The graph holds no text for this source.';
      return;
    }
    const others = all.filter((e) => e !== quote && e.source.id === quote.source.id).map(spanOf);
    body.replaceChildren(
      ...markRuns(source.text, spanOf(quote), others).map((run) =>
        run.mark
          ? h(
              'mark',
              { className: `quote-${run.mark}`, 'data-testid': `quote-${run.mark}` },
              run.text,
            )
          : document.createTextNode(run.text),
      ),
    );
    const focus = body.querySelector<HTMLElement>('mark.quote-focus');
    focus?.scrollIntoView({ block: 'center' });
    element.querySelector<HTMLButtonElement>('header button')?.focus();
  } catch (error) {
    if (isAbort(error)) return;
    body.textContent = 'The text could not be loaded; try again.';
  }
}
