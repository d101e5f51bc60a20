/**
 * Brings the Cytoscape canvas in line with a composed view: removes what left, adds what came
 * (placed next to a neighbour already on screen so a layout run moves little), then marks
 * expanded, pinned, filtered, faded and traced elements with classes the stylesheet knows.
 */
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { diffCanvas, type ComposedView } from '../graph/compose.js';
import { toEdgeElement, toNodeElement } from '../graph/elements.js';
import type { Visibility } from '../graph/filters.js';
import { LARGE_GRAPH } from '../graph/layouts.js';
import { buildStylesheet } from '../graph/style.js';
import type { ViewState } from '../graph/view-state.js';

/** Adds and removes elements; returns the ids of nodes added. */
export function syncElements(cy: Core, view: ComposedView): string[] {
  const diff = diffCanvas(
    cy.elements().map((e) => e.id()),
    view,
  );
  if (diff.remove.length === 0 && diff.addNodes.length === 0 && diff.addEdges.length === 0)
    return [];
  const neighbours = new Map<string, string[]>();
  for (const r of view.relations.values()) {
    neighbours.set(r.from.id, [...(neighbours.get(r.from.id) ?? []), r.to.id]);
    neighbours.set(r.to.id, [...(neighbours.get(r.to.id) ?? []), r.from.id]);
  }
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  cy.batch(() => {
    const removeIds = new Set(diff.remove);
    cy.elements()
      .filter((e) => removeIds.has(e.id()))
      .remove();
    const added: ElementDefinition[] = diff.addNodes.map((id, i) => {
      const anchor = (neighbours.get(id) ?? [])
        .map((n) => cy.getElementById(n))
        .find((n) => n.nonempty());
      const base = anchor ? (anchor as NodeSingular).position() : centre;
      // Spread newcomers on a ring around their anchor; the golden angle avoids stacking.
      const angle = i * 2.399963;
      const radius = 70 + (i % 5) * 18;
      const element = toNodeElement(view.nodes.get(id)!) as unknown as ElementDefinition;
      return {
        ...element,
        position: { x: base.x + Math.cos(angle) * radius, y: base.y + Math.sin(angle) * radius },
      };
    });
    cy.add(added);
    cy.add(
      diff.addEdges.map(
        (id) => toEdgeElement(view.relations.get(id)!) as unknown as ElementDefinition,
      ),
    );
  });
  return diff.addNodes;
}

/** Marks expanded and pinned nodes; pinned ones are locked where the view says. */
export function markState(cy: Core, state: ViewState): void {
  const expanded = new Set(state.expanded);
  const pins = new Map(state.pinned.map((p) => [p.id, p]));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('expanded', expanded.has(node.id()));
      const pin = pins.get(node.id());
      node.toggleClass('pinned', pin !== undefined);
      if (pin) {
        node.unlock();
        node.position({ x: pin.x, y: pin.y });
        node.lock();
      } else if (node.locked()) {
        node.unlock();
      }
    });
  });
}

/** Applies filter results: hidden elements get `filtered` (display: none), faded ones `faded`. */
export function markVisibility(cy: Core, v: Visibility): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('filtered', v.hiddenNodes.has(n.id()));
      n.toggleClass('faded', v.fadedNodes.has(n.id()));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('filtered', v.hiddenEdges.has(e.id()));
      e.toggleClass('faded', v.fadedEdges.has(e.id()));
    });
  });
}

/** Highlights a trace: the chosen path strongly, alternatives lightly, the rest dimmed. */
export function markTrace(
  cy: Core,
  highlight: { primary: Set<string>; alternative: Set<string> } | null,
): void {
  cy.batch(() => {
    cy.elements().forEach((e) => {
      const id = e.id();
      e.toggleClass('trace-path', highlight !== null && highlight.primary.has(id));
      e.toggleClass('trace-alt', highlight !== null && highlight.alternative.has(id));
      e.toggleClass(
        'trace-dim',
        highlight !== null && !highlight.primary.has(id) && !highlight.alternative.has(id),
      );
    });
  });
}

/** Selects exactly `id` (or nothing) without firing a round trip through the state. */
export function markSelection(cy: Core, id: string | null): void {
  const current = cy.$(':selected');
  if (current.length === 1 && current.id() === id) return;
  current.unselect();
  if (id) cy.getElementById(id).select();
}

let largeStyle = false;

/** Renderer flags Cytoscape reads on every frame; set at creation by options, writable after. */
interface ViewportFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/**
 * Past LARGE_GRAPH nodes, switches to the lean stylesheet and lets the renderer draw a cached
 * texture (and no edges) while the user pans or zooms; back again for small views, where edges
 * vanishing during a pan would only distract.
 */
export function applyScaleStyle(cy: Core): void {
  const large = cy.nodes().length > LARGE_GRAPH;
  if (large === largeStyle) return;
  largeStyle = large;
  cy.style(buildStylesheet({ large }) as unknown as StylesheetJson);
  // Not in Cytoscape's public types: the renderer object holds the creation options as fields.
  const renderer = (cy as unknown as { renderer(): ViewportFlags | undefined }).renderer();
  if (renderer) {
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
}
