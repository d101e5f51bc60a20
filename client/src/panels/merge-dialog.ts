/**
 * "Merge…": a modal dialog (edit-dialog.ts: focus kept inside, Escape closes) showing what
 * mergeEntities would do — which entity is kept (a button swaps them), the aliases, links and
 * evidence that move, the links dropped and the fields that differ — read from mergePreview;
 * "Merge" then merges.
 */
import type { MergePreviewFields } from '../api/duplicates.js';
import type { NodeFields } from '../api/types.js';
import { typeLabel } from '../graph/elements.js';
import { openEditDialog } from './edit-dialog.js';
import { h, replaceChildren } from './dom.js';

export interface MergeHooks {
  preview(keepId: string, mergeId: string): Promise<MergePreviewFields>;
  /** Merges; the dialog closes when it resolves and shows the error when it rejects. */
  merge(keep: NodeFields, merge: NodeFields): Promise<void>;
}

type Entity = Pick<NodeFields, 'id' | 'name'>;

const named = (e: Entity) => `${e.name} (${e.id})`;

function previewView(p: MergePreviewFields): Node[] {
  const links = p.relations.map((r) =>
    h(
      'li',
      { 'data-testid': 'merge-preview-relation' },
      `${r.count} ${typeLabel(r.type)} ${r.direction === 'OUT' ? 'to' : 'from'} `,
      r.others.map((o) => o.name).join(', ') + (r.count > r.others.length ? ', …' : ''),
      r.combined > 0 ? ` (${r.combined} combined with links the kept one has)` : '',
    ),
  );
  return [
    h('h3', {}, 'What moves'),
    h(
      'ul',
      { 'data-testid': 'merge-preview-moves' },
      h(
        'li',
        {},
        p.aliasesGained.length ? `Aliases gained: ${p.aliasesGained.join(', ')}` : 'No new aliases',
      ),
      h('li', {}, `Evidence moved: ${p.evidenceCount}`),
      h('li', {}, `Links between the two, dropped: ${p.linksBetween}`),
    ),
    links.length
      ? h('ul', { 'aria-label': 'Links that move' }, ...links)
      : h('p', { className: 'muted' }, 'No links move.'),
    h('h3', {}, 'Differences (the kept value stays)'),
    p.conflicts.length
      ? h(
          'ul',
          { 'data-testid': 'merge-preview-conflicts' },
          ...p.conflicts.map((c) =>
            h('li', {}, `${c.field}: kept “${c.keep}”, dropped “${c.merge}”`),
          ),
        )
      : h('p', { className: 'muted', 'data-testid': 'merge-preview-conflicts' }, 'None.'),
  ];
}

/** Opens the dialog for the pair; `keep` is the entity kept at first. */
export function openMergeDialog(keep: NodeFields, merge: NodeFields, hooks: MergeHooks): void {
  let pair = { keep, merge };
  const roles = h('p', { 'data-testid': 'merge-roles' });
  const preview = h('div', { 'aria-live': 'polite', 'data-testid': 'merge-preview' });
  let asked = 0;

  const show = async () => {
    const ask = ++asked;
    replaceChildren(
      roles,
      'Keep ',
      h('strong', { 'data-testid': 'merge-keep' }, named(pair.keep)),
      '; merge into it and delete ',
      h('strong', { 'data-testid': 'merge-merged' }, named(pair.merge)),
      '.',
    );
    replaceChildren(preview, h('p', { className: 'muted', 'aria-busy': 'true' }, 'Reading…'));
    try {
      const p = await hooks.preview(pair.keep.id, pair.merge.id);
      if (ask === asked) replaceChildren(preview, ...previewView(p));
    } catch (error) {
      if (ask === asked)
        replaceChildren(preview, h('p', { role: 'alert' }, (error as Error).message));
    }
  };
  const swap = h(
    'button',
    {
      type: 'button',
      className: 'btn small',
      'data-testid': 'merge-swap',
      onclick: () => {
        pair = { keep: pair.merge, merge: pair.keep };
        void show();
      },
    },
    'Swap: keep the other',
  );
  openEditDialog({
    title: 'Merge two entities',
    testId: 'merge-dialog',
    body: [roles, swap, preview],
    submitLabel: 'Merge',
    onSubmit: () => hooks.merge(pair.keep, pair.merge),
  });
  void show();
}
