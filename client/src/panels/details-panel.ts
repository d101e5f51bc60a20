/**
 * The details panel: a node's properties, aliases, where the sources name it, its casualty reports
 * (attacks) and its links grouped by type with evidence; or one link with all its evidence.
 */
import { fetchEntityDetails } from '../api/entity-details.js';
import { isAbort, isOutage } from '../api/errors.js';
import type { EntityDetails, NodeFields, RelationFields, SubgraphFields } from '../api/types.js';
import { typeLabel } from '../graph/elements.js';
import { linksOf } from '../graph/relation-groups.js';
import { entityLink, evidenceList, kindBadge, period, statusBadge } from './badges.js';
import { casualtySection } from './casualty-table.js';
import { nodeDateMark, relationDateMark } from './date-unknown.js';
import { edgeExtensions, nodeExtensions } from './details-extensions.js';
import { relationsSection } from './details-relations.js';
import { h, replaceChildren } from './dom.js';
import { nodeActions, type NodeActions } from './node-actions.js';
import { webLink } from './web-link.js';
import { countWords } from '../graph/plural.js';

/** Latitude and longitude as the dataset gives them, or nothing when either is unknown. */
function coordinates(e: EntityDetails): string | null {
  if (e.latitude == null || e.longitude == null) return null;
  return `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}`;
}

/**
 * The entity's links to other entities, the same count as "Relationships (N)" below; the API's
 * `degree` also counts casualty reports and near-copy links, so the difference is named.
 */
function linkCount(e: EntityDetails, sub: SubgraphFields): HTMLElement {
  const listed = linksOf(e.id, sub.relations).length;
  const others = e.degree - listed;
  return h(
    'span',
    {
      'data-testid': 'link-count',
      title: 'Links to other entities, of every type and status, as listed under Relationships',
    },
    sub.truncated ? `${listed}+` : String(listed),
    others > 0 && !sub.truncated
      ? h(
          'span',
          { className: 'small muted' },
          ` (${e.degree} relationships in all, with casualty reports and near-copy links)`,
        )
      : null,
  );
}

function properties(
  e: EntityDetails,
  sub: SubgraphFields,
  onOpen: (id: string) => void,
): HTMLElement {
  const rows: [string, Node | string | null | undefined][] = [
    ['Id', e.id],
    ['Role', e.role],
    ['Date', e.date ? `${e.date}${e.dateApprox ? ' (approximate)' : ''}` : nodeDateMark(e)],
    ['Date basis', e.dateBasis],
    ['Type', e.attackType ?? e.placeType ?? e.orgType],
    ['Event type', e.eventType],
    ['Target', e.target],
    ['Target type', e.targetType],
    ['Weapon', e.weaponType],
    ['Coordinates', coordinates(e)],
    [
      'Dataset citations',
      e.citations?.length ? h('ul', {}, ...e.citations.map((c) => h('li', {}, c))) : null,
    ],
    ['Place', e.place ? entityLink(e.place, onOpen) : null],
    ['State', e.state ? entityLink(e.state, onOpen) : null],
    ['Within', e.within ? entityLink(e.within, onOpen) : null],
    ['ISO code', e.iso2],
    ['Title', e.title && e.title !== e.name ? e.title : null],
    ['Publisher', e.publisher],
    ['URL', e.url ? webLink(e.url, e.url) : null],
    [
      'Duplicate of',
      e.duplicateOf?.[0]
        ? entityLink(
            { id: e.duplicateOf[0].source.id, name: e.duplicateOf[0].source.title },
            onOpen,
          )
        : null,
    ],
    ['Links', linkCount(e, sub)],
    ['Last updated', e.updatedAt ? e.updatedAt.slice(0, 10) : null],
  ];
  return h(
    'dl',
    { className: 'props' },
    ...rows
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

function nodeView(e: EntityDetails, sub: SubgraphFields, actions: NodeActions): HTMLElement {
  return h(
    'article',
    { 'data-testid': 'details', 'data-entity-id': e.id, 'aria-label': `Details of ${e.name}` },
    h(
      'div',
      { className: 'details-head' },
      h('div', {}, kindBadge(e.kind), h('h2', { 'data-testid': 'details-name' }, e.name)),
    ),
    e.aliases.length
      ? h(
          'div',
          { 'aria-label': 'Also known as' },
          ...e.aliases.map((a) => h('span', { className: 'chip' }, a)),
        )
      : null,
    nodeActions(e.id, actions),
    ...nodeExtensions(e),
    e.description ? h('p', {}, e.description) : null,
    properties(e, sub, actions.open),
    e.casualtyReports ? casualtySection(e.casualtyReports) : null,
    e.evidence.length
      ? h(
          'section',
          {},
          h('h3', { className: 'section-title' }, `Named in (${e.evidence.length})`),
          evidenceList(e.evidence, 3),
        )
      : null,
    relationsSection(e.id, sub.relations, sub.nodes, actions.open),
    sub.truncated
      ? h('p', { className: 'small muted' }, 'Only the first 500 links are listed.')
      : null,
  );
}

/** One link with all its evidence. */
function edgeView(
  r: RelationFields,
  nodes: Map<string, NodeFields>,
  actions: NodeActions,
): HTMLElement {
  const end = (id: string) => nodes.get(id) ?? { id, name: id, kind: null };
  const from = end(r.from.id);
  const to = end(r.to.id);
  return h(
    'article',
    {
      'data-testid': 'details',
      'data-relation-id': r.id,
      'aria-label': `Link ${typeLabel(r.type)}`,
    },
    h('h2', {}, typeLabel(r.type)),
    h(
      'p',
      { className: 'hop-line' },
      kindBadge(from.kind),
      entityLink(from, actions.open),
      h('span', { className: 'hop-arrow' }, '→'),
      kindBadge(to.kind),
      entityLink(to, actions.open),
    ),
    h(
      'p',
      { className: 'hop-line' },
      statusBadge(r.status),
      period(r.since, r.until),
      relationDateMark(r, nodes),
      h(
        'span',
        { className: 'small muted' },
        `${countWords(r.independentSources, 'independent source')}, ${countWords(r.evidence.length, 'quote')}`,
      ),
    ),
    h('h3', { className: 'section-title' }, 'Evidence'),
    evidenceList(r.evidence),
    ...edgeExtensions(r, nodes),
  );
}

/** The panel; `showNode` fetches (once per id), `showEdge` renders from what the canvas holds. */
export function createDetailsPanel(root: HTMLElement, actions: NodeActions) {
  const cache = new Map<string, { entity: EntityDetails | null; neighborhood: SubgraphFields }>();
  let controller: AbortController | null = null;
  let shown: string | null = null;
  /** The node last asked for, kept when its fetch fails so a retry can ask again. */
  let requested: string | null = null;

  const placeholder = () =>
    replaceChildren(
      root,
      h(
        'p',
        { className: 'muted' },
        'Select a node or a link to read its details and the evidence behind it.',
      ),
    );
  placeholder();

  async function showNode(id: string, force = false): Promise<void> {
    if (shown === id && !force) return;
    shown = id;
    requested = id;
    controller?.abort();
    controller = new AbortController();
    const cached = cache.get(id);
    if (!cached)
      replaceChildren(
        root,
        h('p', { className: 'muted', 'aria-busy': 'true' }, 'Loading details…'),
      );
    try {
      const data = cached ?? (await fetchEntityDetails(id, controller.signal));
      cache.set(id, data);
      if (shown !== id) return;
      replaceChildren(
        root,
        data.entity
          ? nodeView(data.entity, data.neighborhood, actions)
          : h('p', {}, `No entity with id “${id}”.`),
      );
    } catch (error) {
      if (isAbort(error)) return;
      shown = null;
      const retry = h(
        'button',
        { type: 'button', className: 'btn small', onclick: () => void showNode(id) },
        'Try again',
      );
      replaceChildren(
        root,
        h(
          'p',
          { role: 'alert' },
          isOutage(error)
            ? 'The API is not reachable. '
            : `Could not load details: ${(error as Error).message} `,
          retry,
        ),
      );
    }
  }

  return {
    showNode,
    showEdge(relation: RelationFields, nodes: Map<string, NodeFields>) {
      shown = relation.id;
      requested = null;
      controller?.abort();
      replaceChildren(root, edgeView(relation, nodes, actions));
    },
    clear() {
      shown = null;
      requested = null;
      controller?.abort();
      placeholder();
    },
    /** Redraws the node shown (e.g. after it was pinned) from cache. */
    refresh() {
      if (shown && cache.has(shown)) void showNode(shown, true);
    },
    /** Fetches the node last asked for again (after an outage). */
    reload() {
      cache.clear();
      if (requested && (shown === null || shown === requested)) void showNode(requested, true);
    },
  };
}
