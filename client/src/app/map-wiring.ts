/**
 * Mounts the map view beside the attacks table: it shows the located attacks of the group or
 * person selected in the network (all attacks otherwise), keeps its view and box in the URL's
 * `map` parameter, and hands a drawn box to the table.
 */
import { fetchMapAttacks, type MapAttack } from '../api/map-attacks.js';
import { isAbort } from '../api/errors.js';
import { formatMapParam, type MapBox, parseMapParam } from '../graph/map-state.js';
import { h } from '../panels/dom.js';
import { createMapView } from '../panels/map-view.js';
import { groupColor } from '../panels/timeline-chart.js';
import type { Explorer } from './explorer.js';

const ACTOR_KINDS = new Set(['Group', 'Person']);

declare global {
  interface Window {
    /** The map view, for browser tests and the benchmark (like `__actorgraph`). */
    __actorgraphMap?: ReturnType<typeof createMapView>;
  }
}

/** Mounts the map after `tableRoot`; `boxed` narrows the table to a drawn box. */
export function mountMapView(
  ex: Explorer,
  tableRoot: HTMLElement,
  boxed: (box: MapBox | null) => void,
) {
  const root = h('section', {
    id: 'map-view',
    className: 'map-view',
    'aria-label': 'Map of attacks',
    'data-testid': 'map-view',
    hidden: true,
  });
  tableRoot.after(root);
  const initial = parseMapParam(new URLSearchParams(location.search).get('map'));
  const colors = new Map<string, string>();
  const view = createMapView(
    root,
    {
      changed(state) {
        const params = new URLSearchParams(location.search);
        params.set('map', formatMapParam(state));
        history.replaceState(
          history.state,
          '',
          `${location.pathname}?${params.toString().replace(/%2C/g, ',')}`,
        );
      },
      boxed,
      colorOf: (id) => (id ? (colors.get(id) ?? '#334155') : '#64748b'),
    },
    initial,
  );
  if (initial?.box) boxed(initial.box);
  window.__actorgraphMap = view;

  let groupKey: string | null = null;
  let controller: AbortController | null = null;
  let shown = false;

  async function load() {
    const selected = ex.state.selected;
    const kind = selected ? ex.cy.getElementById(selected).data('kind') : null;
    const groupIds = selected && ACTOR_KINDS.has(kind as string) ? [selected] : [];
    const key = groupIds.join(',');
    if (key === groupKey) return;
    groupKey = key;
    controller?.abort();
    controller = new AbortController();
    try {
      const { attacks } = await fetchMapAttacks(groupIds, controller.signal);
      assignColors(attacks);
      view.setAttacks(attacks);
      root.dataset.groups = key;
    } catch (error) {
      if (!isAbort(error)) root.dataset.error = (error as Error).message;
    }
  }

  /** Each perpetrator its colour of the time bar's palette, by how many attacks it has here. */
  function assignColors(attacks: MapAttack[]) {
    const counts = new Map<string, number>();
    for (const a of attacks) {
      const id = a.perpetrators[0]?.actor.id;
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .forEach(([id], rank) => {
        if (!colors.has(id)) colors.set(id, groupColor(rank));
      });
  }

  ex.onChange(() => {
    if (shown) void load();
  });
  return {
    root,
    show() {
      shown = true;
      view.show();
      void load();
    },
  };
}
