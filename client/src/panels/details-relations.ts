/** The details panel's links, grouped by type, each with its evidence. */
import type { NodeFields, RelationFields } from '../api/types.js';
import { typeLabel } from '../graph/elements.js';
import { groupRelations } from '../graph/relation-groups.js';
import { entityLink, evidenceList, kindBadge, period, statusBadge } from './badges.js';
import { relationDateMark } from './date-unknown.js';
import { h } from './dom.js';
import { countWords } from '../graph/plural.js';

/** Quotes shown per link before "show more": enough to judge, short enough to scan. */
const QUOTES_PER_LINK = 2;

/** Sections of links of `entityId`; `onOpen` selects (and if needed adds) the entity at the other end. */
export function relationsSection(
  entityId: string,
  relations: RelationFields[],
  nodes: NodeFields[],
  onOpen: (id: string) => void,
): HTMLElement {
  const groups = groupRelations(entityId, relations, nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const section = h(
    'section',
    { 'data-testid': 'relations', 'aria-label': 'Relationships' },
    h('h3', { className: 'section-title' }, `Relationships (${total})`),
  );
  if (total === 0) section.append(h('p', { className: 'muted small' }, 'No links recorded.'));
  for (const group of groups) {
    const details = h(
      'details',
      {
        className: 'rel-group',
        open: groups.length <= 4 || group.items.length <= 3,
        'data-type': group.type,
      },
      h(
        'summary',
        {},
        typeLabel(group.type),
        h('span', { className: 'count' }, ` (${group.items.length})`),
      ),
    );
    for (const item of group.items) {
      const r = item.relation;
      details.append(
        h(
          'div',
          { className: 'rel-item', 'data-relation-id': r.id },
          h(
            'div',
            { className: 'rel-item-head' },
            h(
              'span',
              {
                className: 'hop-arrow',
                title: item.direction === 'out' ? 'this entity → other' : 'other → this entity',
              },
              item.direction === 'out' ? '→' : '←',
            ),
            kindBadge(item.other.kind),
            entityLink(item.other, onOpen),
            statusBadge(r.status),
            period(r.since, r.until)
              ? h('span', { className: 'small muted' }, period(r.since, r.until))
              : relationDateMark(r, byId),
            h(
              'span',
              { className: 'small muted' },
              countWords(r.independentSources, 'independent source'),
            ),
          ),
          evidenceList(r.evidence, QUOTES_PER_LINK),
        ),
      );
    }
    section.append(details);
  }
  return section;
}
