/**
 * Stable hooks for browser tests and the benchmark: `window.__actorgraph` exposes the Cytoscape core
 * and the explorer, so tests read graph state instead of comparing pixels, and the benchmark can
 * load generated graphs through the real renderer and layout.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { RendererName } from './cy-setup.js';
import type { Explorer } from './explorer.js';
import { applyScaleStyle } from './canvas-render.js';
import { runLayout } from './layout-runner.js';

/** What tests can reach. */
interface TestHooks {
  cy: Core;
  explorer: Explorer;
  /** The renderer actually in use (WebGL falls back to canvas where unavailable). */
  renderer: RendererName;
  /** Replaces the canvas with `elements` and lays them out; resolves with the layout time. */
  loadElements(
    elements: ElementDefinition[],
  ): Promise<{ layoutMs: number; nodes: number; edges: number }>;
}

declare global {
  interface Window {
    __actorgraph?: TestHooks;
  }
}

/** Installs the hooks. */
export function installTestHooks(cy: Core, explorer: Explorer, renderer: RendererName): void {
  window.__actorgraph = {
    cy,
    explorer,
    renderer,
    async loadElements(elements) {
      // The welcome card would sit over the canvas and catch the benchmark's mouse.
      const welcome = document.getElementById('empty-state');
      if (welcome) welcome.hidden = true;
      const started = performance.now();
      cy.elements().remove();
      cy.add(elements);
      applyScaleStyle(cy);
      await runLayout(cy, explorer.state, false);
      return {
        layoutMs: performance.now() - started,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
      };
    },
  };
}
