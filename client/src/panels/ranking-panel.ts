/** "Ranking": the most central entities by degree or betweenness; can size the graph's nodes. */
import { fetchRanking, type RankBy, type RankedFields } from '../api/analysis.js';
import type { EntityKind } from '../api/types.js';
import { ENTITY_KINDS } from '../graph/kinds.js';
import { rankSizes, scoreOf, sizeLegend } from '../graph/rank-size.js';
import { kindBadge } from './badges.js';
import { h, replaceChildren } from './dom.js';

/** Entries fetched: the list shows the first few, sizing uses them all. */
const FETCHED = 200;
const LISTED = 10;

export interface RankingHooks {
  focus(id: string): void;
  /** Sizes the graph's nodes (by id), or restores the usual sizes with null. */
  sizeNodes(sizes: Map<string, number> | null): void;
}

/** Mounts the panel in `root`. */
export function createRankingPanel(root: HTMLElement, hooks: RankingHooks) {
  const by = h(
    'select',
    { 'aria-label': 'Rank by', 'data-testid': 'rank-by' },
    h('option', { value: 'DEGREE' }, 'Degree'),
    h('option', { value: 'BETWEENNESS' }, 'Betweenness'),
  );
  const kind = h(
    'select',
    { 'aria-label': 'Kind', 'data-testid': 'rank-kind' },
    h('option', { value: '' }, 'All kinds'),
    ...ENTITY_KINDS.map((k) => h('option', { value: k }, k)),
  );
  const size = h('input', { type: 'checkbox', 'data-testid': 'rank-size' });
  const legend = h('p', { className: 'small muted', 'data-testid': 'rank-legend', hidden: true });
  const list = h('ol', { className: 'analysis-list', 'data-testid': 'rank-list' });
  let ranking: RankedFields[] = [];

  const applySize = () => {
    const rankBy = by.value as RankBy;
    hooks.sizeNodes(size.checked ? rankSizes(ranking, rankBy) : null);
    legend.hidden = !size.checked;
    legend.textContent = sizeLegend(ranking, rankBy);
  };

  async function load() {
    const rankBy = by.value as RankBy;
    root.setAttribute('aria-busy', 'true');
    try {
      ranking = await fetchRanking(rankBy, kind.value ? [kind.value as EntityKind] : null, FETCHED);
      replaceChildren(
        list,
        ...ranking
          .slice(0, LISTED)
          .map((r) =>
            h(
              'li',
              { 'data-entity-id': r.entity.id },
              kindBadge(r.entity.kind),
              h(
                'button',
                { type: 'button', className: 'btn link', onclick: () => hooks.focus(r.entity.id) },
                r.entity.name,
              ),
              h(
                'span',
                { className: 'small muted' },
                ` ${rankBy === 'DEGREE' ? scoreOf(r, rankBy) : scoreOf(r, rankBy).toFixed(3)}`,
              ),
            ),
          ),
      );
      applySize();
    } catch (error) {
      replaceChildren(
        list,
        h('li', { className: 'small' }, `Could not load: ${(error as Error).message}`),
      );
    } finally {
      root.removeAttribute('aria-busy');
    }
  }
  by.addEventListener('change', () => void load());
  kind.addEventListener('change', () => void load());
  size.addEventListener('change', applySize);

  const loadButton = h(
    'button',
    {
      type: 'button',
      className: 'btn small',
      'data-testid': 'rank-load',
      onclick: () => void load(),
    },
    'Rank',
  );
  root.append(
    h('h2', { id: 'ranking-title' }, 'Ranking'),
    h('div', { className: 'analysis-controls' }, by, kind, loadButton),
    h('label', { className: 'small' }, size, ' Size nodes by this score'),
    legend,
    list,
  );
  return {
    /** Sizes nodes again after the view changed (new nodes). */
    refresh() {
      if (size.checked) applySize();
    },
  };
}
