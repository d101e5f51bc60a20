/**
 * User actions, each a named view transition applied through the explorer (so it is undoable and
 * in history). Panels, the context menu and the keyboard all call these.
 */
import type { NodeFields } from '../api/types.js';
import type { LayoutName } from '../graph/layouts.js';
import * as t from '../graph/transitions.js';
import type { NodeActions } from '../panels/node-actions.js';
import type { Explorer } from './explorer.js';
import { countWords } from '../graph/plural.js';

/** UI hooks the actions need. */
export interface ActionUi {
  notify(message: string): void;
  showTrace(): void;
  setTraceEnd(which: 'from' | 'to', end: { id: string; name: string }): void;
}

/** All actions, bound to one explorer. */
export type Actions = ReturnType<typeof createActions>;

export function createActions(ex: Explorer, ui: ActionUi) {
  const name = (id: string): string =>
    (ex.cy.getElementById(id).data('name') as string | undefined) ?? id;
  const nodeCount = () => ex.cy.nodes().length;

  const actions = {
    /** Opens a search result: it and its neighbours, selected. */
    async openEntity(entity: Pick<NodeFields, 'id' | 'name'>) {
      await ex.apply(t.openEntity(ex.state, entity.id), { label: `Open ${entity.name}` });
    },
    /** Selects `id`, adding it to the canvas first when it is not there. */
    open(id: string) {
      if (ex.cy.getElementById(id).nonempty() && !ex.state.hidden.includes(id))
        return actions.select(id);
      void ex.apply(t.keep(ex.state, id), { label: `Add ${name(id)}` });
    },
    async expand(id: string) {
      if (ex.state.expanded.includes(id)) return ui.notify(`${name(id)} is already expanded.`);
      const before = nodeCount();
      await ex.apply(t.expand(ex.state, id), { label: `Expand ${name(id)}` });
      const added = nodeCount() - before;
      ui.notify(
        added > 0
          ? `Expanded ${name(id)}: ${countWords(added, 'new node')}.`
          : `${name(id)} has no neighbours that are not already shown.`,
      );
    },
    collapse(id: string) {
      if (!ex.state.expanded.includes(id)) return ui.notify(`${name(id)} is not expanded.`);
      void ex.apply(t.collapse(ex.state, id), { label: `Collapse ${name(id)}` });
    },
    hide(id: string) {
      const label = `Hide ${name(id)}`;
      void ex.apply(t.hide(ex.state, id), { label });
      ui.notify(`${label}. Undo with Ctrl+Z or “Hidden” in the toolbar.`);
    },
    togglePin(id: string) {
      const node = ex.cy.getElementById(id);
      if (node.empty()) return;
      const pinned = ex.state.pinned.some((p) => p.id === id);
      void ex.apply(t.togglePin(ex.state, id, node.position()), {
        label: `${pinned ? 'Unpin' : 'Pin'} ${name(id)}`,
      });
    },
    traceFrom(id: string) {
      ui.showTrace();
      ui.setTraceEnd('from', { id, name: name(id) });
    },
    traceTo(id: string) {
      ui.showTrace();
      ui.setTraceEnd('to', { id, name: name(id) });
    },
    runTrace(from: string, to: string) {
      ui.showTrace();
      void ex.apply(t.traceBetween(ex.state, from, to), {
        label: `Trace ${name(from)} → ${name(to)}`,
      });
    },
    clearTrace() {
      if (ex.state.trace) void ex.apply(t.clearTrace(ex.state), { label: 'Clear trace' });
    },
    /** Selection is part of the URL but not an undo step: it changes too often to be worth one. */
    select(id: string | null) {
      if (ex.state.selected !== id) void ex.apply(t.select(ex.state, id), { history: 'replace' });
    },
    setLayout(layout: LayoutName) {
      void ex.apply(t.setLayout(ex.state, layout), { label: `Layout ${layout}`, relayout: true });
    },
    showHidden() {
      void ex.apply(t.showHidden(ex.state), { label: 'Show hidden nodes' });
    },
    clear() {
      void ex.apply(t.clearCanvas(ex.state), { label: 'Clear canvas' });
    },
    undo() {
      const entry = ex.undo.pop();
      if (!entry) return ui.notify('Nothing to undo.');
      void ex.apply(entry.before, { history: 'push' });
      ui.notify(`Undid: ${entry.label}.`);
    },
  };
  return actions;
}

/** The subset the details panel and context menu use. */
export function nodeActionsOf(ex: Explorer, a: Actions): NodeActions {
  return {
    open: a.open,
    expand: (id) => void a.expand(id),
    collapse: a.collapse,
    hide: a.hide,
    togglePin: a.togglePin,
    traceFrom: a.traceFrom,
    traceTo: a.traceTo,
    isExpanded: (id) => ex.state.expanded.includes(id),
    isPinned: (id) => ex.state.pinned.some((p) => p.id === id),
    isOnCanvas: (id) => ex.cy.getElementById(id).nonempty(),
  };
}
