/**
 * The explorer's controller: holds the view state, fetches the sources it needs, renders it onto
 * the canvas and tells the panels. Every user action is a new ViewState passed to `apply`, which
 * also records undo steps and browser history, so undo, back/forward and shared links all go
 * through the same path.
 */
import type { Core } from 'cytoscape';
import { isOutage } from '../api/errors.js';
import { DEFAULT_TRACE_OPTIONS, type TraceOptions } from '../api/paths.js';
import {
  composeView,
  neighbourhoodKey,
  nodeKey,
  traceKey,
  type ComposedView,
  type SourceGraph,
  type SourceKey,
} from '../graph/compose.js';
import { computeVisibility, type FilterState, type Visibility } from '../graph/filters.js';
import { DRAFT_LAYOUT } from '../graph/layouts.js';
import { hideOrphans, type Orphans } from '../graph/orphans.js';
import { pathFilterOf } from '../graph/path-filter.js';
import { traceHighlight, type Trace } from '../graph/trace.js';
import { UndoStack } from '../graph/undo-stack.js';
import { emptyViewState, type ViewState } from '../graph/view-state.js';
import {
  applyScaleStyle,
  markSelection,
  markState,
  markTrace,
  markVisibility,
  syncElements,
} from './canvas-render.js';
import { runLayout } from './layout-runner.js';
import { loadSource } from './source-loader.js';
import { countWords } from '../graph/plural.js';
import { expand } from '../graph/transitions.js';

/** Everything the panels need after a change. */
export interface ViewSnapshot {
  state: ViewState;
  view: ComposedView;
  visibility: Visibility;
  /** Nodes the filters left without a shown link: hidden, or kept with the reason. */
  orphans: Orphans;
  trace: Trace | null;
  /** Index of the trace path highlighted strongly. */
  chosenPath: number;
  loading: boolean;
}

/** How an apply shows in browser history: a new entry, an in-place update, or none (back/forward). */
export type HistoryMode = 'push' | 'replace' | 'none';

export class Explorer {
  state: ViewState = emptyViewState();
  readonly undo = new UndoStack<ViewState>();
  readonly #sources = new Map<SourceKey, SourceGraph>();
  readonly #traces = new Map<string, Trace>();
  readonly #listeners = new Set<(s: ViewSnapshot) => void>();
  #version = 0;
  #chosenPath = 0;
  #loading = false;
  /** Hops, alternatives, order and hub threshold of traces (the trace panel sets them). */
  traceOptions: TraceOptions = DEFAULT_TRACE_OPTIONS;
  /** Relationship types of the vocabulary, for turning hidden types into the API's allow-list. */
  knownTypes: string[] = [];
  /** Settles when the latest layout run has finished (tests and the benchmark wait on it). */
  layoutDone: Promise<void> = Promise.resolve();

  constructor(
    readonly cy: Core,
    private readonly writeHistory: (state: ViewState, mode: 'push' | 'replace') => void,
    private readonly notify: (message: string) => void,
  ) {}

  /** Calls `listener` after every render. */
  onChange(listener: (s: ViewSnapshot) => void): void {
    this.#listeners.add(listener);
  }

  /** Moves to `next`: records undo (when `label` is given) and history, fetches what is missing, renders. */
  async apply(
    next: ViewState,
    options: { label?: string; history?: HistoryMode; relayout?: boolean } = {},
  ): Promise<void> {
    if (options.label) this.undo.push(options.label, this.state);
    const filtersChanged = JSON.stringify(next.filters) !== JSON.stringify(this.state.filters);
    this.state = next;
    if (filtersChanged && next.trace)
      this.#sources.delete(traceKey(next.trace.from, next.trace.to)); // re-trace under the new filters
    const mode = options.history ?? 'push';
    if (mode !== 'none') this.writeHistory(next, mode);
    const version = ++this.#version;
    const missing = composeView(next, this.#sources).missing;
    // Set on every apply: a superseded apply must not leave "loading" behind for this one.
    this.#loading = missing.length > 0;
    if (missing.length > 0) {
      this.#render(false);
      await this.#fetch(missing);
      if (version !== this.#version) return; // a newer view superseded this one
      this.#loading = false;
    }
    this.#render(options.relayout ?? false);
  }

  /** Shows `ids` expanded, their neighbourhoods fetched afresh (an edit has added links to them). */
  showFresh(ids: readonly string[], label: string): Promise<void> {
    for (const id of ids) {
      this.#sources.delete(neighbourhoodKey(id));
      this.#sources.delete(nodeKey(id));
    }
    return this.apply(
      ids.reduce((s, id) => expand(s, id), this.state),
      { label },
    );
  }

  /** Fetches the sources again that failed (after an outage) and renders. */
  retry(): Promise<void> {
    return this.apply(this.state, { history: 'none' });
  }

  /** The trace for the current state, when loaded. */
  get trace(): Trace | null {
    return this.state.trace
      ? (this.#traces.get(traceKey(this.state.trace.from, this.state.trace.to)) ?? null)
      : null;
  }

  /** Highlights path `index` of the current trace. */
  choosePath(index: number): void {
    this.#chosenPath = index;
    this.#render(false);
  }

  /** Sets the trace options and traces the current pair again under them. */
  setTraceOptions(options: TraceOptions): Promise<void> {
    this.traceOptions = options;
    const trace = this.state.trace;
    if (trace) this.#sources.delete(traceKey(trace.from, trace.to));
    return this.apply(this.state, { history: 'none' });
  }

  /** Forgets what was fetched and fetches the view again: after an edit changed the graph. */
  refetch(): Promise<void> {
    this.#sources.clear();
    this.#traces.clear();
    return this.apply(this.state, { history: 'none' });
  }

  /** Lays the whole view out again with the current layout. */
  relayout(): void {
    this.layoutDone = runLayout(this.cy, this.state, false);
  }

  async #fetch(keys: SourceKey[]): Promise<void> {
    const filter = pathFilterOf(this.state.filters, this.knownTypes);
    const results = await Promise.allSettled(
      keys.map((key) => loadSource(key, filter, this.traceOptions)),
    );
    results.forEach((result, i) => {
      const key = keys[i]!;
      if (result.status === 'rejected') {
        // Outages are the banner's business; anything else is worth a line in the status area.
        if (!isOutage(result.reason))
          this.notify(`Could not load ${key}: ${(result.reason as Error).message}`);
        return;
      }
      this.#sources.set(key, result.value.graph);
      if (result.value.trace) {
        this.#traces.set(key, result.value.trace);
        this.#chosenPath = 0;
      }
      if (result.value.notice) this.notify(result.value.notice);
      if (result.value.truncated)
        this.notify(
          `Only the first ${countWords(result.value.graph.nodes.length, 'neighbour')} of “${key.slice(3)}” are shown.`,
        );
    });
  }

  #render(relayout: boolean): void {
    const view = composeView(this.state, this.#sources);
    const wasEmpty = this.cy.nodes().length === 0;
    const added = syncElements(this.cy, view);
    applyScaleStyle(this.cy);
    markState(this.cy, this.state);
    const edges = [...view.relations.values()].map((r) => ({
      ...r,
      source: r.from.id,
      target: r.to.id,
    }));
    const { visibility, orphans } = hideOrphans(
      edges,
      computeVisibility(
        [...view.nodes.values()].map((n) => ({ id: n.id, kind: n.kind, date: n.date ?? null })),
        edges,
        this.state.filters,
      ),
      {
        opened: [...this.state.expanded, ...this.state.kept],
        selected: this.state.selected,
        traceEnds: this.state.trace ? [this.state.trace.from, this.state.trace.to] : [],
      },
    );
    markVisibility(this.cy, visibility);
    const trace = this.trace;
    if (trace && this.#chosenPath >= trace.paths.length) this.#chosenPath = 0;
    markTrace(
      this.cy,
      trace && trace.paths.length > 0 ? traceHighlight(trace, this.#chosenPath) : null,
    );
    markSelection(this.cy, this.state.selected);
    const incremental = !wasEmpty && !relayout;
    // Large views keep their layout: newcomers are already placed beside their neighbours.
    const skipLayout = incremental && this.cy.nodes().length > DRAFT_LAYOUT;
    if ((relayout || added.length > 0) && !skipLayout) {
      this.layoutDone = runLayout(this.cy, this.state, incremental).then(() => {
        if (incremental) this.#keepInView(added);
      });
    }
    const snapshot: ViewSnapshot = {
      state: this.state,
      view,
      visibility,
      orphans,
      trace,
      chosenPath: this.#chosenPath,
      loading: this.#loading,
    };
    this.#listeners.forEach((l) => l(snapshot));
  }

  /** Refits the view when a layout left some newly added nodes off screen. */
  #keepInView(ids: string[]): void {
    const extent = this.cy.extent();
    const outside = ids.some((id) => {
      const node = this.cy.getElementById(id);
      if (node.empty() || !node.visible()) return false;
      const p = node.position();
      return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
    });
    if (outside)
      this.cy.animate(
        { fit: { eles: this.cy.elements(':visible'), padding: 40 } },
        { duration: 300 },
      );
  }

  /** Updates only the filters; `history: 'replace'` while a slider is being dragged. */
  setFilters(filters: FilterState, history: HistoryMode = 'push'): Promise<void> {
    return this.apply(
      { ...this.state, filters },
      history === 'push' ? { label: 'Change filters', history } : { history },
    );
  }
}
