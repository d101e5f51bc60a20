/**
 * The attacks view: a table over the `attacks` query with its filters, server-side sorting,
 * cursor paging and a CSV export with citations. A click on an attack's name opens it in the graph.
 */
import { fetchAttackPage, type AttackFilterInput, type AttackPage } from '../api/attacks.js';
import { isAbort } from '../api/errors.js';
import type { AttackRow } from '../api/types.js';
import { attacksCsv, barFilter, DEFAULT_SORT, nextSort, orderOf } from '../graph/attack-table.js';
import { attackRow, headerRow } from './attack-rows.js';
import { h, replaceChildren } from './dom.js';
import { entityChips, type ChipEntity } from './entity-chips.js';

/** At most this many rows go into one CSV export (the API's page size times 20). */
const MAX_EXPORT_PAGES = 20;

export interface AttacksViewHooks {
  open(row: AttackRow): void;
  save(name: string, csv: string): void;
}

/** Builds the view in `root`; `filterTo` narrows it (a chart bar) and `reload` refreshes it. */
export function createAttacksView(root: HTMLElement, hooks: AttacksViewHooks) {
  let filter: AttackFilterInput = {};
  let sort = DEFAULT_SORT;
  let pageSize = 20;
  /** Cursors of the pages before the current one ('' for the first). */
  let cursors: (string | null)[] = [null];
  let page: AttackPage | null = null;
  let controller: AbortController | null = null;
  /** True once a page was asked for: showing the view again keeps its page. */
  let requested = false;

  const chips = {
    groupIds: entityChips({
      label: 'Groups',
      kinds: ['Group', 'Person'],
      testId: 'attacks-group',
      onChange: (c) => setFilter({ groupIds: ids(c) }),
    }),
    stateIds: entityChips({
      label: 'State',
      kinds: ['State'],
      testId: 'attacks-state',
      onChange: (c) => setFilter({ stateIds: ids(c) }),
    }),
    placeIds: entityChips({
      label: 'Place',
      kinds: ['Place'],
      testId: 'attacks-place',
      onChange: (c) => setFilter({ placeIds: ids(c) }),
    }),
  };
  const field = (label: string, attrs: Record<string, string>) => {
    const input = h('input', { 'aria-label': label, ...attrs });
    input.addEventListener('change', () => setFilter(textFilters()));
    return input;
  };
  const kinds = field('Kinds of attack', {
    placeholder: 'Kinds, comma-separated',
    'data-testid': 'attacks-kinds',
  });
  const from = field('From', { placeholder: 'From (YYYY-MM)', 'data-testid': 'attacks-from' });
  const to = field('To', { placeholder: 'To (YYYY-MM)', 'data-testid': 'attacks-to' });
  const minKilled = field('At least killed', {
    type: 'number',
    min: '0',
    placeholder: 'Min. killed',
    'data-testid': 'attacks-min-killed',
  });
  const textFilters = (): AttackFilterInput => ({
    attackTypes: kinds.value
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    from: from.value.trim() || undefined,
    to: to.value.trim() || undefined,
    minKilled: minKilled.value === '' ? undefined : Number(minKilled.value),
  });

  const summary = h('p', {
    className: 'small',
    'aria-live': 'polite',
    'data-testid': 'attacks-summary',
  });
  const head = h('thead', {});
  const body = h('tbody', {});
  const prev = h(
    'button',
    { type: 'button', className: 'btn small', 'data-testid': 'attacks-prev' },
    'Previous',
  );
  const next = h(
    'button',
    { type: 'button', className: 'btn small', 'data-testid': 'attacks-next' },
    'Next',
  );
  const size = h(
    'select',
    { 'aria-label': 'Rows per page', 'data-testid': 'attacks-page-size' },
    ...[10, 20, 50, 100].map((n) =>
      h('option', { value: String(n), selected: n === pageSize }, `${n} rows`),
    ),
  );
  const exportButton = h(
    'button',
    { type: 'button', className: 'btn small', 'data-testid': 'attacks-export' },
    'Export CSV (with citations)',
  );
  prev.addEventListener('click', () => void load(cursors.length - 2));
  next.addEventListener('click', () => void load(cursors.length, page?.pageInfo.endCursor ?? null));
  size.addEventListener('change', () => ((pageSize = Number(size.value)), void load(0)));
  exportButton.addEventListener('click', () => void exportCsv());

  root.append(
    h('h2', { className: 'visually-hidden' }, 'Attacks'),
    h(
      'div',
      { className: 'attacks-filters', role: 'group', 'aria-label': 'Attack filters' },
      chips.groupIds.root,
      chips.stateIds.root,
      chips.placeIds.root,
      kinds,
      from,
      to,
      minKilled,
    ),
    summary,
    h(
      'div',
      { className: 'table-scroll' },
      h('table', { className: 'attacks-table', 'data-testid': 'attacks-table' }, head, body),
    ),
    h('div', { className: 'attacks-pager' }, prev, next, size, exportButton),
  );

  function setFilter(change: AttackFilterInput) {
    filter = { ...filter, ...change };
    void load(0);
  }

  /** Loads page `index`, which starts after `after` (the first page after nothing). */
  async function load(index: number, after: string | null = cursors[index] ?? null): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    requested = true;
    cursors = [...cursors.slice(0, index), after];
    replaceChildren(
      head,
      headerRow(sort, (column) => ((sort = nextSort(sort, column)), void load(0))),
    );
    root.setAttribute('aria-busy', 'true');
    try {
      const variables = { filter, first: pageSize, after, orderBy: orderOf(sort) };
      page = await fetchAttackPage(variables, controller.signal);
      render(index);
    } catch (error) {
      if (isAbort(error)) return;
      replaceChildren(
        summary,
        `The attacks could not be loaded: ${(error as Error).message} `,
        h(
          'button',
          {
            type: 'button',
            className: 'btn small',
            'data-testid': 'attacks-retry',
            onclick: () => void load(index, after),
          },
          'Retry',
        ),
      );
      replaceChildren(body);
    } finally {
      root.removeAttribute('aria-busy');
    }
  }

  function render(index: number) {
    if (!page) return;
    const start = index * pageSize;
    const n = page.edges.length;
    summary.textContent =
      page.totalCount === 0
        ? 'No attacks match these filters.'
        : `${start + 1}–${start + n} of ${page.totalCount} ${page.totalCount === 1 ? 'attack' : 'attacks'}`;
    replaceChildren(body, ...page.edges.map((e) => attackRow(e.node, hooks.open)));
    prev.disabled = index === 0;
    next.disabled = !page.pageInfo.hasNextPage;
    exportButton.disabled = page.totalCount === 0;
  }

  async function exportCsv() {
    const rows: AttackRow[] = [];
    let after: string | null = null;
    let total = 0;
    try {
      for (let i = 0; i < MAX_EXPORT_PAGES; i++) {
        const got: AttackPage = await fetchAttackPage({
          filter,
          first: 100,
          after,
          orderBy: orderOf(sort),
        });
        rows.push(...got.edges.map((e) => e.node));
        total = got.totalCount;
        if (!got.pageInfo.hasNextPage) break;
        after = got.pageInfo.endCursor;
      }
    } catch (error) {
      summary.textContent = `The export failed: ${(error as Error).message}`;
      return;
    }
    if (rows.length < total)
      summary.textContent = `Exported the first ${rows.length} of ${total} attacks; narrow the filters for the rest.`;
    hooks.save(`actorgraph-attacks-${new Date().toISOString().slice(0, 10)}.csv`, attacksCsv(rows));
  }

  return {
    /** Loads the current page again (after an outage), when one was asked for. */
    reload() {
      if (requested) void load(cursors.length - 1);
    },
    /** Loads the first page when the view is first shown. */
    show() {
      if (!requested) void load(0);
    },
    /** Narrows to the box drawn on the map (null: no box), keeping the other filters. */
    filterWithin(within: AttackFilterInput['within'] | null) {
      filter = { ...filter, within: within ?? undefined };
      return load(0);
    },
    /** Narrows to a chart bar: its months, and its group (which replaces the chosen groups). */
    filterTo(period: string, group: ChipEntity | null) {
      const bar = barFilter(period, group?.id ?? null);
      from.value = bar.from;
      to.value = bar.to;
      chips.groupIds.set(bar.groupIds.length > 0 && group ? [group] : []);
      filter = { ...filter, ...bar };
      return load(0);
    },
  };
}

const ids = (chosen: ChipEntity[]) => chosen.map((c) => c.id);
