/** "Common neighbours": entities linked to both of two actors, with the links on each side. */
import { fetchCommonNeighbors, type ViaLink } from '../api/analysis.js';
import { kindBadge } from './badges.js';
import { h, replaceChildren } from './dom.js';
import { entityCombobox } from './entity-combobox.js';

type Actor = { id: string; name: string } | null;

export interface CommonNeighboursHooks {
  /** The node selected in the graph, if any. */
  selected(): Actor;
  /** Focuses an entity in the graph (adding it when it is not there). */
  focus(id: string): void;
}

const linkText = (links: ViaLink[]) =>
  links
    .map((l) => `${l.type.toLowerCase().replace(/_/g, ' ')}${l.status ? ` (${l.status})` : ''}`)
    .join(', ');

/** Mounts the panel in `root`. */
export function createCommonNeighboursPanel(root: HTMLElement, hooks: CommonNeighboursHooks) {
  const actors: [Actor, Actor] = [null, null];
  const result = h('div', { 'data-testid': 'common-results', 'aria-live': 'polite' });
  const slot = (i: 0 | 1, label: string) => {
    const shown = h(
      'span',
      { className: 'small muted', 'data-testid': `common-${i ? 'b' : 'a'}-chosen` },
      'not chosen',
    );
    const combo = entityCombobox({
      label,
      placeholder: `${label}…`,
      testId: `common-${i ? 'b' : 'a'}`,
      onChoose: (e) => (combo.clear(), choose(i, { id: e.id, name: e.name })),
    });
    const useSelected = h(
      'button',
      {
        type: 'button',
        className: 'btn small',
        'data-testid': `common-${i ? 'b' : 'a'}-selected`,
        onclick: () => choose(i, hooks.selected()),
      },
      'Use selected node',
    );
    const choose = (index: 0 | 1, actor: Actor) => {
      if (!actor) return void (shown.textContent = 'select a node in the graph first');
      actors[index] = actor;
      shown.textContent = actor.name;
      void run();
    };
    return h('div', { className: 'common-slot' }, combo.root, useSelected, shown);
  };

  async function run() {
    const [a, b] = actors;
    if (!a || !b) return;
    if (a.id === b.id)
      return replaceChildren(
        result,
        h('p', { className: 'small' }, 'Choose two different actors.'),
      );
    root.setAttribute('aria-busy', 'true');
    try {
      const found = await fetchCommonNeighbors(a.id, b.id);
      replaceChildren(
        result,
        h(
          'p',
          { className: 'small' },
          `${found.length} common ${found.length === 1 ? 'neighbour' : 'neighbours'} of ${a.name} and ${b.name}`,
        ),
        h(
          'ul',
          { className: 'analysis-list' },
          ...found.map((n) =>
            h(
              'li',
              { 'data-entity-id': n.node.id },
              kindBadge(n.node.kind),
              h(
                'button',
                { type: 'button', className: 'btn link', onclick: () => hooks.focus(n.node.id) },
                n.node.name,
              ),
              h('div', { className: 'small muted' }, `${a.name}: ${linkText(n.viaA)}`),
              h('div', { className: 'small muted' }, `${b.name}: ${linkText(n.viaB)}`),
            ),
          ),
        ),
      );
    } catch (error) {
      replaceChildren(
        result,
        h('p', { className: 'small' }, `Could not load: ${(error as Error).message}`),
      );
    } finally {
      root.removeAttribute('aria-busy');
    }
  }

  root.append(
    h('h2', { id: 'common-title' }, 'Common neighbours'),
    slot(0, 'First actor'),
    slot(1, 'Second actor'),
    result,
  );
}
