/**
 * The "Add source" form of the review workbench: paste a text, upload a .txt or .html file, or give
 * a page's address. It hands the added source (with its near-copies) to `onAdded`.
 */
import { editorToken, setEditorToken } from '../api/editor-token.js';
import { addSourceText, fetchSourceUrl, type AddedSource } from '../api/review.js';
import { h } from './dom.js';
import { readUpload } from './upload-text.js';

/** Mounts the form into `root`; `status` reports progress and errors. */
export function mountAddSourceForm(
  root: HTMLElement,
  status: (message: string) => void,
  onAdded: (added: AddedSource) => void,
): { focus(): void } {
  const field = (label: string, control: HTMLElement) =>
    h('label', { className: 'wb-field' }, h('span', {}, label), control);
  const title = h('input', { type: 'text', 'data-testid': 'add-title', maxlength: 300 });
  const text = h('textarea', { rows: 8, 'data-testid': 'add-text' });
  const file = h('input', { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  const url = h('input', { type: 'url', 'data-testid': 'add-url', placeholder: 'https://…' });
  const token = h('input', { type: 'password', autocomplete: 'off', 'data-testid': 'add-token' });
  const tokenField = field('Editor token', token);
  tokenField.hidden = editorToken() !== null;

  const run = async (work: () => Promise<AddedSource>) => {
    if (token.value) setEditorToken(token.value);
    status('Adding the source and reading it…');
    try {
      onAdded(await work());
    } catch (error) {
      status(`Could not add the source: ${(error as Error).message}`);
    }
  };
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    readUpload(chosen).then(
      (read) => {
        title.value ||= read.title;
        text.value = read.text;
        status(`Read “${chosen.name}”: check the text, then add it.`);
      },
      (error: Error) => status(error.message),
    );
  });
  const pasted = h(
    'form',
    {
      'aria-label': 'Add a pasted or uploaded text',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!title.value.trim() || !text.value.trim())
          return status('Give the source a title and its text.');
        void run(() => addSourceText(title.value.trim(), text.value));
      },
    },
    field('Title', title),
    field('Text (paste it here)', text),
    field('…or upload a .txt or .html file', file),
    h('button', { type: 'submit', className: 'btn', 'data-testid': 'add-submit' }, 'Add text'),
  );
  const fetched = h(
    'form',
    {
      'aria-label': 'Add a web page by its address',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!url.value.trim()) return status('Give the page’s address.');
        void run(() => fetchSourceUrl(url.value.trim()));
      },
    },
    field('…or a web page or PDF address', url),
    h('button', { type: 'submit', className: 'btn', 'data-testid': 'add-fetch' }, 'Fetch page'),
  );
  root.append(tokenField, pasted, fetched);
  return { focus: () => title.focus() };
}
