/**
 * Pairs of entities that may be one (duplicateCandidates): both entities, the score and the
 * reason, with "Merge…" and "Not duplicates" for editors. Used in the details panel of an entity
 * and in the review list of the sidebar.
 */
import type { CandidateFields } from '../api/duplicates.js';
import { entityLink } from './badges.js';
import { h } from './dom.js';

export interface CandidateActions {
  open(id: string): void;
  /** Null when the signed-in user cannot edit (or nobody is signed in). */
  merge: ((candidate: CandidateFields) => void) | null;
  dismiss: ((candidate: CandidateFields) => void) | null;
}

const button = (label: string, testId: string, onclick: () => void, description: string) =>
  h(
    'button',
    {
      type: 'button',
      className: 'btn small',
      'data-testid': testId,
      'aria-label': description,
      onclick,
    },
    label,
  );

/** One `<li>` per pair. */
export function candidateItems(candidates: CandidateFields[], actions: CandidateActions) {
  return candidates.map((c) => {
    const pair = `${c.first.name} and ${c.second.name}`;
    const { merge, dismiss } = actions;
    return h(
      'li',
      { className: 'duplicate-candidate', 'data-testid': 'duplicate-candidate', 'data-id': c.id },
      h('span', {}, entityLink(c.first, actions.open), ' ↔ ', entityLink(c.second, actions.open)),
      h(
        'span',
        { className: 'small muted', 'data-testid': 'duplicate-score' },
        ` score ${c.score.toFixed(2)} · ${c.reason}`,
      ),
      merge || dismiss
        ? h(
            'span',
            { className: 'button-row' },
            merge ? button('Merge…', 'duplicate-merge', () => merge(c), `Merge ${pair}…`) : null,
            dismiss
              ? button(
                  'Not duplicates',
                  'duplicate-dismiss',
                  () => dismiss(c),
                  `${pair} are not duplicates`,
                )
              : null,
          )
        : null,
    );
  });
}
