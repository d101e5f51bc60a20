/**
 * The parts of the benchmark that run inside the page (each passed to page.evaluate, so each must
 * be self-contained): load the graph and lay it out, and count animation frames.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/** The explorer's test hooks as the benchmark uses them (client/src/app/test-hooks.ts). */
interface BenchHooks {
  cy: Core;
  renderer: string;
  loadElements(elements: ElementDefinition[]): Promise<{ layoutMs: number }>;
}

/** Frame statistics. */
export interface FrameStats {
  fps: number;
  p95FrameMs: number;
}

/** Loads the graph through the explorer; resolves with the time to the first finished layout. */
export async function loadInPage(
  elements: ElementDefinition[],
): Promise<{ layoutMs: number; activeRenderer: string; inWorker: boolean }> {
  const hooks = (window as unknown as { __actorgraph: BenchHooks }).__actorgraph;
  const { layoutMs } = await hooks.loadElements(elements);
  // Let the first full render settle before frames are timed.
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Large fcose layouts run in a Web Worker; its script shows up among the page's resources.
  const inWorker = performance
    .getEntriesByType('resource')
    .some((r) => r.name.includes('layout-worker'));
  return { layoutMs, activeRenderer: hooks.renderer, inWorker };
}

/** Starts recording frame times in `window.__frames` until `stopFrames` is called. */
export function startFrames(): void {
  const w = window as unknown as { __frames: number[]; __counting: boolean };
  w.__frames = [];
  w.__counting = true;
  let last = performance.now();
  const step = (now: number) => {
    w.__frames.push(now - last);
    last = now;
    if (w.__counting) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** Stops recording and summarises. */
export function stopFrames(): FrameStats {
  const w = window as unknown as { __frames: number[]; __counting: boolean };
  w.__counting = false;
  const frames = w.__frames.slice(1);
  const total = frames.reduce((sum, f) => sum + f, 0);
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    fps: total > 0 ? (frames.length / total) * 1000 : 0,
    p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

/** Worst case: the viewport changes from script on every frame, so every frame is a full redraw. */
export async function programmaticPanZoom(seconds: number): Promise<void> {
  const cy = (window as unknown as { __actorgraph: BenchHooks }).__actorgraph.cy;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const t = (now - start) / 1000;
      cy.panBy({ x: Math.sin(t * 2) * 6, y: Math.cos(t * 2) * 4 });
      cy.zoom({
        level: cy.zoom() * (1 + Math.sin(t * 3) * 0.01),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
      if (now - start < seconds * 1000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
}

/** The horizontal pan of the viewport, to check that a drag really moved it. */
export function panX(): number {
  return (window as unknown as { __actorgraph: BenchHooks }).__actorgraph.cy.pan().x;
}
