/**
 * Keyboard use: '/' focuses the search from anywhere, Esc backs out, Ctrl+Z undoes; on the focused
 * canvas, arrows move between nodes and single keys act on the selected node.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { nearestTo, nextInDirection, type Direction } from '../graph/spatial-nav.js';
import type { Actions } from './actions.js';
import type { ContextMenuController } from './context-actions.js';
import type { Explorer } from './explorer.js';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Inputs that take no text: single keys there are still shortcuts (a ticked filter box, a slider). */
const KEYLESS_INPUTS = ['checkbox', 'radio', 'range', 'button', 'submit', 'reset'];

function typing(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.includes(target.type);
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function selectedNode(cy: Core): NodeSingular | null {
  const node = cy.nodes(':selected').first();
  return node.nonempty() ? (node as NodeSingular) : null;
}

/** Global shortcuts. */
export function wireGlobalKeys(
  a: Actions,
  focusSearch: () => void,
  closeMenu: () => boolean,
): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !typing(e.target)) {
      e.preventDefault();
      focusSearch();
    } else if (e.key === 'Escape' && !typing(e.target)) {
      if (!closeMenu()) a.select(null);
    } else if (
      (e.ctrlKey || e.metaKey) &&
      !e.shiftKey &&
      e.key.toLowerCase() === 'z' &&
      !typing(e.target)
    ) {
      e.preventDefault();
      a.undo();
    }
  });
}

/** Shortcuts while the canvas has focus; `announce` speaks the new selection. */
export function wireCanvasKeys(
  container: HTMLElement,
  ex: Explorer,
  a: Actions,
  menu: ContextMenuController,
): void {
  const cy = ex.cy;
  container.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const node = selectedNode(cy);
    const placed = () => cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.renderedPosition() }));
    const direction = ARROWS[e.key];
    if (direction) {
      const next = node
        ? nextInDirection({ id: node.id(), ...node.renderedPosition() }, placed(), direction)
        : nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, placed());
      if (next) a.select(next);
    } else if (e.key === 'Enter' && node) void a.expand(node.id());
    else if (e.key === 'c' && node) a.collapse(node.id());
    else if ((e.key === 'h' || e.key === 'Delete') && node) a.hide(node.id());
    else if (e.key === 'p' && node) a.togglePin(node.id());
    else if (e.key === 't' && node) a.traceFrom(node.id());
    else if (e.key === 'T' && node) a.traceTo(node.id());
    else if (e.key === '+' || e.key === '=')
      cy.zoom({
        level: cy.zoom() * 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    else if (e.key === '-')
      cy.zoom({
        level: cy.zoom() / 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    else if (e.key === '0') cy.fit(undefined, 40);
    else if ((e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) && node) {
      const p = node.renderedPosition();
      menu.openFor(node, p.x, p.y);
    } else return;
    e.preventDefault();
  });
}
