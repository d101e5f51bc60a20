/** Mouse on the canvas: select, double-click to expand, right-click for the menu, hover for labels. */
import type { Core, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ContextMenuController } from './context-actions.js';
import type { Actions } from './actions.js';

/** Wires Cytoscape events to the actions. */
export function wireCanvasEvents(
  cy: Core,
  a: Actions,
  menu: ContextMenuController,
  showDetails: () => void,
): void {
  cy.on('select', 'node, edge', (e: EventObject) =>
    a.select((e.target as SingularElementArgument).id()),
  );
  // Clicking an element is asking about it: bring the details forward even from the trace tab.
  cy.on('tap', 'node, edge', showDetails);
  cy.on('tap', (e: EventObject) => {
    if (e.target === cy) a.select(null);
  });
  cy.on('dbltap', 'node', (e: EventObject) => void a.expand((e.target as NodeSingular).id()));
  cy.on('cxttap', (e: EventObject) => {
    const p = e.renderedPosition;
    if (e.target === cy) menu.openForCanvas(p.x, p.y);
    else menu.openFor(e.target as SingularElementArgument, p.x, p.y);
  });
  cy.on('mouseover', 'node, edge', (e: EventObject) =>
    (e.target as SingularElementArgument).addClass('hover'),
  );
  cy.on('mouseout', 'node, edge', (e: EventObject) =>
    (e.target as SingularElementArgument).removeClass('hover'),
  );
}
