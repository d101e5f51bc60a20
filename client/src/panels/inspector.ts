/** The right-hand inspector: two tabs, Details and Trace (ARIA tabs pattern, arrow keys switch). */
import { h } from './dom.js';

export type InspectorTab = 'details' | 'trace';

/** Builds the tabs in `root`; returns their panels and a way to switch. */
export function createInspector(root: HTMLElement) {
  const tabs: Record<InspectorTab, { tab: HTMLButtonElement; panel: HTMLElement }> = {
    details: {
      tab: h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: 'tab-details',
          'aria-controls': 'panel-details',
          'data-testid': 'tab-details',
        },
        'Details',
      ),
      panel: h('section', {
        role: 'tabpanel',
        id: 'panel-details',
        className: 'tab-panel',
        'aria-labelledby': 'tab-details',
        tabindex: 0,
      }),
    },
    trace: {
      tab: h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: 'tab-trace',
          'aria-controls': 'panel-trace',
          'data-testid': 'tab-trace',
        },
        'Trace',
      ),
      panel: h('section', {
        role: 'tabpanel',
        id: 'panel-trace',
        className: 'tab-panel',
        'aria-labelledby': 'tab-trace',
        'data-testid': 'trace-panel',
        tabindex: 0,
      }),
    },
  };
  const show = (name: InspectorTab, focus = false) => {
    for (const [key, { tab, panel }] of Object.entries(tabs)) {
      const active = key === name;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      panel.hidden = !active;
    }
    if (focus) tabs[name].tab.focus();
  };
  const list = h(
    'div',
    { className: 'tabs', role: 'tablist', 'aria-label': 'Inspector' },
    tabs.details.tab,
    tabs.trace.tab,
  );
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    show(tabs.details.tab.getAttribute('aria-selected') === 'true' ? 'trace' : 'details', true);
    e.preventDefault();
  });
  tabs.details.tab.addEventListener('click', () => show('details'));
  tabs.trace.tab.addEventListener('click', () => show('trace'));
  root.append(list, tabs.details.panel, tabs.trace.panel);
  show('details');
  return { details: tabs.details.panel, trace: tabs.trace.panel, show };
}
