/** "Graph | Attacks | Map": which view fills the stage. Toggle buttons, one pressed. */
import { h } from './dom.js';

export type StageView = 'graph' | 'attacks' | 'map';

/** Mounts the switch into `root`; `set` changes the view from code (a chart bar, a row click). */
export function createViewSwitch(root: HTMLElement, onChange: (view: StageView) => void) {
  const button = (view: StageView, label: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'btn',
        'data-testid': `view-${view}`,
        'aria-pressed': 'false',
        onclick: () => set(view),
      },
      label,
    );
  const buttons = {
    graph: button('graph', 'Graph'),
    attacks: button('attacks', 'Attacks'),
    map: button('map', 'Map'),
  };
  const set = (view: StageView) => {
    for (const [key, b] of Object.entries(buttons))
      b.setAttribute('aria-pressed', String(key === view));
    onChange(view);
  };
  root.prepend(
    h(
      'div',
      { className: 'view-switch', role: 'group', 'aria-label': 'View' },
      buttons.graph,
      buttons.attacks,
      buttons.map,
    ),
  );
  buttons.graph.setAttribute('aria-pressed', 'true');
  return { set };
}
