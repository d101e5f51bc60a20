/**
 * Editing in the explorer, wired: the top bar's sign-in and "New entity", and the details panel's
 * edit actions (extendDetails) for the signed-in editor. After every write the view and the
 * details are fetched again, so what is shown is what the graph now holds.
 */
import { fetchMe } from '../api/me.js';
import type {
  EntityDetails,
  EntityKind,
  NodeFields,
  RelationFields,
  VocabularyFields,
} from '../api/types.js';
import type { createDetailsPanel } from '../panels/details-panel.js';
import { extendDetails } from '../panels/details-extensions.js';
import { h } from '../panels/dom.js';
import { createEditingBar } from '../panels/editing-bar.js';
import { openEntityEditor } from '../panels/entity-editor.js';
import {
  confirmDeleteRelation,
  openEvidenceEditor,
  openLinkEditor,
  type LinkVocabulary,
} from '../panels/link-editor.js';
import type { Actions } from './actions.js';
import {
  canEdit,
  onSessionChange,
  restoreSession,
  sessionUser,
  signIn,
  signOut,
} from './edit-session.js';
import type { Explorer, ViewSnapshot } from './explorer.js';

type Details = ReturnType<typeof createDetailsPanel>;

const button = (label: string, testId: string, onclick: () => void, title?: string) =>
  h(
    'button',
    { type: 'button', className: 'btn small', 'data-testid': testId, title, onclick },
    label,
  );

/** Mounts the editing bar into `root` and the edit actions into the details panel. */
export function wireEditing(
  ex: Explorer,
  actions: Actions,
  details: Details,
  root: HTMLElement,
  notify: (message: string) => void,
) {
  let vocabulary: LinkVocabulary = { rules: [], statuses: [] };
  let last: ViewSnapshot | null = null;
  ex.onChange((s) => (last = s));

  /** The nodes on the canvas, for the link form's choice of the other end. */
  const inView = () =>
    ex.cy
      .nodes(':visible')
      .map((n) => ({
        id: n.id(),
        name: n.data('name') as string,
        kind: n.data('kind') as EntityKind,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));

  /** Shows the link `id` again from the view just fetched. */
  const showRelation = (id: string) => {
    const relation = last?.view.relations.get(id);
    if (relation && last) details.showEdge(relation, last.view.nodes);
  };
  /** Fetches the view and the details again after a write. */
  const afterWrite = async (select?: string | null) => {
    await ex.refetch();
    details.reload();
    if (select !== undefined) actions.select(select);
    if (select) showRelation(select);
  };

  const entitySaved = (existed: boolean) => (entity: NodeFields) => {
    notify(`${existed ? 'Saved' : 'Created'} ${entity.name}.`);
    if (existed) void afterWrite();
    else void actions.openEntity(entity);
  };

  const bar = createEditingBar(root, {
    async signIn(token) {
      await signIn(token, fetchMe);
    },
    signOut,
    newEntity: () => openEntityEditor(null, entitySaved(false), () => void afterWrite()),
  });
  const redraw = () => {
    bar.update(sessionUser(), canEdit());
    details.refresh();
    const selected = ex.state.selected;
    if (selected?.includes('~')) showRelation(selected);
  };
  onSessionChange(redraw);
  bar.update(sessionUser(), canEdit());
  void restoreSession(fetchMe);

  extendDetails({
    node(entity: EntityDetails) {
      if (!canEdit()) return null;
      return h(
        'div',
        {
          className: 'details-actions',
          role: 'group',
          'aria-label': 'Edit',
          'data-testid': 'edit-actions',
        },
        button('Edit…', 'action-edit', () =>
          openEntityEditor(entity, entitySaved(true), () => void afterWrite()),
        ),
        button('Link…', 'action-link', () =>
          openLinkEditor(vocabulary, entity, null, inView(), (r) => {
            notify('Link added.');
            void afterWrite(r.id);
          }),
        ),
      );
    },
    edge(relation: RelationFields, nodes: Map<string, NodeFields>) {
      if (!canEdit()) return null;
      const name = (id: string) => nodes.get(id)?.name ?? id;
      return h(
        'div',
        {
          className: 'details-actions',
          role: 'group',
          'aria-label': 'Edit',
          'data-testid': 'edit-actions',
        },
        button('Add evidence…', 'action-add-evidence', () =>
          openEvidenceEditor(relation, (r) => {
            notify('Evidence added.');
            void afterWrite(r.id);
          }),
        ),
        button('Delete link…', 'action-delete-link', () =>
          confirmDeleteRelation(
            relation,
            { from: name(relation.from.id), to: name(relation.to.id) },
            () => {
              notify('Link deleted.');
              void afterWrite(null);
            },
          ),
        ),
      );
    },
  });

  return {
    /** The types and statuses the link form offers (from the `vocabulary` query). */
    setVocabulary(v: VocabularyFields) {
      vocabulary = { rules: v.relationTypes, statuses: v.statuses };
    },
  };
}
