/**
 * Browser helpers for the explorer's e2e tests: Debian's Chromium driven by playwright-core, and
 * readers of the graph state through `window.__actorgraph` (no pixel comparisons).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
export { launchBrowser } from '../support/chromium.js';

/** The part of Cytoscape's API the tests call inside the page. */
interface CollectionLike {
  length: number;
  map<T>(fn: (element: { id(): string }) => T): T[];
  not(selector: string): CollectionLike;
  id(): string;
}

/** One node or edge, as the tests read it. */
interface ElementLike {
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  position(): { x: number; y: number };
  select(): unknown;
  locked(): boolean;
  hasClass(name: string): boolean;
  visible(): boolean;
}

/** `window.__actorgraph` as the tests see it (client/src/app/test-hooks.ts has the full type). */
interface HooksLike {
  cy: {
    nodes(selector?: string): CollectionLike;
    edges(selector?: string): CollectionLike;
    elements(selector?: string): CollectionLike;
    $(selector: string): CollectionLike;
    getElementById(id: string): ElementLike;
    zoom(level?: number): number;
    extent(): { x1: number; y1: number; x2: number; y2: number };
  };
  explorer: {
    state: {
      expanded: string[];
      kept: string[];
      hidden: string[];
      pinned: { id: string; x: number; y: number }[];
      trace: { from: string; to: string } | null;
      selected: string | null;
      layout: string;
      filters: {
        window: { from: string; to: string } | null;
        hiddenKinds: string[];
        hiddenTypes: string[];
        hiddenStatuses: string[];
        includeUndated: boolean;
      };
    };
    layoutDone: Promise<void>;
    /** Applies a whole view state, as a user action does. */
    apply(state: HooksLike['explorer']['state']): unknown;
  };
}

declare global {
  interface Window {
    __actorgraph?: HooksLike;
  }
}

/** Where screenshots go (git-ignored). */
const ARTIFACTS = path.resolve('test-artifacts/e2e');

/** A fresh page of the explorer at `url`, with page errors collected. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    // Phone-sized pages take taps, as a phone does (the explorer's narrow layout is at 800 px).
    hasTouch: viewport.width <= 800,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__actorgraph !== undefined);
  return { page, errors };
}

/** Saves a screenshot named after the test. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`),
  });
}

/** What is on the canvas, read from Cytoscape. */
export interface GraphState {
  nodes: string[];
  edges: string[];
  /** Edges shown and not faded by the time window. */
  edgesInWindow: string[];
  selected: string | null;
  tracePath: string[];
}

/** Waits until no request is pending and the last layout has finished, then reads the canvas. */
export async function graphState(page: Page): Promise<GraphState> {
  await page.waitForFunction(() => !document.getElementById('canvas')?.hasAttribute('aria-busy'));
  await page.evaluate(() => window.__actorgraph!.explorer.layoutDone);
  return page.evaluate(() => {
    const cy = window.__actorgraph!.cy;
    const ids = (c: CollectionLike) => c.map((e) => e.id()).sort();
    return {
      nodes: ids(cy.nodes(':visible')),
      edges: ids(cy.edges(':visible')),
      edgesInWindow: ids(cy.edges(':visible').not('.faded')),
      selected: cy.$(':selected').length ? cy.$(':selected').id() : null,
      tracePath: ids(cy.elements('.trace-path')),
    };
  });
}

/** Types into the main search and waits for the options. */
export async function search(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.waitForSelector('[data-testid=search-option]');
}

/** Screen position of a node, for mouse actions. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#canvas').boundingBox())!;
  const p = await page.evaluate(
    (nodeId) => window.__actorgraph!.cy.getElementById(nodeId).renderedPosition(),
    id,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}
