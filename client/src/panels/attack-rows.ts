/** The attacks table's header (sort buttons) and rows; the controller is attacks-view.ts. */
import type { AttackRow } from '../api/types.js';
import {
  ariaSort,
  figuresBySource,
  perpetratorText,
  type SortColumn,
  type TableSort,
} from '../graph/attack-table.js';
import { sourceCitation } from './badges.js';
import { h } from './dom.js';

const COLUMNS: [string, SortColumn | null][] = [
  ['Date', 'date'],
  ['Attack', 'name'],
  ['Place', null],
  ['State', null],
  ['Perpetrators (status)', null],
  ['Killed, per source', 'killed'],
  ['Wounded, per source', 'wounded'],
  ['Sources', null],
];

/** The header row; sortable columns are buttons that call `onSort`. */
export function headerRow(sort: TableSort, onSort: (column: SortColumn) => void): HTMLElement {
  return h(
    'tr',
    {},
    ...COLUMNS.map(([label, column]) =>
      h(
        'th',
        { scope: 'col', 'aria-sort': column ? ariaSort(sort, column) : null },
        column
          ? h(
              'button',
              {
                type: 'button',
                className: 'sort-button',
                'data-sort': column,
                onclick: () => onSort(column),
              },
              label,
              h('span', { 'aria-hidden': 'true' }, arrow(sort, column)),
            )
          : label,
      ),
    ),
  );
}

function arrow(sort: TableSort, column: SortColumn): string {
  if (sort.column !== column) return '';
  return sort.direction === 'ASC' ? ' ▲' : ' ▼';
}

const lines = (items: string[]) =>
  items.length > 0 ? h('ul', { className: 'cell-list' }, ...items.map((i) => h('li', {}, i))) : '—';

/** Every source cited by the row, once: casualty reports first, then the attribution quotes. */
function sourcesOf(row: AttackRow) {
  const all = [
    ...row.casualtyReports.map((c) => c.source),
    ...row.perpetrators.flatMap((p) => p.relation.evidence.map((e) => e.source)),
  ];
  return [...new Map(all.map((s) => [s.id, s])).values()];
}

/** One attack; its name is the button that opens it in the graph. */
export function attackRow(row: AttackRow, onOpen: (row: AttackRow) => void): HTMLElement {
  const sources = sourcesOf(row);
  return h(
    'tr',
    { 'data-attack-id': row.id },
    h(
      'td',
      { className: 'nowrap' },
      row.date ?? h('span', { className: 'muted' }, 'date unknown'),
      row.date && row.dateApprox ? h('span', { className: 'muted small' }, ' (approx.)') : null,
    ),
    h(
      'td',
      {},
      h(
        'button',
        {
          type: 'button',
          className: 'btn link',
          title: 'Open in the graph',
          'data-testid': 'attack-open',
          onclick: () => onOpen(row),
        },
        row.name,
      ),
      row.attackType ? h('div', { className: 'muted small' }, row.attackType) : null,
    ),
    h('td', {}, row.place?.name ?? '—'),
    h('td', {}, row.state?.name ?? '—'),
    h('td', {}, lines(row.perpetrators.map(perpetratorText))),
    h('td', { 'data-column': 'killed' }, lines(figuresBySource(row, 'killed'))),
    h('td', { 'data-column': 'wounded' }, lines(figuresBySource(row, 'wounded'))),
    h(
      'td',
      {},
      sources.length > 0
        ? h('ul', { className: 'cell-list' }, ...sources.map((s) => h('li', {}, sourceCitation(s))))
        : '—',
    ),
  );
}
