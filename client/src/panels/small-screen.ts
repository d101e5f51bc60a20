/**
 * The controls of the one-column layout on narrow screens (base.css, `max-width: 800px`): the
 * inspector becomes a bottom sheet with a handle, the sidebar a drawer behind a "Filters" toggle.
 * Both only set attributes; CSS decides what they mean, so on wide screens they change nothing and
 * any panel added to the sidebar or the inspector follows them without code of its own.
 */
import { h } from './dom.js';

/** How much of the screen the sheet takes: the handle only, the space below the graph, or most. */
type SheetState = 'closed' | 'peek' | 'full';

const ORDER: SheetState[] = ['closed', 'peek', 'full'];
/** A vertical drag shorter than this is a tap on the handle, not a swipe. */
const SWIPE_PX = 30;

/** One step bigger (+1) or smaller (-1), within the three states. */
export function stepSheet(state: SheetState, step: 1 | -1): SheetState {
  const i = ORDER.indexOf(state) + step;
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i))]!;
}

/**
 * Turns `inspector` into a bottom sheet on narrow screens: a handle (tap or Enter toggles, swipe or
 * arrow keys resize) and a full-height switch. `reveal` opens a closed sheet, for taps on the graph.
 */
export function mountBottomSheet(inspector: HTMLElement) {
  const handle = h(
    'button',
    {
      type: 'button',
      className: 'sheet-handle',
      'aria-controls': inspector.id,
      'aria-keyshortcuts': 'ArrowUp ArrowDown',
      'data-testid': 'sheet-handle',
    },
    h('span', { className: 'sheet-grip', 'aria-hidden': 'true' }),
    h('span', { className: 'sheet-label' }, 'Details and trace'),
  );
  const full = h('button', { type: 'button', className: 'btn small', 'data-testid': 'sheet-full' });
  const set = (state: SheetState) => {
    inspector.dataset.sheet = state;
    handle.setAttribute('aria-expanded', String(state !== 'closed'));
    full.setAttribute('aria-pressed', String(state === 'full'));
    full.textContent = state === 'full' ? 'Smaller' : 'Full height';
  };
  const current = () => (inspector.dataset.sheet ?? 'peek') as SheetState;

  let startY: number | null = null;
  let swiped = false;
  handle.addEventListener('pointerdown', (e) => ((startY = e.clientY), (swiped = false)));
  handle.addEventListener('pointerup', (e) => {
    const dy = startY === null ? 0 : e.clientY - startY;
    startY = null;
    if (Math.abs(dy) < SWIPE_PX) return;
    swiped = true; // the click that follows is part of the swipe
    set(stepSheet(current(), dy < 0 ? 1 : -1));
  });
  handle.addEventListener('click', () => {
    if (!swiped) set(current() === 'closed' ? 'peek' : 'closed');
    swiped = false;
  });
  handle.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    set(stepSheet(current(), e.key === 'ArrowUp' ? 1 : -1));
    e.preventDefault();
  });
  full.addEventListener('click', () => set(current() === 'full' ? 'peek' : 'full'));

  inspector.prepend(h('div', { className: 'sheet-bar' }, handle, full));
  set('peek');
  return {
    reveal: () => {
      if (current() === 'closed') set('peek');
    },
  };
}

/**
 * Puts `sidebar` behind a toggle placed at the start of `toolbar`: on narrow screens the sidebar
 * is a full-screen drawer with a close button; Esc closes it and gives focus back to the toggle.
 */
export function mountSidebarDrawer(sidebar: HTMLElement, toolbar: HTMLElement): void {
  const toggle = h(
    'button',
    {
      type: 'button',
      className: 'btn drawer-toggle',
      'aria-controls': sidebar.id,
      'data-testid': 'drawer-toggle',
    },
    'Filters',
  );
  const close = h('button', { type: 'button', className: 'btn small' }, 'Close');
  const set = (open: boolean, focus: boolean) => {
    sidebar.dataset.drawer = open ? 'open' : 'closed';
    toggle.setAttribute('aria-expanded', String(open));
    if (focus) (open ? close : toggle).focus();
  };
  toggle.addEventListener('click', () => set(sidebar.dataset.drawer !== 'open', true));
  close.addEventListener('click', () => set(false, true));
  sidebar.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || sidebar.dataset.drawer !== 'open') return;
    set(false, true);
    e.stopPropagation(); // the page's Esc would also clear the selection
  });
  sidebar.prepend(
    h('div', { className: 'drawer-bar' }, h('strong', {}, 'Filters, legend and chart'), close),
  );
  toolbar.prepend(toggle);
  set(false, false);
}
