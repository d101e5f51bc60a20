/**
 * ViewState ⇄ the `state` of a saved investigation (docs/api.md#investigations): the view plus
 * where every node stood and the notes on nodes and links. Reading is forgiving in the same way as
 * a URL: a saved view goes through the URL codec, so it gets the same checks and defaults.
 */
import { decodeViewState, encodeViewState } from './url-state.js';
import { emptyViewState, type Pin, type ViewState } from './view-state.js';

/** A note on an entity or relation id. */
interface Note {
  target: string;
  text: string;
}

/** The stored shape; field names as in ViewState. */
export interface SavedView extends Omit<ViewState, 'pinned'> {
  pinned: Pin[];
  positions: Pin[];
  notes: Note[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The saved form of `state`, node `positions` and `notes` (map of target → text). */
export function toSavedView(
  state: ViewState,
  positions: Pin[],
  notes: ReadonlyMap<string, string>,
): SavedView {
  // Field by field: the server refuses fields it does not know.
  return {
    expanded: state.expanded,
    kept: state.kept,
    hidden: state.hidden,
    trace: state.trace,
    selected: state.selected,
    filters: state.filters,
    layout: state.layout,
    pinned: state.pinned.map((p) => ({ id: p.id, x: round(p.x), y: round(p.y) })),
    positions: positions.map((p) => ({ id: p.id, x: round(p.x), y: round(p.y) })),
    notes: [...notes].filter(([, text]) => text.trim()).map(([target, text]) => ({ target, text })),
  };
}

/** The view, positions and notes of a saved view, checked as a URL would be. */
export function fromSavedView(stored: Record<string, unknown>): {
  state: ViewState;
  positions: Pin[];
  notes: Map<string, string>;
} {
  // Missing parts read as empty (the server checks the shape, but an old save may lack a filter).
  const base = emptyViewState();
  const saved = {
    ...base,
    ...stored,
    filters: { ...base.filters, ...(stored.filters as object | undefined) },
  } as unknown as SavedView;
  const state = decodeViewState(encodeViewState(saved));
  // The URL keeps pins to whole model units; the saved view has them to a tenth.
  state.pinned = state.pinned.map((p) => saved.pinned.find((s) => s.id === p.id) ?? p);
  return {
    state,
    positions: Array.isArray(saved.positions) ? saved.positions : [],
    notes: new Map((Array.isArray(saved.notes) ? saved.notes : []).map((n) => [n.target, n.text])),
  };
}
