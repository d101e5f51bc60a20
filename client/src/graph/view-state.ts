/**
 * The view as data: which neighbourhoods are open, which nodes are kept, hidden or pinned, the
 * trace, the selection, the filters and the layout. Everything on the canvas follows from this and
 * the fetched subgraphs (see compose.ts), so it is what the URL, undo and back/forward carry.
 */
import { emptyFilters, type FilterState } from './filters.js';
import type { LayoutName } from './layouts.js';

/** A pinned node and where it was pinned (model coordinates, rounded). */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** The whole view. Lists hold entity ids; order is kept (the first expanded node roots layouts). */
export interface ViewState {
  /** Nodes whose one-hop neighbourhood is on the canvas. */
  expanded: string[];
  /** Nodes on the canvas on their own (a collapsed node stays; a node added from a link). */
  kept: string[];
  /** Nodes taken off the canvas although a neighbourhood brings them. */
  hidden: string[];
  pinned: Pin[];
  /** The two ends of a trace, when one is shown. */
  trace: { from: string; to: string } | null;
  /** Selected node or edge id. */
  selected: string | null;
  filters: FilterState;
  layout: LayoutName;
}

/** The view of a fresh page. */
export function emptyViewState(): ViewState {
  return {
    expanded: [],
    kept: [],
    hidden: [],
    pinned: [],
    trace: null,
    selected: null,
    filters: emptyFilters(),
    layout: 'fcose',
  };
}

/** True when nothing at all is on the canvas. */
export function isEmptyView(state: ViewState): boolean {
  return state.expanded.length === 0 && state.kept.length === 0 && state.trace === null;
}

/** A copy with `id` added to the list (once, at the end). */
export function withId(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

/** A copy without `id`. */
export function withoutId(list: string[], id: string): string[] {
  return list.filter((x) => x !== id);
}
