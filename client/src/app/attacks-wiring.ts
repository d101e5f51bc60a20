/** Mounts the attacks and map views over the stage and the "Graph | Attacks | Map" switch. */
import { createAttacksView } from '../panels/attacks-view.js';
import { byId } from '../panels/dom.js';
import { createViewSwitch } from '../panels/view-switch.js';
import type { Actions } from './actions.js';
import type { Explorer } from './explorer.js';
import { mountMapView } from './map-wiring.js';
import { download } from './exports.js';

/**
 * Wires the view; the returned `showBar` is the chart's bar click (filter the table, show it) and
 * `reload` the banner's retry.
 */
export function mountAttacksView(actions: Actions, canvas: HTMLElement, ex: Explorer) {
  const root = byId('attacks-view');
  const view = createAttacksView(root, {
    open: (row) => {
      switcher.set('graph');
      canvas.focus();
      void actions.openEntity(row);
    },
    save: (name, csv) => download(name, new Blob([csv], { type: 'text/csv' })),
  });
  const map = mountMapView(ex, root, (box) => void view.filterWithin(box));
  const switcher = createViewSwitch(byId('toolbar'), (which) => {
    root.hidden = which !== 'attacks';
    map.root.hidden = which !== 'map';
    if (which === 'attacks') view.show();
    if (which === 'map') map.show();
  });
  return {
    reload: () => view.reload(),
    showBar(period: string, group: { id: string; name: string } | null) {
      void view.filterTo(period, group);
      switcher.set('attacks');
    },
  };
}
