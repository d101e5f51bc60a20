/**
 * Runs fcose on a large view off the main thread: a headless Cytoscape in a Web Worker computes
 * the positions, so panning, zooming and the panels stay responsive during a multi-second layout.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

/** What the page sends. */
export interface LayoutRequest {
  /** Echoed in the reply, so the page can match answers to runs. */
  run: number;
  nodes: { id: string; x: number; y: number; locked: boolean }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
}

/** What the worker answers: model positions by node id, or the error. */
export type LayoutReply = { run: number } & (
  { positions: Record<string, { x: number; y: number }> } | { error: string }
);

cytoscape.use(fcose);

// Typed by hand: the client's tsconfig has the DOM library, not the WebWorker one.
const scope = self as unknown as {
  onmessage: ((event: { data: LayoutRequest }) => void) | null;
  postMessage(reply: LayoutReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    const cy = cytoscape({
      headless: true,
      // Nodes need a size for repulsion; the large-view stylesheet draws them at 18 px.
      style: [{ selector: 'node', style: { width: 18, height: 18 } }],
      elements: [
        ...data.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id },
          position: { x: n.x, y: n.y },
          locked: n.locked,
        })),
        ...data.edges.map((e) => ({ group: 'edges' as const, data: e })),
      ],
    });
    const layout = cy.layout({
      ...data.options,
      animate: false,
      fit: false,
    } as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      scope.postMessage({ run: data.run, positions });
      cy.destroy();
    });
    layout.run();
  } catch (error) {
    scope.postMessage({
      run: data.run,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
