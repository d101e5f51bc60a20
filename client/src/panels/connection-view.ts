/**
 * What the two ends of a trace share, from `connection`: direct links, common neighbours, shared
 * attacks and shared places, each a list of entities to open.
 */
import type { ConnectionFields } from '../api/paths.js';
import type { NodeFields } from '../api/types.js';
import { typeLabel } from '../graph/elements.js';
import { entityLink, kindBadge, statusBadge } from './badges.js';
import { h } from './dom.js';

type Open = (id: string) => void;

function part(title: string, testId: string, items: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { className: 'connection-part', 'data-testid': testId },
    h('h4', {}, `${title} (${items.length})`),
    items.length > 0 ? h('ul', {}, ...items) : h('p', { className: 'muted small' }, 'None.'),
  );
}

const entityItem = (e: NodeFields, open: Open) =>
  h('li', {}, kindBadge(e.kind), entityLink(e, open));

/** The four parts, in the order an analyst asks: linked directly? through whom? where? what? */
export function connectionView(
  connection: ConnectionFields,
  name: (id: string) => string,
  open: Open,
): HTMLElement {
  return h(
    'div',
    { className: 'connection', 'data-testid': 'trace-connection', 'aria-label': 'What they share' },
    part(
      'Direct links',
      'connection-direct',
      connection.direct.map((r) =>
        h(
          'li',
          {},
          `${name(r.from.id)} —${typeLabel(r.type)}→ ${name(r.to.id)} `,
          statusBadge(r.status),
        ),
      ),
    ),
    part(
      'Common neighbours',
      'connection-neighbours',
      connection.commonNeighbors.map((n) => entityItem(n.node, open)),
    ),
    part(
      'Shared attacks',
      'connection-attacks',
      connection.sharedAttacks.map((e) => entityItem(e, open)),
    ),
    part(
      'Shared places',
      'connection-places',
      connection.sharedPlaces.map((e) => entityItem(e, open)),
    ),
  );
}
