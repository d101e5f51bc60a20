/** The canvas context menu (ARIA menu pattern): opened by right-click, the context-menu key or Shift+F10. */
import { h, replaceChildren } from './dom.js';

/** One entry. */
export interface MenuItem {
  label: string;
  /** Shortcut shown beside the label. */
  shortcut?: string;
  disabled?: boolean;
  action: () => void;
}

/** Mounts the menu in `root` (positioned inside its parent); `restoreFocus` runs when it closes. */
export function createContextMenu(root: HTMLElement, restoreFocus: () => void) {
  let items: HTMLButtonElement[] = [];

  const close = (refocus = true) => {
    if (root.hidden) return;
    root.hidden = true;
    if (refocus) restoreFocus();
  };
  const move = (delta: number) => {
    const enabled = items.filter((b) => !b.disabled);
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement);
    enabled[(index + delta + enabled.length) % enabled.length]?.focus();
  };

  root.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Home') items.find((b) => !b.disabled)?.focus();
    else if (event.key === 'End')
      items
        .filter((b) => !b.disabled)
        .at(-1)
        ?.focus();
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close(false);
  });

  return {
    close,
    get open() {
      return !root.hidden;
    },
    /** Opens at (x, y) in the coordinates of the menu's positioned parent. */
    show(x: number, y: number, title: string, entries: MenuItem[]) {
      items = entries.map((entry) =>
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            tabindex: -1,
            disabled: entry.disabled ?? false,
            onclick: () => (close(), entry.action()),
          },
          h('span', {}, entry.label),
          entry.shortcut ? h('kbd', {}, entry.shortcut) : null,
        ),
      );
      replaceChildren(
        root,
        h('div', { className: 'menu-title', 'aria-hidden': 'true' }, title),
        ...items,
      );
      root.setAttribute('aria-label', `Actions for ${title}`);
      root.hidden = false;
      const parent = root.offsetParent as HTMLElement | null;
      const maxX = (parent?.clientWidth ?? window.innerWidth) - root.offsetWidth - 8;
      const maxY = (parent?.clientHeight ?? window.innerHeight) - root.offsetHeight - 8;
      root.style.left = `${Math.max(8, Math.min(x, maxX))}px`;
      root.style.top = `${Math.max(8, Math.min(y, maxY))}px`;
      items.find((b) => !b.disabled)?.focus();
    },
  };
}
