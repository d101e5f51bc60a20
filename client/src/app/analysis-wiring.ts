/** Mounts the analysis panels (common neighbours, ranking) in the sidebar, wired to the graph. */
import { MIN_SIZE } from '../graph/rank-size.js';
import { createCommonNeighboursPanel } from '../panels/common-neighbours-panel.js';
import { byId } from '../panels/dom.js';
import { createRankingPanel } from '../panels/ranking-panel.js';
import type { Actions } from './actions.js';
import type { Explorer } from './explorer.js';

export function mountAnalysisPanels(ex: Explorer, actions: Actions): void {
  const cy = ex.cy;
  const focus = (id: string) => actions.open(id);
  createCommonNeighboursPanel(byId('common-neighbours'), {
    selected: () => {
      const node = cy.nodes(':selected').first();
      return node.nonempty() ? { id: node.id(), name: node.data('name') as string } : null;
    },
    focus,
  });
  let sizes: Map<string, number> | null = null;
  // A style bypass per node: it outranks the stylesheet's degree sizing and goes with removeStyle.
  const applySizes = () =>
    cy.batch(() => {
      if (!sizes) return void cy.nodes().removeStyle('width height');
      const bySize = sizes;
      cy.nodes().forEach((n) => {
        const size = bySize.get(n.id()) ?? MIN_SIZE;
        n.style({ width: size, height: size });
      });
    });
  const ranking = createRankingPanel(byId('ranking'), {
    focus,
    sizeNodes: (next) => {
      sizes = next;
      applySizes();
    },
  });
  ex.onChange(() => ranking.refresh());
}
