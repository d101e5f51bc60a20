/**
 * The modal form every editing action opens: a native <dialog> (focus kept inside, Escape
 * closes, focus back where it was), with errors shown where the analyst works — at the field an
 * error's `argumentPath` names, else above the buttons — and a "Reload" choice on CONFLICT.
 */
import { ApiError, argumentPathOf, isOutage } from '../api/errors.js';
import { fieldOfError } from '../graph/edit-rules.js';
import { h } from './dom.js';

let counter = 0;

/** A labelled control with its own error line; `name` is the input path it stands for. */
export function field(label: string, control: HTMLElement, name: string, hint?: string) {
  const id = `edit-${++counter}`;
  control.id = id;
  control.setAttribute('data-field', name);
  const error = h('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', error.id);
  return h(
    'div',
    { className: 'edit-field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { className: 'small muted' }, hint) : null,
    error,
  );
}

/** How an editing dialog is opened. */
export interface DialogOptions {
  title: string;
  testId: string;
  body: (Node | null)[];
  submitLabel: string;
  /** Runs the write; a rejection is shown in the dialog, a resolution closes it. */
  onSubmit: () => Promise<void>;
  /** Offered with a CONFLICT: fetch what is stored now (the dialog closes). */
  onReload?: () => void;
}

/** An open dialog. */
export interface EditDialog {
  dialog: HTMLDialogElement;
  close(): void;
  /** Shows `error` at its field, or above the buttons. */
  fail(error: unknown): void;
}

/** Clears every error shown in `root`. */
function clearErrors(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.field-error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  root.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

/** The control for `name`, or for the nearest path above it ("evidence.0.quote" → "evidence"). */
function controlFor(root: HTMLElement, name: string): HTMLElement | null {
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n--) {
    const found = root.querySelector<HTMLElement>(
      `[data-field="${CSS.escape(parts.slice(0, n).join('.'))}"]`,
    );
    if (found) return found;
  }
  return null;
}

/** Opens a modal form; resolves nothing, the caller gets the dialog to fill in. */
export function openEditDialog(options: DialogOptions): EditDialog {
  const opener = document.activeElement as HTMLElement | null;
  const formError = h('div', {
    className: 'form-error',
    role: 'alert',
    tabindex: '-1',
    'data-testid': `${options.testId}-error`,
    hidden: true,
  });
  const submit = h(
    'button',
    { type: 'submit', className: 'btn primary', 'data-testid': `${options.testId}-submit` },
    options.submitLabel,
  );
  const titleId = `edit-title-${++counter}`;
  const form = h(
    'form',
    { method: 'dialog', noValidate: true },
    h('h2', { id: titleId }, options.title),
    ...options.body,
    formError,
    h(
      'div',
      { className: 'edit-buttons' },
      h('button', { type: 'button', className: 'btn', onclick: () => close() }, 'Cancel'),
      submit,
    ),
  );
  const dialog = h(
    'dialog',
    { className: 'edit-dialog', 'aria-labelledby': titleId, 'data-testid': options.testId },
    form,
  );
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    opener?.focus();
  };
  dialog.addEventListener('close', () => (dialog.remove(), opener?.focus()));
  // Escape closes this dialog only: the explorer's own Escape (clear the selection) must not see it.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  });

  const fail = (error: unknown) => {
    clearErrors(dialog);
    formError.replaceChildren();
    const name = fieldOfError(argumentPathOf(error));
    const control = name ? controlFor(dialog, name) : null;
    const message = isOutage(error)
      ? `${(error as Error).message} It may or may not have been saved: look before trying again.`
      : (error as Error).message;
    const line = control && document.getElementById(control.getAttribute('aria-describedby')!);
    if (control && line) {
      line.textContent = message;
      line.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.focus();
      return;
    }
    formError.append(h('p', {}, message));
    if (error instanceof ApiError && error.code === 'CONFLICT' && options.onReload) {
      const reload = options.onReload;
      formError.append(
        h(
          'button',
          {
            type: 'button',
            className: 'btn small',
            'data-testid': `${options.testId}-reload`,
            onclick: () => (close(), reload()),
          },
          'Reload',
        ),
      );
    }
    formError.hidden = false;
    // Focus was on the submit button, disabled while sending: put it where the message is.
    formError.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(dialog);
    formError.hidden = true;
    submit.disabled = true;
    dialog.setAttribute('aria-busy', 'true');
    options
      .onSubmit()
      .then(close, fail)
      .finally(() => {
        submit.disabled = false;
        dialog.removeAttribute('aria-busy');
      });
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close, fail };
}
