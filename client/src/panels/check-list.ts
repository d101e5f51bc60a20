/**
 * A list of checkboxes updated in place (keyed rows), so a re-render after each click keeps the
 * focus on the box the user just toggled.
 */
import { h } from './dom.js';

/** One row. */
export interface CheckItem {
  key: string;
  label: string;
  count: number;
  /** How many of `count` the filters leave shown, when not all of them. */
  shown?: number;
  checked: boolean;
  /** Optional leading element (a swatch or glyph). */
  lead?: () => Element;
  title?: string;
}

/** Brings `list` in line with `items`; `onToggle(key, checked)` fires on user changes. */
export function syncCheckList(
  list: HTMLUListElement,
  items: CheckItem[],
  onToggle: (key: string, checked: boolean) => void,
): void {
  const existing = new Map<string, HTMLLIElement>();
  list
    .querySelectorAll<HTMLLIElement>(':scope > li')
    .forEach((li) => existing.set(li.dataset.key ?? '', li));
  const wanted = new Set(items.map((i) => i.key));
  for (const [key, li] of existing) if (!wanted.has(key)) li.remove();
  items.forEach((item, index) => {
    let li = existing.get(item.key);
    if (!li) {
      const box = h('input', { type: 'checkbox', 'data-key': item.key });
      box.addEventListener('change', () => onToggle(item.key, box.checked));
      li = h(
        'li',
        { 'data-key': item.key },
        h('label', { title: item.title }, box, item.lead?.() ?? null, h('span', {}, item.label)),
        h('span', { className: 'count' }),
      );
    }
    const box = li.querySelector('input')!;
    box.checked = item.checked;
    const count = li.querySelector<HTMLElement>('.count')!;
    const partial = item.shown !== undefined && item.shown !== item.count;
    count.textContent = partial ? `${item.shown} / ${item.count}` : String(item.count);
    count.title = partial ? `${item.shown} of ${item.count} shown with the current filters` : '';
    li.classList.toggle('muted', item.count === 0);
    if (list.children[index] !== li) list.insertBefore(li, list.children[index] ?? null);
  });
}
