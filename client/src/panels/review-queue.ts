/**
 * The queue of a source's proposals, best first: each shows its sentence with both ends marked, a
 * type that can be changed, and Accept / Reject. From the keyboard: j / k move, a accepts, r rejects
 * (listed above the queue, and in each item's aria-keyshortcuts).
 */
import type { ReviewProposal } from '../api/review.js';
import { sentenceRuns } from '../graph/review-marks.js';
import { h } from './dom.js';

export interface QueueActions {
  accept(p: ReviewProposal, type: string): Promise<void>;
  reject(p: ReviewProposal): Promise<void>;
  /** Relationship types of the vocabulary, for "change type". */
  types(): readonly string[];
}

const endName = (end: ReviewProposal['from']) => end.entity?.name ?? end.name;

/** Mounts the queue into `root` with `proposals`; decided items leave it. */
export function mountReviewQueue(
  root: HTMLElement,
  proposals: readonly ReviewProposal[],
  a: QueueActions,
): void {
  const list = h('ol', {
    className: 'wb-queue',
    role: 'listbox',
    'aria-label': 'Proposed links, best first',
    'data-testid': 'proposal-queue',
    tabindex: 0,
  });
  const help = h(
    'p',
    { className: 'wb-help' },
    'Keys: j / k next / previous · a accept · r reject',
  );
  const empty = h(
    'p',
    { className: 'wb-help', 'data-testid': 'queue-empty' },
    'No proposals left.',
  );
  const items: { el: HTMLLIElement; p: ReviewProposal; type: HTMLSelectElement }[] = [];
  let current = 0;

  const select = (i: number, focus = true) => {
    current = Math.max(0, Math.min(i, items.length - 1));
    items.forEach((item, j) => item.el.setAttribute('aria-selected', String(j === current)));
    if (focus) items[current]?.el.focus();
  };
  const decide = async (i: number, how: 'accept' | 'reject') => {
    const item = items[i];
    if (!item || item.el.getAttribute('aria-busy') === 'true') return;
    item.el.setAttribute('aria-busy', 'true');
    try {
      await (how === 'accept' ? a.accept(item.p, item.type.value) : a.reject(item.p));
      items.splice(items.indexOf(item), 1);
      item.el.remove();
      empty.hidden = items.length > 0;
      select(i);
    } catch {
      // The action told the user; the proposal stays in the queue for another try.
    } finally {
      item.el.removeAttribute('aria-busy');
    }
  };

  for (const p of [...proposals].sort((x, y) => y.score - x.score)) {
    const type = h(
      'select',
      { 'aria-label': 'Type of link', 'data-testid': 'proposal-type' },
      ...[...new Set([p.type, ...a.types()])].map((t) => h('option', { value: t }, t)),
    );
    type.value = p.type;
    const from = endName(p.from);
    const to = endName(p.to);
    const sentence = h(
      'blockquote',
      {},
      ...sentenceRuns(p.quote, from, to).map((run) =>
        run.end
          ? h(
              'mark',
              { className: `wb-end wb-${run.end}`, 'data-testid': `end-${run.end}` },
              run.text,
            )
          : run.text,
      ),
    );
    const el = h(
      'li',
      {
        role: 'option',
        tabindex: -1,
        className: 'wb-proposal',
        'data-testid': 'proposal',
        'data-proposal-id': p.id,
        'aria-label': `${from} ${p.type} ${to}${p.status ? ` (${p.status})` : ''}, score ${p.score.toFixed(2)}`,
        'aria-keyshortcuts': 'a r j k',
      },
      h('div', { className: 'wb-proposal-head' }, h('strong', {}, from), type, h('strong', {}, to)),
      sentence,
      h(
        'div',
        { className: 'wb-actions' },
        h(
          'button',
          { type: 'button', className: 'btn small', 'data-testid': 'accept' },
          'Accept (a)',
        ),
        h(
          'button',
          { type: 'button', className: 'btn small', 'data-testid': 'reject' },
          'Reject (r)',
        ),
      ),
    );
    const item = { el, p, type };
    el.querySelector('[data-testid=accept]')!.addEventListener('click', () => {
      void decide(items.indexOf(item), 'accept');
    });
    el.querySelector('[data-testid=reject]')!.addEventListener('click', () => {
      void decide(items.indexOf(item), 'reject');
    });
    el.addEventListener('focus', () => select(items.indexOf(item), false));
    items.push(item);
    list.append(el);
  }
  list.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
    const keys: Record<string, () => void> = {
      j: () => select(current + 1),
      k: () => select(current - 1),
      a: () => void decide(current, 'accept'),
      r: () => void decide(current, 'reject'),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    e.stopPropagation(); // the explorer's own shortcuts must not fire under the dialog
    act();
  });
  empty.hidden = items.length > 0;
  root.replaceChildren(help, list, empty);
  select(0, false);
}
