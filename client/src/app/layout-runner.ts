/**
 * Runs the view's layout; one run at a time, pinned nodes stay put. fcose on a large view runs in
 * a Web Worker (layout-worker.ts) so the page stays responsive; everything else, and any failure
 * of the worker, runs on the main thread.
 */
import type { Core, Layouts, LayoutOptions } from 'cytoscape';
import { DRAFT_LAYOUT, layoutOptions } from '../graph/layouts.js';
import type { ViewState } from '../graph/view-state.js';
import type { LayoutReply, LayoutRequest } from './layout-worker.js';

let running: Layouts | null = null;
let worker: Worker | null = null;
/** Bumped by every run, so an answer from a superseded worker run is dropped. */
let generation = 0;

/** Largest zoom a fresh layout leaves the view at. */
const MAX_FIT_ZOOM = 1.4;

function fitView(cy: Core, incremental: boolean): void {
  // Fitting three nodes would blow them up to fill the screen; cap the zoom at a readable size.
  if (!incremental && cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function runOnMainThread(
  cy: Core,
  options: Record<string, unknown>,
  incremental: boolean,
): Promise<void> {
  const layout = cy.elements(':visible').layout(options as unknown as LayoutOptions);
  running = layout;
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      if (running === layout) running = null;
      fitView(cy, incremental);
      resolve();
    });
    layout.run();
  });
}

/** Runs waiting for the worker, by run number. */
const pending = new Map<number, (reply: LayoutReply | null) => void>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
    pending.get(data.run)?.(data);
    pending.delete(data.run);
  };
  worker.onerror = () => {
    // A broken worker fails every waiting run over to the main thread, and is not reused.
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

function runInWorker(cy: Core, options: Record<string, unknown>, run: number): Promise<boolean> {
  const visible = cy.elements(':visible');
  const request: LayoutRequest = {
    run,
    nodes: visible.nodes().map((n) => ({ id: n.id(), ...n.position(), locked: n.locked() })),
    edges: visible
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    options,
  };
  return new Promise((resolve) => {
    pending.set(run, (reply) => {
      if (run !== generation) return resolve(true); // superseded: the newer run applies its own result
      if (!reply || 'error' in reply) return resolve(false);
      const { positions } = reply;
      cy.batch(() => cy.nodes().positions((node) => positions[node.id()] ?? node.position()));
      if (options.fit !== false) cy.fit(visible, Number(options.padding ?? 30));
      resolve(true);
    });
    layoutWorker().postMessage(request);
  });
}

/** Lays out the canvas; `incremental` keeps existing positions as the starting point. Resolves when done. */
export async function runLayout(cy: Core, state: ViewState, incremental: boolean): Promise<void> {
  running?.stop();
  const run = ++generation;
  const selected =
    state.selected && cy.getElementById(state.selected).isNode() ? [state.selected] : [];
  const roots = (selected.length ? selected : state.expanded.slice(0, 1)).filter((id) =>
    cy.getElementById(id).nonempty(),
  );
  const options = layoutOptions(state.layout, {
    nodeCount: cy.nodes().length,
    incremental,
    fixed: state.pinned.filter((p) => cy.getElementById(p.id).nonempty()),
    roots,
  });
  const offload =
    state.layout === 'fcose' && cy.nodes().length > DRAFT_LAYOUT && typeof Worker !== 'undefined';
  if (offload && (await runInWorker(cy, options, run).catch(() => false))) return;
  if (run !== generation) return;
  await runOnMainThread(cy, options, incremental);
}
