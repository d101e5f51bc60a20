/**
 * The review workbench: an "Add source" button in the toolbar opens it. After a source is added it
 * flags near-copies and already-stored texts first, then shows the text with the names of the graph
 * linked to their nodes and new names marked, beside the queue of proposed links.
 */
import { acceptProposal, fetchReview, rejectProposal, type AddedSource } from '../api/review.js';
import { reviewRuns } from '../graph/review-marks.js';
import { mountAddSourceForm } from './add-source-form.js';
import { h } from './dom.js';
import { mountReviewQueue } from './review-queue.js';

export interface WorkbenchActions {
  /** Relationship types of the vocabulary. */
  types(): readonly string[];
  /** Shows an entity of the graph (a mention clicked). */
  open(id: string): void;
  /** Shows an accepted link's ends with their neighbourhoods fetched afresh. */
  showAccepted(from: string, to: string): Promise<void>;
}

/** Adds the "Add source" button to `toolbar`. */
export function mountReviewWorkbench(toolbar: HTMLElement, a: WorkbenchActions): void {
  const opener = h(
    'button',
    {
      type: 'button',
      className: 'btn',
      'data-testid': 'open-workbench',
      'aria-haspopup': 'dialog',
    },
    'Add source',
  );
  opener.addEventListener('click', () => open(opener, a));
  toolbar.append(opener);
}

function open(opener: HTMLElement, a: WorkbenchActions): void {
  const status = h('p', { role: 'status', 'aria-live': 'polite', 'data-testid': 'wb-status' });
  const body = h('div', { className: 'wb-body' });
  const close = () => {
    dialog.remove();
    opener.focus();
  };
  const dialog = h(
    'section',
    {
      className: 'workbench',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'wb-title',
      'data-testid': 'workbench',
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === 'Escape') close();
      },
    },
    h(
      'header',
      {},
      h('h2', { id: 'wb-title' }, 'Add and review a source'),
      h(
        'button',
        { type: 'button', className: 'btn small', 'aria-label': 'Close', onclick: close },
        '×',
      ),
    ),
    status,
    body,
  );
  document.body.append(dialog);
  const say = (message: string) => (status.textContent = message);
  mountAddSourceForm(body, say, (added) => void review(added, body, say, a)).focus();
}

/** The flag shown before any review: the text is stored already, or is a near-copy of others. */
function duplicateFlag(added: AddedSource): HTMLElement | null {
  const copies = added.duplicates.map(
    (d) => `“${d.source.title}” (${Math.round(d.similarity * 100)}% alike)`,
  );
  if (added.created && copies.length === 0) return null;
  const lines = [
    added.created ? '' : 'This exact text is in the graph already; its open proposals follow.',
    copies.length > 0 ? `Near-copy of ${copies.join(', ')}: it adds no independent source.` : '',
  ].filter(Boolean);
  return h(
    'p',
    { className: 'wb-flag', role: 'alert', 'data-testid': 'duplicate-flag' },
    lines.join(' '),
  );
}

async function review(
  added: AddedSource,
  body: HTMLElement,
  say: (m: string) => void,
  a: WorkbenchActions,
): Promise<void> {
  const source = await fetchReview(added.source.id).catch((error: Error) => {
    say(`Could not read the source back: ${error.message}`);
    return null;
  });
  if (!source?.text) return;
  const reading = h('div', {
    className: 'wb-text source-text',
    'data-testid': 'review-text',
    'data-source-id': source.id,
    tabindex: 0,
    'aria-label': `Text of ${source.title}`,
  });
  reading.append(
    ...reviewRuns(
      source.text,
      source.mentions.map((m) => ({
        offset: m.offset,
        length: m.text.length,
        entityId: m.entity?.id ?? null,
        kind: m.entity?.kind ?? m.kind,
      })),
    ).map(({ text, mention }) => {
      if (!mention) return document.createTextNode(text);
      const id = mention.entityId;
      return id
        ? h(
            'button',
            {
              type: 'button',
              className: 'wb-mention known',
              'data-testid': 'mention-known',
              'data-entity-id': id,
              title: `${mention.kind ?? ''} in the graph: show it`,
              onclick: () => a.open(id),
            },
            text,
          )
        : h(
            'mark',
            {
              className: 'wb-mention unknown',
              'data-testid': 'mention-unknown',
              title: `Not in the graph${mention.kind ? ` (${mention.kind}?)` : ''}`,
            },
            text,
          );
    }),
  );
  const queue = h('div', { className: 'wb-queue-wrap' });
  mountReviewQueue(queue, source.proposals, {
    types: a.types,
    accept: async (p, type) => {
      const relation = await acceptProposal(p.id, type === p.type ? undefined : type).catch(
        (error: Error) => (say(`Could not accept: ${error.message}`), Promise.reject(error)),
      );
      say(`Accepted: ${p.from.name} ${type} ${p.to.name}. It is in the graph.`);
      // Drawn in the background: the queue moves on at once, the graph follows.
      void a.showAccepted(relation.from.id, relation.to.id);
    },
    reject: async (p) => {
      await rejectProposal(p.id).catch(
        (error: Error) => (say(`Could not reject: ${error.message}`), Promise.reject(error)),
      );
      say(`Rejected: ${p.from.name} ${p.type} ${p.to.name}.`);
    },
  });
  const flag = duplicateFlag(added);
  body.replaceChildren(
    ...(flag ? [flag] : []),
    h('div', { className: 'wb-review' }, reading, queue),
  );
  say(
    `“${source.title}”: ${source.mentions.length} names found, ${source.proposals.length} proposed links.`,
  );
  queue.querySelector<HTMLElement>('[role=listbox]')?.focus();
}
