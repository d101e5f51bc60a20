/**
 * The explorer in real Chromium against the real API and the seed graph: find, expand, trace,
 * filter by time, share a URL, export a PNG, and survive the API going away.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphState, launchBrowser, nodePoint, openPage, screenshot, search } from './browser.js';

let app: TestApp;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  if (page && !page.isClosed()) {
    await screenshot(page, context.task.name);
    await page.context().close();
  }
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

async function open(query = ''): Promise<void> {
  ({ page, errors } = await openPage(browser, `${app.url}/${query}`));
}

describe('the explorer', () => {
  it('finds IS-K by its alias "ISKP" and opens it with its neighbours', async () => {
    await open();
    expect(await page.getByTestId('empty-state').isVisible()).toBe(true);
    await search(page, 'ISKP');
    const option = page.locator('[data-testid=search-option][data-entity-id="is-k"]');
    expect(await option.count()).toBe(1);
    expect(await option.textContent()).toContain('Islamic State Khorasan Province');
    await page.keyboard.press('Enter');
    const state = await graphState(page);
    expect(state.nodes).toContain('is-k');
    expect(state.nodes.length).toBeGreaterThan(5);
    expect(state.selected).toBe('is-k');
    expect(await page.getByTestId('details-name').textContent()).toBe(
      'Islamic State Khorasan Province',
    );
    expect(await page.getByTestId('relations').locator('blockquote').count()).toBeGreaterThan(0);
  });

  it('expands a neighbour on double-click, and undo takes it back', async () => {
    await open('?x=is-k');
    const before = await graphState(page);
    expect(before.nodes).toContain('taliban');
    const point = await nodePoint(page, 'taliban');
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    const after = await graphState(page);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(after.nodes).toEqual(expect.arrayContaining(before.nodes));
    expect(page.url()).toContain('x=is-k,taliban');
    await page.getByTestId('undo').click();
    expect((await graphState(page)).nodes).toEqual(before.nodes);
  });

  it('traces Tehreek-e-Taliban Pakistan to IS-K and shows each hop with its evidence', async () => {
    await open();
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-from-input').fill('Tehreek-e-Taliban');
    await page.waitForSelector('[data-testid=trace-from-option][data-entity-id="ttp"]');
    await page.locator('[data-testid=trace-from-option][data-entity-id="ttp"]').click();
    await page.getByTestId('trace-to-input').fill('ISKP');
    await page.waitForSelector('[data-testid=trace-to-option][data-entity-id="is-k"]');
    await page.locator('[data-testid=trace-to-option][data-entity-id="is-k"]').click();
    await page.waitForSelector('[data-testid=trace-hop]');
    const state = await graphState(page);
    const hops = page.getByTestId('trace-hop');
    const hopCount = await hops.count();
    expect(hopCount).toBeGreaterThan(0);
    expect(state.nodes).toEqual(expect.arrayContaining(['ttp', 'is-k']));
    // The highlighted path: every link of each hop (parallel links too), plus its nodes (one more
    // than hops).
    const links = (
      await hops.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-ids')!))
    ).flatMap((ids) => ids.split(' '));
    expect(links.length).toBeGreaterThanOrEqual(hopCount);
    expect(state.tracePath.length).toBe(hopCount + 1 + links.length);
    for (const id of links) expect(state.tracePath).toContain(id);
    for (let i = 0; i < hopCount; i += 1) {
      const hop = hops.nth(i);
      expect(await hop.locator('blockquote').count()).toBeGreaterThan(0);
      expect((await hop.locator('cite').first().textContent())?.length).toBeGreaterThan(3);
      expect(state.tracePath).toContain(await hop.getAttribute('data-relation-id'));
    }
    expect(await page.getByTestId('trace-path-option').first().textContent()).toContain('Shortest');
    expect(page.url()).toContain('t=ttp,is-k');
  });

  it('narrowing the time window changes which links are in view', async () => {
    await open('?x=is-k');
    const before = await graphState(page);
    expect(before.edgesInWindow).toEqual(before.edges);
    // Keyboard on the slider: the end handle to the first month leaves a one-month window.
    await page.getByTestId('time-end').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window !== null);
    const after = await graphState(page);
    // Dated links outside fade, not removed; undated ones are hidden (time-undated.e2e.test.ts).
    expect(after.edges.every((id) => before.edges.includes(id))).toBe(true);
    expect(after.edgesInWindow.length).toBeLessThan(before.edgesInWindow.length);
    expect(page.url()).toMatch(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    await page.getByTestId('time-reset').click();
    expect((await graphState(page)).edgesInWindow).toEqual(before.edges);
  });

  it('reopens the same view from its URL, and back/forward move through views', async () => {
    await open();
    await search(page, 'ISKP');
    await page.keyboard.press('Enter');
    const opened = await graphState(page);
    await page.evaluate(() => void window.__actorgraph!.cy.getElementById('taliban').select());
    await page.locator('#canvas').focus();
    await page.keyboard.press('Enter'); // expand the selected node
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    await page.locator('[data-key="Organization"] input').uncheck();
    await page.locator('[data-key="RIVAL_OF"] input').uncheck();
    const original = await graphState(page);
    const url = page.url();
    expect(url).toContain('hk=Organization');

    const second = await openPage(browser, url);
    const reopened = await graphState(second.page);
    expect(reopened).toEqual(original);
    expect(await second.page.locator('[data-key="Organization"] input').isChecked()).toBe(false);
    expect(await second.page.getByTestId('details-name').textContent()).toBe(
      await page.getByTestId('details-name').textContent(),
    );
    await screenshot(second.page, 'reopened-from-url');
    await second.page.context().close();

    await page.goBack(); // before RIVAL_OF was hidden
    await page.goBack(); // before Organizations were hidden
    await page.goBack(); // before taliban was expanded
    await page.waitForFunction(
      () => !window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    expect((await graphState(page)).nodes).toEqual(opened.nodes);
    await page.goForward();
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
  });

  it('shows an attack’s conflicting casualty reports side by side, the duplicate source marked', async () => {
    await open('?x=kabul-airport-bombing-2021&sel=kabul-airport-bombing-2021');
    const reports = page.getByTestId('casualty-reports');
    await reports.waitFor();
    const rows = reports.locator('tbody');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const figures = await reports.locator('tbody td.figure:first-of-type').allTextContents();
    expect(new Set(figures).size).toBeGreaterThan(1); // the sources disagree, and both figures are shown
    expect(await reports.locator('tbody[data-duplicate="true"]').count()).toBeGreaterThanOrEqual(1);
    expect(
      await reports.locator('tbody[data-duplicate="true"] [data-testid=duplicate-source]').count(),
    ).toBeGreaterThanOrEqual(1);
  });

  it('works from the keyboard: "/" focuses the search, Esc clears it, Tab reaches the panels', async () => {
    await open('?x=is-k');
    await graphState(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
    await page.keyboard.type('Taliban');
    await page.keyboard.press('Escape'); // closes the list
    await page.keyboard.press('Escape'); // clears the text
    expect(await page.getByTestId('search-input').inputValue()).toBe('');
    await page.locator('#canvas').focus();
    await page.keyboard.press('ArrowRight'); // selects a node from the keyboard
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.selected !== null);
    const reached = new Set<string>();
    // Every quote in the inspector is a focusable link to its source, so a lap of the page is long.
    for (let i = 0; i < 400 && !(reached.has('sidebar') && reached.has('inspector')); i += 1) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(
          () => document.activeElement?.closest('aside, main, header')?.className ?? '',
        ),
      );
    }
    expect([...reached]).toEqual(expect.arrayContaining(['sidebar', 'inspector']));
  });

  it('exports the view as a PNG image', async () => {
    await open('?x=is-k');
    await graphState(page);
    await page.getByTestId('export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^actorgraph-.*\.png$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // PNG signature
  });

  it('keeps the view and shows a banner with retry when the API goes away', async () => {
    const own = await startTestApp(); // its own server, so stopping it leaves the others alone
    ({ page, errors } = await openPage(browser, `${own.url}/?x=is-k`));
    const before = await graphState(page);
    expect(await page.getByTestId('api-banner').isVisible()).toBe(false);
    await own.close();
    await page.keyboard.press('/');
    await page.keyboard.type('Taliban');
    await page.getByTestId('api-banner').waitFor({ state: 'visible' });
    expect(await page.getByTestId('api-banner').textContent()).toContain('API unavailable');
    expect(await page.getByTestId('api-retry').isVisible()).toBe(true);
    expect((await graphState(page)).nodes).toEqual(before.nodes); // never a blank page
    await page.getByTestId('api-retry').click();
    await page.getByTestId('api-banner').waitFor({ state: 'visible' });
  });
});
