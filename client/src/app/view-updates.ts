/** After every render: panels refresh from the snapshot, and the selection is announced. */
import type { createDetailsPanel } from '../panels/details-panel.js';
import type { createFiltersPanel } from '../panels/filters-panel.js';
import type { createTimeBar } from '../panels/time-bar.js';
import type { createTimelineChart } from '../panels/timeline-chart.js';
import type { createToolbar } from '../panels/toolbar.js';
import type { createTracePanel } from '../panels/trace-panel.js';
import { isEmptyView } from '../graph/view-state.js';
import type { Explorer } from './explorer.js';
import { countWords } from '../graph/plural.js';

/** The panels that follow the view. */
export interface ViewPanels {
  details: ReturnType<typeof createDetailsPanel>;
  trace: ReturnType<typeof createTracePanel>;
  filters: ReturnType<typeof createFiltersPanel>;
  timeBar: ReturnType<typeof createTimeBar>;
  chart: ReturnType<typeof createTimelineChart>;
  toolbar: ReturnType<typeof createToolbar>;
  empty: { show(visible: boolean): void };
  /** Live region that reads out the selection. */
  announce: HTMLElement;
}

export function wireViewUpdates(ex: Explorer, p: ViewPanels): void {
  let selected: string | null = null;
  // What the details panel's buttons depend on; when it changes, the panel redraws its buttons.
  let nodeFacts = '';
  ex.onChange((s) => {
    p.filters.update(s);
    p.timeBar.update(s);
    p.trace.update(s.trace, s.chosenPath, s.view.nodes, s.loading);
    p.toolbar.update({
      layout: s.state.layout,
      hiddenCount: s.state.hidden.length,
      undoLabel: ex.undo.peekLabel(),
      empty: s.view.nodes.size === 0,
    });
    p.empty.show(isEmptyView(s.state) && !s.loading);
    void p.chart.update(
      [...s.view.nodes.values()].filter((n) => n.kind === 'Group').map((n) => n.id),
    );

    const id = s.state.selected;
    const node = id ? s.view.nodes.get(id) : undefined;
    const relation = id ? s.view.relations.get(id) : undefined;
    const facts = node
      ? `${s.state.expanded.includes(node.id)}|${s.state.pinned.some((p) => p.id === node.id)}`
      : '';
    if (id === selected && node && facts !== nodeFacts) p.details.refresh();
    nodeFacts = facts;
    if (id === selected && (node || relation || !id)) return;
    if (node) {
      selected = id;
      void p.details.showNode(node.id);
      const links = ex.cy.getElementById(node.id).connectedEdges(':visible').length;
      p.announce.textContent = `Selected ${node.name}, ${node.kind.toLowerCase()}, ${countWords(links, 'link')} in view.`;
    } else if (relation) {
      selected = id;
      p.details.showEdge(relation, s.view.nodes);
      p.announce.textContent = `Selected link ${relation.type.toLowerCase().replace(/_/g, ' ')}.`;
    } else if (!id) {
      selected = null;
      p.details.clear();
    }
  });
}
