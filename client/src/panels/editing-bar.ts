/**
 * The editing controls in the top bar: "Sign in" (a token, kept for the browser session only),
 * then who is signed in with their role, "New entity" for editors, and "Sign out".
 */
import type { SessionUser } from '../app/edit-session.js';
import { field, openEditDialog } from './edit-dialog.js';
import { h, replaceChildren } from './dom.js';

/** What the bar asks of the app. */
export interface EditingBarActions {
  signIn(token: string): Promise<void>;
  signOut(): void;
  newEntity(): void;
}

/** Opens the sign-in form. */
function openSignIn(actions: EditingBarActions): void {
  const token = h('input', {
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': 'sign-in-token',
  });
  openEditDialog({
    title: 'Sign in to edit',
    testId: 'sign-in',
    submitLabel: 'Sign in',
    body: [
      field(
        'Token',
        token,
        'token',
        'Kept for this browser session only; closing the tab forgets it.',
      ),
    ],
    onSubmit: () => actions.signIn(token.value),
  });
  token.focus();
}

/** Draws the bar into `root`; call `update` when the session changes. */
export function createEditingBar(root: HTMLElement, actions: EditingBarActions) {
  const update = (user: SessionUser | null, canEdit: boolean) => {
    if (!user) {
      replaceChildren(
        root,
        h(
          'button',
          {
            type: 'button',
            className: 'btn',
            'data-testid': 'sign-in-open',
            onclick: () => openSignIn(actions),
          },
          'Sign in',
        ),
      );
      return;
    }
    const who = user.name ?? 'Signed in';
    replaceChildren(
      root,
      h(
        'span',
        { className: 'signed-in small', 'data-testid': 'signed-in' },
        user.role ? `${who} (${user.role.toLowerCase()})` : who,
      ),
      canEdit
        ? h(
            'button',
            {
              type: 'button',
              className: 'btn',
              'data-testid': 'new-entity',
              onclick: actions.newEntity,
            },
            'New entity',
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          className: 'btn small',
          'data-testid': 'sign-out',
          onclick: () => {
            actions.signOut();
            root.querySelector<HTMLButtonElement>('button')?.focus();
          },
        },
        'Sign out',
      ),
    );
  };
  return { update };
}
