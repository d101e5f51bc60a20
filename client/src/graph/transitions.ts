/**
 * The user's actions as pure functions from one view to the next. Kept apart from the controller
 * so each rule ("collapse keeps the node", "hide unpins") is stated once and tested headless.
 */
import type { LayoutName } from './layouts.js';
import { withId, withoutId, type ViewState } from './view-state.js';

/** Opens a search result: its neighbourhood joins the view and it becomes the selection. */
export function openEntity(s: ViewState, id: string): ViewState {
  return {
    ...s,
    expanded: withId(s.expanded, id),
    kept: withoutId(s.kept, id),
    hidden: withoutId(s.hidden, id),
    selected: id,
  };
}

/** Brings a node's neighbours onto the canvas. */
export function expand(s: ViewState, id: string): ViewState {
  return {
    ...s,
    expanded: withId(s.expanded, id),
    kept: withoutId(s.kept, id),
    hidden: withoutId(s.hidden, id),
  };
}

/** Takes a node's neighbourhood away again; the node itself stays. */
export function collapse(s: ViewState, id: string): ViewState {
  if (!s.expanded.includes(id)) return s;
  return { ...s, expanded: withoutId(s.expanded, id), kept: withId(s.kept, id) };
}

/** Takes a node off the canvas (its neighbourhood, if open, stays); it is no longer pinned or selected. */
export function hide(s: ViewState, id: string): ViewState {
  return {
    ...s,
    hidden: withId(s.hidden, id),
    pinned: s.pinned.filter((p) => p.id !== id),
    selected: s.selected === id ? null : s.selected,
  };
}

/** Puts every hidden node back. */
export function showHidden(s: ViewState): ViewState {
  return { ...s, hidden: [] };
}

/** Adds one node on its own (e.g. a neighbour named in the details panel). */
export function keep(s: ViewState, id: string): ViewState {
  if (s.expanded.includes(id)) return { ...s, hidden: withoutId(s.hidden, id), selected: id };
  return { ...s, kept: withId(s.kept, id), hidden: withoutId(s.hidden, id), selected: id };
}

/** Pins a node at a position, or unpins it when it is pinned. */
export function togglePin(s: ViewState, id: string, at: { x: number; y: number }): ViewState {
  const pinned = s.pinned.some((p) => p.id === id)
    ? s.pinned.filter((p) => p.id !== id)
    : [...s.pinned, { id, x: Math.round(at.x), y: Math.round(at.y) }];
  return { ...s, pinned };
}

/** Traces the links between two nodes (their paths join the canvas). */
export function traceBetween(s: ViewState, from: string, to: string): ViewState {
  if (from === to) return s;
  return { ...s, trace: { from, to } };
}

/** Removes the trace and the path nodes only it brought. */
export function clearTrace(s: ViewState): ViewState {
  return { ...s, trace: null };
}

/** Selects a node or edge, or nothing. */
export function select(s: ViewState, id: string | null): ViewState {
  return s.selected === id ? s : { ...s, selected: id };
}

/** Switches layout. */
export function setLayout(s: ViewState, layout: LayoutName): ViewState {
  return { ...s, layout };
}

/** Empties the canvas; filters and layout stay, they are the user's way of looking. */
export function clearCanvas(s: ViewState): ViewState {
  return { ...s, expanded: [], kept: [], hidden: [], pinned: [], trace: null, selected: null };
}
