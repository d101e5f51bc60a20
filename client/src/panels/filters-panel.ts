/**
 * Filters: node kinds, relationship types, statuses and an "as of" date. Counts are of what is in
 * view ("3 / 12" when the filters hide some), and a summary says what the filters hide, including
 * nodes left without links, and which of those stay and why.
 */
import type { EntityKind } from '../api/types.js';
import type { ViewSnapshot } from '../app/explorer.js';
import { typeLabel } from '../graph/elements.js';
import { emptyFilters, hasFilters, NO_STATUS, type FilterState } from '../graph/filters.js';
import { ENTITY_KINDS, glyphSvg, KIND_STYLES } from '../graph/kinds.js';
import { summaryText } from '../graph/filter-summary.js';
import { syncCheckList } from './check-list.js';
import { h, svgFromMarkup } from './dom.js';

/** Dates the "as of" field accepts, as the URL does. */
const AS_OF = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Statuses of the vocabulary, weakest to strongest; replaced by the server's list when it arrives. */
const DEFAULT_STATUSES = ['alleged', 'suspected', 'reported', 'claimed', 'confirmed'];

function toggled(list: string[], key: string, show: boolean): string[] {
  return show ? list.filter((k) => k !== key) : [...new Set([...list, key])];
}

/** Mounts the panel; `update` refreshes it from a snapshot; `setVocabulary` supplies statuses and type meanings. */
export function createFiltersPanel(root: HTMLElement, onChange: (f: FilterState) => void) {
  let filters = emptyFilters();
  let statuses = DEFAULT_STATUSES;
  let meanings = new Map<string, string>();
  const kinds = h('ul', { className: 'check-list', 'aria-label': 'Node kinds' });
  const types = h('ul', { className: 'check-list', 'aria-label': 'Relationship types' });
  const status = h('ul', { className: 'check-list', 'aria-label': 'Statuses' });
  // Text, not a date picker: the sources date things to the year or month as often as to the day.
  const asOf = h('input', {
    type: 'text',
    id: 'as-of',
    inputmode: 'numeric',
    placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
    'data-testid': 'as-of',
    'aria-describedby': 'as-of-help',
  });
  const reset = h(
    'button',
    {
      type: 'button',
      className: 'btn small',
      'data-testid': 'filters-reset',
      onclick: () => onChange(emptyFilters()),
    },
    'Reset filters',
  );
  const summary = h('p', {
    className: 'small muted',
    'data-testid': 'filter-summary',
    'aria-live': 'polite',
  });
  asOf.addEventListener('change', () => {
    const value = asOf.value.trim();
    const valid = value === '' || AS_OF.test(value);
    asOf.setAttribute('aria-invalid', String(!valid));
    if (valid) onChange({ ...filters, asOf: value || null });
  });

  root.append(
    h('h2', { id: 'filters-title' }, 'Filters'),
    summary,
    h('div', { className: 'filter-group' }, h('h3', {}, 'Kinds'), kinds),
    h('div', { className: 'filter-group' }, h('h3', {}, 'Relationships'), types),
    h('div', { className: 'filter-group' }, h('h3', {}, 'Status'), status),
    h(
      'div',
      { className: 'filter-group' },
      h('h3', {}, h('label', { for: 'as-of' }, 'As of')),
      asOf,
      h(
        'p',
        { id: 'as-of-help', className: 'small muted' },
        'Shows links in force and attacks that had happened by then (a link to an attack holds from its date). Undated ones are hidden unless “Include undated” (time bar). Enter a year, month or day.',
      ),
    ),
    reset,
  );

  return {
    setVocabulary(v: { statuses: string[]; relationTypes: { type: string; meaning: string }[] }) {
      statuses = v.statuses.length ? v.statuses : DEFAULT_STATUSES;
      meanings = new Map(v.relationTypes.map((t) => [t.type, t.meaning]));
    },
    update(s: ViewSnapshot) {
      filters = s.state.filters;
      const kindCount = new Map<string, number>();
      const kindShown = new Map<string, number>();
      const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
      for (const n of s.view.nodes.values()) {
        add(kindCount, n.kind);
        if (!s.visibility.hiddenNodes.has(n.id)) add(kindShown, n.kind);
      }
      const typeCount = new Map<string, number>(filters.hiddenTypes.map((t) => [t, 0]));
      const typeShown = new Map<string, number>();
      const statusCount = new Map<string, number>();
      const statusShown = new Map<string, number>();
      for (const r of s.view.relations.values()) {
        add(typeCount, r.type);
        add(statusCount, r.status ?? NO_STATUS);
        if (s.visibility.hiddenEdges.has(r.id)) continue;
        add(typeShown, r.type);
        add(statusShown, r.status ?? NO_STATUS);
      }
      summary.textContent = summaryText(s);
      syncCheckList(
        kinds,
        ENTITY_KINDS.map((k: EntityKind) => ({
          key: k,
          label: KIND_STYLES[k].plural,
          count: kindCount.get(k) ?? 0,
          shown: kindShown.get(k) ?? 0,
          checked: !filters.hiddenKinds.includes(k),
          lead: () =>
            h(
              'span',
              { className: 'legend-swatch', style: `color:${KIND_STYLES[k].color}` },
              svgFromMarkup(glyphSvg(k, KIND_STYLES[k].color)),
            ),
        })),
        (key, show) =>
          onChange({
            ...filters,
            hiddenKinds: toggled(filters.hiddenKinds, key, show) as EntityKind[],
          }),
      );
      syncCheckList(
        types,
        [...typeCount.keys()].sort().map((t) => ({
          key: t,
          label: typeLabel(t),
          count: typeCount.get(t) ?? 0,
          shown: typeShown.get(t) ?? 0,
          checked: !filters.hiddenTypes.includes(t),
          title: meanings.get(t),
        })),
        (key, show) =>
          onChange({ ...filters, hiddenTypes: toggled(filters.hiddenTypes, key, show) }),
      );
      if (typeCount.size === 0)
        types.replaceChildren(h('li', { className: 'muted small' }, 'None in view yet.'));
      else types.querySelector(':scope > li:not([data-key])')?.remove();
      syncCheckList(
        status,
        [...statuses, NO_STATUS].map((st) => ({
          key: st,
          label: st === NO_STATUS ? 'no status given' : st,
          count: statusCount.get(st) ?? 0,
          shown: statusShown.get(st) ?? 0,
          checked: !filters.hiddenStatuses.includes(st),
        })),
        (key, show) =>
          onChange({ ...filters, hiddenStatuses: toggled(filters.hiddenStatuses, key, show) }),
      );
      if (document.activeElement !== asOf) asOf.value = filters.asOf ?? '';
      reset.disabled = !hasFilters(filters);
    },
  };
}
