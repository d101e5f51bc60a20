/** What the context menu offers for a node, a link or the empty canvas. */
import type { SingularElementArgument } from 'cytoscape';
import { typeLabel } from '../graph/elements.js';
import type { createContextMenu } from '../panels/context-menu.js';
import type { Actions } from './actions.js';
import type { Explorer } from './explorer.js';

/** Opens the menu for an element or for the canvas. */
export interface ContextMenuController {
  openFor(target: SingularElementArgument, x: number, y: number): void;
  openForCanvas(x: number, y: number): void;
}

export function contextMenuController(
  ex: Explorer,
  a: Actions,
  menu: ReturnType<typeof createContextMenu>,
  showDetails: () => void,
): ContextMenuController {
  return {
    openFor(target, x, y) {
      const id = target.id();
      a.select(id);
      if (target.isEdge()) {
        const type = target.data('type') as string;
        return menu.show(x, y, typeLabel(type), [
          {
            label: 'Read the evidence',
            action: () => {
              a.select(id);
              showDetails();
            },
          },
          {
            label: `Hide all “${typeLabel(type)}” links`,
            action: () =>
              void ex.setFilters({
                ...ex.state.filters,
                hiddenTypes: [...ex.state.filters.hiddenTypes, type],
              }),
          },
          {
            label: `Go to ${target.source().data('name') as string}`,
            action: () => a.select(target.source().id()),
          },
          {
            label: `Go to ${target.target().data('name') as string}`,
            action: () => a.select(target.target().id()),
          },
        ]);
      }
      const expanded = ex.state.expanded.includes(id);
      const pinned = ex.state.pinned.some((p) => p.id === id);
      menu.show(x, y, target.data('name') as string, [
        expanded
          ? { label: 'Collapse neighbours', shortcut: 'C', action: () => a.collapse(id) }
          : { label: 'Expand neighbours', shortcut: 'Enter', action: () => void a.expand(id) },
        { label: pinned ? 'Unpin' : 'Pin in place', shortcut: 'P', action: () => a.togglePin(id) },
        { label: 'Hide', shortcut: 'H', action: () => a.hide(id) },
        { label: 'Trace from here', shortcut: 'T', action: () => a.traceFrom(id) },
        { label: 'Trace to here', shortcut: '⇧T', action: () => a.traceTo(id) },
        {
          label: 'Highlight its links',
          action: () => ex.cy.getElementById(id).connectedEdges().flashClass('hover', 1500),
        },
      ]);
    },
    openForCanvas(x, y) {
      menu.show(x, y, 'View', [
        { label: 'Fit to screen', shortcut: '0', action: () => ex.cy.fit(undefined, 40) },
        { label: 'Re-run layout', action: () => ex.relayout() },
        {
          label: `Show hidden nodes (${ex.state.hidden.length})`,
          disabled: ex.state.hidden.length === 0,
          action: () => a.showHidden(),
        },
        { label: 'Clear trace', disabled: ex.state.trace === null, action: () => a.clearTrace() },
        { label: 'Undo', shortcut: 'Ctrl+Z', disabled: ex.undo.size === 0, action: () => a.undo() },
      ]);
    },
  };
}
