/** Builds the page: every panel mounted into its slot in index.html, all wired to one Explorer. */
import { fetchVocabulary } from '../api/vocabulary.js';
import { isEmptyView } from '../graph/view-state.js';
import { mountBanner } from '../panels/banner.js';
import { createContextMenu } from '../panels/context-menu.js';
import { createDetailsPanel } from '../panels/details-panel.js';
import { byId, h } from '../panels/dom.js';
import { mountEmptyState } from '../panels/empty-state.js';
import { createFiltersPanel } from '../panels/filters-panel.js';
import { createInspector } from '../panels/inspector.js';
import { mountLegend } from '../panels/legend.js';
import { mountLoadingIndicator } from '../panels/loading-indicator.js';
import { mountSearchBox } from '../panels/search-box.js';
import { mountBottomSheet, mountSidebarDrawer } from '../panels/small-screen.js';
import { createStatusLine } from '../panels/status-line.js';
import { createTimeBar } from '../panels/time-bar.js';
import { createTimelineChart } from '../panels/timeline-chart.js';
import { createToolbar } from '../panels/toolbar.js';
import { mountReviewWorkbench } from '../panels/review-workbench.js';
import { createTracePanel } from '../panels/trace-panel.js';
import { createActions, nodeActionsOf } from './actions.js';
import { mountAnalysisPanels } from './analysis-wiring.js';
import { mountAttacksView } from './attacks-wiring.js';
import { wireCanvasEvents } from './canvas-events.js';
import { wireEditing } from './editing-wiring.js';
import { wireDuplicates } from './duplicates-wiring.js';
import { contextMenuController } from './context-actions.js';
import { chosenRenderer, createCy, saveRenderer, webglAvailable } from './cy-setup.js';
import { Explorer } from './explorer.js';
import { exportView } from './exports.js';
import { wireCanvasKeys, wireGlobalKeys } from './keyboard.js';
import { wireInvestigations } from './investigations.js';
import { installTestHooks } from './test-hooks.js';
import { onHistoryMove, readUrl, writeUrl } from './url-sync.js';
import { wireViewUpdates } from './view-updates.js';

/** Starts the explorer on the current page. */
export function startExplorer(): void {
  const canvas = byId('canvas');
  const notify = createStatusLine(byId('status'));
  const wanted = chosenRenderer(location.search, localStorage);
  const renderer = wanted === 'webgl' && webglAvailable() ? 'webgl' : 'canvas';
  const cy = createCy(canvas, renderer);
  const ex = new Explorer(cy, writeUrl, notify);

  const inspector = createInspector(byId('inspector'));
  const sheet = mountBottomSheet(byId('inspector'));
  let trace: ReturnType<typeof createTracePanel> | null = null;
  const actions = createActions(ex, {
    notify,
    showTrace: () => (inspector.show('trace'), sheet.reveal()),
    setTraceEnd: (which, end) => trace?.setEnd(which, end),
  });
  const nodeActions = nodeActionsOf(ex, actions);
  // The analyst's note on the selection (saved investigations) shows above the details.
  const noteBox = h('aside', {
    className: 'element-note',
    'data-testid': 'details-note',
    hidden: true,
  });
  const detailsBody = h('div');
  inspector.details.append(noteBox, detailsBody);
  const details = createDetailsPanel(detailsBody, nodeActions);
  const editing = wireEditing(ex, actions, details, byId('editing'), notify);
  wireDuplicates(ex, actions, details, byId('duplicates'), notify);
  trace = createTracePanel(inspector.trace, {
    selected: () => {
      const node = cy.nodes(':selected').first();
      return node.nonempty() ? { id: node.id(), name: node.data('name') as string } : null;
    },
    run: actions.runTrace,
    clear: actions.clearTrace,
    choose: (i) => ex.choosePath(i),
    open: nodeActions.open,
    setOptions: (options) => void ex.setTraceOptions(options),
  });

  // After choosing, focus moves to the canvas so Enter, arrows and the other node keys work at once.
  const search = mountSearchBox(
    byId('search'),
    (entity) => (canvas.focus(), void actions.openEntity(entity)),
    () => canvas.focus(),
  );
  const menu = createContextMenu(byId('context-menu'), () => canvas.focus());
  const showDetails = () => (inspector.show('details'), sheet.reveal());
  const menuController = contextMenuController(ex, actions, menu, showDetails);
  const filters = createFiltersPanel(byId('filters'), (f) => void ex.setFilters(f));
  const timeBar = createTimeBar(
    byId('timebar'),
    (window, gesture) =>
      void ex.setFilters({ ...ex.state.filters, window }, gesture === 'start' ? 'push' : 'replace'),
    (includeUndated) => void ex.setFilters({ ...ex.state.filters, includeUndated }),
  );
  mountLegend(byId('legend'));
  const attacks = mountAttacksView(actions, canvas, ex);
  mountAnalysisPanels(ex, actions);
  const chart = createTimelineChart(
    byId('chart'),
    (window) => void ex.setFilters({ ...ex.state.filters, window }),
    attacks.showBar,
  );
  const empty = mountEmptyState(byId('empty-state'), (text) => {
    search.input.value = text;
    search.input.dispatchEvent(new Event('input'));
    search.focus();
  });
  const toolbar = createToolbar(
    byId('toolbar'),
    {
      setLayout: actions.setLayout,
      relayout: () => ex.relayout(),
      fit: () => cy.fit(undefined, 40),
      undo: actions.undo,
      showHidden: actions.showHidden,
      clear: actions.clear,
      exportAs: (format) =>
        void exportView(cy, format).catch((e: Error) => notify(`Export failed: ${e.message}`)),
      setRenderer: (name) => {
        saveRenderer(name);
        location.reload(); // Cytoscape picks its renderer at creation; the URL brings the view back
      },
    },
    renderer,
  );
  mountReviewWorkbench(byId('toolbar'), {
    types: () => ex.knownTypes,
    open: (id) => actions.open(id),
    showAccepted: (from, to) => ex.showFresh([from, to], 'Show an accepted link'),
  });
  mountSidebarDrawer(byId('sidebar'), byId('toolbar'));

  mountBanner(byId('banner'), async () => {
    attacks.reload();
    await Promise.all([ex.retry(), loadVocabulary()]);
    details.reload();
  });
  mountLoadingIndicator(byId('progress'), canvas);
  wireCanvasEvents(cy, actions, menuController, showDetails);
  wireCanvasKeys(canvas, ex, actions, menuController);
  wireGlobalKeys(actions, search.focus, () => (menu.open ? (menu.close(), true) : false));
  wireViewUpdates(ex, {
    details,
    trace,
    filters,
    timeBar,
    chart,
    toolbar,
    empty,
    announce: byId('selection-status'),
  });
  onHistoryMove((state) => void ex.apply(state, { history: 'none' }));

  async function loadVocabulary(): Promise<void> {
    try {
      const v = await fetchVocabulary();
      ex.knownTypes = v.relationTypes.map((r) => r.type);
      filters.setVocabulary(v);
      editing.setVocabulary(v);
    } catch {
      // The banner reports outages; filters work from the view alone meanwhile.
    }
  }
  void loadVocabulary();
  installTestHooks(cy, ex, renderer);
  const investigations = wireInvestigations(ex, byId('investigations'), noteBox);
  const initial = readUrl();
  // A `?investigation=<id>` link opens the saved view instead.
  if (investigations.start(location.search)) return;
  empty.show(isEmptyView(initial));
  // The first render of a linked view lays it out from scratch, whatever its layout.
  void ex.apply(initial, { history: 'replace' });
}
