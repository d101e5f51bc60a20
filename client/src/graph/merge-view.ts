/**
 * The view after a merge: every place the merged entity held in the view (opened, kept, hidden,
 * pinned, selected, a trace end) is the kept entity's now, once.
 */
import type { ViewState } from './view-state.js';

const swapIn = (ids: string[], from: string, to: string) => [
  ...new Set(ids.map((id) => (id === from ? to : id))),
];

/** A link of the merged entity has another id now (`from~TYPE~to`): the kept entity is selected. */
function selectedAfter(selected: string | null, mergeId: string, keepId: string): string | null {
  if (selected === mergeId) return keepId;
  const [from, , to] = selected?.split('~') ?? [];
  return from === mergeId || to === mergeId ? keepId : selected;
}

/** `state` with `mergeId` replaced by `keepId`. */
export function viewAfterMerge(state: ViewState, mergeId: string, keepId: string): ViewState {
  const swap = (id: string) => (id === mergeId ? keepId : id);
  const pinnedKeep = state.pinned.some((p) => p.id === keepId);
  return {
    ...state,
    expanded: swapIn(state.expanded, mergeId, keepId),
    kept: swapIn(state.kept, mergeId, keepId),
    hidden: swapIn(state.hidden, mergeId, keepId),
    pinned: state.pinned
      .filter((p) => !(p.id === mergeId && pinnedKeep))
      .map((p) => ({ ...p, id: swap(p.id) })),
    selected: selectedAfter(state.selected, mergeId, keepId),
    trace: state.trace
      ? { ...state.trace, from: swap(state.trace.from), to: swap(state.trace.to) }
      : null,
  };
}
