/**
 * Investigations: save the view under a name with notes, reopen a saved one, share its link, and
 * write a note on the selected node or link. DOM only; app/investigations.ts does the work.
 */
import type { InvestigationSummary } from '../api/investigations.js';
import { h, replaceChildren } from './dom.js';

export interface InvestigationPanelActions {
  /** `asNew`: create another investigation rather than a new version of the open one. */
  save(name: string, notes: string, token: string, asNew: boolean): void;
  open(id: string): void;
  refresh(): void;
  /** The note on the selected element (empty removes it). */
  setNote(text: string): void;
}

/** Mounts the panel; the returned functions refresh its parts. */
export function createInvestigationPanel(root: HTMLElement, actions: InvestigationPanelActions) {
  const name = h('input', {
    type: 'text',
    id: 'inv-name',
    maxlength: 200,
    'data-testid': 'investigation-name',
  });
  const notes = h('textarea', { id: 'inv-notes', rows: 3, 'data-testid': 'investigation-notes' });
  const token = h('input', {
    type: 'password',
    id: 'inv-token',
    autocomplete: 'off',
    'data-testid': 'editor-token',
  });
  const save = (asNew: boolean) => () => actions.save(name.value, notes.value, token.value, asNew);
  const status = h('p', {
    className: 'hint',
    role: 'status',
    'data-testid': 'investigation-status',
  });
  const link = h('p', { className: 'hint' });
  const list = h('ul', { className: 'plain-list', 'data-testid': 'investigation-list' });
  const noteLabel = h('label', { for: 'inv-note' }, 'Note on the selection');
  const note = h('textarea', {
    id: 'inv-note',
    rows: 2,
    'data-testid': 'element-note',
    disabled: true,
  });
  note.addEventListener('change', () => actions.setNote(note.value));
  const button = (label: string, testId: string, onclick: () => void) =>
    h('button', { type: 'button', className: 'btn small', 'data-testid': testId, onclick }, label);

  root.append(
    h('h2', { id: 'investigations-title' }, 'Investigation'),
    h('label', { for: 'inv-name' }, 'Name'),
    name,
    h('label', { for: 'inv-notes' }, 'Notes'),
    notes,
    h('label', { for: 'inv-token' }, 'Editor token (to save)'),
    token,
    h(
      'div',
      { className: 'button-row' },
      button('Save investigation', 'investigation-save', save(false)),
      button('Save as new', 'investigation-save-new', save(true)),
    ),
    status,
    link,
    noteLabel,
    note,
    h('h3', {}, 'Saved investigations'),
    button('Refresh list', 'investigation-refresh', actions.refresh),
    list,
  );

  return {
    /** Shows what happened (saved, conflict, failure). */
    setStatus(message: string) {
      status.textContent = message;
    },
    /** The open investigation's name, notes and shareable link (null: none open). */
    setCurrent(current: { id: string; name: string; notes: string } | null) {
      if (!current) return replaceChildren(link);
      name.value = current.name;
      notes.value = current.notes;
      const href = `${location.origin}${location.pathname}?investigation=${encodeURIComponent(current.id)}`;
      replaceChildren(link, 'Link: ', h('a', { href, 'data-testid': 'investigation-link' }, href));
    },
    setList(items: InvestigationSummary[]) {
      replaceChildren(
        list,
        ...items.map((item) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'link-button',
                'data-testid': 'investigation-open',
                'data-id': item.id,
                onclick: () => actions.open(item.id),
              },
              item.name,
            ),
            h('span', { className: 'hint' }, ` ${item.updatedAt.slice(0, 10)} · ${item.updatedBy}`),
          ),
        ),
      );
      if (items.length === 0) list.append(h('li', { className: 'hint' }, 'None saved yet.'));
    },
    /** The selected element's label and note; null when nothing is selected. */
    setSelection(selected: { label: string; note: string } | null) {
      note.disabled = selected === null;
      noteLabel.textContent = selected ? `Note on “${selected.label}”` : 'Note on the selection';
      if (document.activeElement !== note) note.value = selected?.note ?? '';
    },
  };
}
