/**
 * One start-up for the feature-by-feature browser tests: the app against the run's Neo4j and one
 * Chromium per file; each test opens a fresh page, which is screenshotted to test-artifacts/e2e
 * and closed afterwards, and must not have thrown in the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../support/app.js';
import { graphState, launchBrowser, openPage, screenshot } from './browser.js';

/** Screen sizes the explorer is checked at. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** The running app and browser, and the page of the current test. */
export interface Session {
  app: TestApp;
  browser: Browser;
  page: Page;
  /** Opens `/${query}` at `viewport` and waits until the view has loaded and been laid out. */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/** Registers the hooks of a test file and returns its session; `env` adds to the test config. */
export function useExplorer(env: NodeJS.ProcessEnv = {}): Session {
  let errors: string[] = [];
  const session = {
    async open(query = '', viewport = DESKTOP) {
      // At its size from the start, as a phone would load it (not resized after the first render).
      const opened = await openPage(session.browser, `${session.app.url}/${query}`, viewport);
      session.page = opened.page;
      errors = opened.errors;
      await graphState(opened.page);
      return opened.page;
    },
  } as Session;

  beforeAll(async () => {
    // A loaded machine can take longer than the default 10 s over a cold query, or to wait for a
    // database turn; these tests are about what the explorer shows, not about timeouts (the
    // reliability tests cover those).
    session.app = await startTestApp(
      testConfig({ QUERY_TIMEOUT_MS: '60000', ADMISSION_WAIT_MS: '60000', ...env }),
    );
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  afterEach(async (context) => {
    const page = session.page as Page | undefined;
    if (page && !page.isClosed()) {
      await screenshot(page, context.task.name);
      await page.context().close();
    }
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
  return session;
}

/** Model positions of the nodes shown, by id. */
export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = window.__actorgraph!.cy;
    const ids = cy.nodes(':visible').map((n) => n.id());
    return Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).position()]));
  });
}

/** Right-clicks the node or edge `id` and waits for its context menu; returns the menu's title. */
export async function openMenuOn(page: Page, id: string): Promise<string> {
  const box = (await page.locator('#canvas').boundingBox())!;
  const p = await page.evaluate((elementId) => {
    const element = window.__actorgraph!.cy.getElementById(elementId);
    return elementId.includes('~') ? element.renderedMidpoint() : element.renderedPosition();
  }, id);
  await page.mouse.click(box.x + p.x, box.y + p.y, { button: 'right' });
  await page.locator('#context-menu').waitFor({ state: 'visible' });
  return (await page.locator('#context-menu .menu-title').textContent()) ?? '';
}

/** The labels of the context menu's entries. */
export function menuItems(page: Page): Promise<string[]> {
  return page.locator('#context-menu [role=menuitem] span').allTextContents();
}

/** Clicks the context-menu entry labelled `label`, or else the first whose label starts with it. */
export async function chooseMenuItem(page: Page, label: string): Promise<void> {
  const labels = await menuItems(page);
  const exact = labels.indexOf(label);
  const index = exact >= 0 ? exact : labels.findIndex((l) => l.startsWith(label));
  expect(index, `"${label}" in ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  await page.locator('#context-menu [role=menuitem]').nth(index).click();
  await page.locator('#context-menu').waitFor({ state: 'hidden' });
}
