/**
 * Duplicate candidates where merges happen: a "Possible duplicates" section in the details panel
 * of an entity that has pairs to review, and the review list of every pair in the sidebar. Editors
 * merge a pair (after the preview, merge-dialog.ts) or dismiss it; the view then shows the graph as
 * it now is, with the merged entity's place in the view taken by the kept one.
 */
import {
  type CandidateFields,
  dismissCandidate,
  fetchCandidates,
  fetchMergePreview,
  mergeEntities,
} from '../api/duplicates.js';
import type { EntityDetails, NodeFields } from '../api/types.js';
import { viewAfterMerge } from '../graph/merge-view.js';
import type { createDetailsPanel } from '../panels/details-panel.js';
import { extendDetails } from '../panels/details-extensions.js';
import { h, replaceChildren } from '../panels/dom.js';
import { type CandidateActions, candidateItems } from '../panels/duplicates-list.js';
import { openMergeDialog } from '../panels/merge-dialog.js';
import type { Actions } from './actions.js';
import { canEdit, onSessionChange } from './edit-session.js';
import type { Explorer } from './explorer.js';

type Details = ReturnType<typeof createDetailsPanel>;

/** The entity kept by default: the one with more links (usually the curated one). */
const keptFirst = (c: CandidateFields): [NodeFields, NodeFields] =>
  c.second.degree > c.first.degree ? [c.second, c.first] : [c.first, c.second];

/** Mounts the review list into `root` and the details section. */
export function wireDuplicates(
  ex: Explorer,
  actions: Actions,
  details: Details,
  root: HTMLElement,
  notify: (message: string) => void,
): void {
  const list = h('ul', { className: 'analysis-list', 'data-testid': 'duplicate-review-list' });
  const status = h('p', { className: 'small muted', role: 'status' });
  let reviewed: CandidateFields[] | null = null;

  const afterChange = async () => {
    details.reload();
    if (reviewed) await loadReview();
  };

  const merge = async (keep: NodeFields, gone: NodeFields) => {
    await mergeEntities(keep.id, gone.id);
    notify(`Merged ${gone.name} into ${keep.name}.`);
    // The merged entity's place in the view goes to the kept one, then everything is fetched anew.
    await ex.apply(viewAfterMerge(ex.state, gone.id, keep.id), { history: 'replace' });
    await ex.refetch();
    await afterChange();
  };

  const candidateActions = (): CandidateActions => ({
    open: (id) => actions.open(id),
    merge: canEdit()
      ? (c) => {
          const [keep, gone] = keptFirst(c);
          openMergeDialog(keep, gone, { preview: fetchMergePreview, merge });
        }
      : null,
    dismiss: canEdit()
      ? (c) =>
          void dismissCandidate(c.id).then(
            () => (notify(`${c.first.name} and ${c.second.name}: kept apart.`), afterChange()),
            (error: Error) => notify(`Not dismissed: ${error.message}`),
          )
      : null,
  });

  const renderReview = () => {
    if (!reviewed) return;
    replaceChildren(list, ...candidateItems(reviewed, candidateActions()));
    status.textContent = reviewed.length
      ? `${reviewed.length} pair(s) to review.`
      : 'No pairs left to review.';
  };

  async function loadReview(): Promise<void> {
    root.setAttribute('aria-busy', 'true');
    try {
      reviewed = await fetchCandidates(null);
      renderReview();
    } catch (error) {
      status.textContent = `Could not load the pairs: ${(error as Error).message}`;
    } finally {
      root.removeAttribute('aria-busy');
    }
  }

  root.append(
    h('h2', { id: 'duplicates-title' }, 'Possible duplicates'),
    h(
      'p',
      { className: 'small muted' },
      'Pairs an import found alike but not certainly one. Editors merge or dismiss them.',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'btn small',
        'data-testid': 'duplicate-review-load',
        onclick: () => void loadReview(),
      },
      'Show pairs to review',
    ),
    status,
    list,
  );
  onSessionChange(renderReview);

  extendDetails({
    node(entity: EntityDetails) {
      const items = h('ul', { className: 'plain-list' });
      const section = h(
        'section',
        { 'data-testid': 'details-duplicates', 'aria-label': 'Possible duplicates', hidden: true },
        h('h3', { className: 'section-title' }, 'Possible duplicates'),
        items,
      );
      void fetchCandidates(entity.id).then(
        (found) => {
          if (found.length === 0) return;
          replaceChildren(items, ...candidateItems(found, candidateActions()));
          section.hidden = false;
        },
        () => undefined, // the details stay useful without them; outages show in the banner
      );
      return section;
    },
  });
}
