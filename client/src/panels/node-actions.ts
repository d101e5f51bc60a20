/** The actions on one node, shared by the details panel buttons and the context menu. */
import { h } from './dom.js';

/** What a panel can ask the explorer to do with a node. */
export interface NodeActions {
  open(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  traceFrom(id: string): void;
  traceTo(id: string): void;
  isExpanded(id: string): boolean;
  isPinned(id: string): boolean;
  isOnCanvas(id: string): boolean;
}

/** Buttons for the details panel. */
export function nodeActions(id: string, a: NodeActions): HTMLElement {
  const button = (label: string, onClick: () => void, testId: string, title?: string) =>
    h(
      'button',
      { type: 'button', className: 'btn small', 'data-testid': testId, title, onclick: onClick },
      label,
    );
  const onCanvas = a.isOnCanvas(id);
  return h(
    'div',
    { className: 'details-actions', role: 'group', 'aria-label': 'Actions' },
    a.isExpanded(id)
      ? button(
          'Collapse',
          () => a.collapse(id),
          'action-collapse',
          'Remove the neighbours this node brought (C)',
        )
      : button(
          'Expand',
          () => a.expand(id),
          'action-expand',
          'Show its neighbours (Enter or double-click)',
        ),
    onCanvas
      ? button(
          a.isPinned(id) ? 'Unpin' : 'Pin',
          () => a.togglePin(id),
          'action-pin',
          'Keep it where it is during layouts (P)',
        )
      : null,
    onCanvas ? button('Hide', () => a.hide(id), 'action-hide', 'Take it off the canvas (H)') : null,
    button('Trace from', () => a.traceFrom(id), 'action-trace-from', 'Start a trace here'),
    button('Trace to', () => a.traceTo(id), 'action-trace-to', 'End a trace here'),
  );
}
