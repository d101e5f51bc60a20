/**
 * The explorer on a laptop (1440×900) and on a phone (390×844): nothing overflows the page
 * sideways, the search and the toolbar fit on screen and work, the canvas has room, and the
 * filters and the details panel can be reached. Screenshots go to test-artifacts/e2e.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphState, screenshot, search } from './browser.js';
import { seedView } from './seed-graph.js';
import { DESKTOP, PHONE, useExplorer } from './session.js';

const session = useExplorer();

/** Left and right edge of an element, and whether it is displayed at all. */
async function horizontalBox(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is displayed`).not.toBeNull();
  return { left: box!.x, right: box!.x + box!.width, width: box!.width, height: box!.height };
}

/** Whether `selector` can be scrolled to and then lies within the viewport. */
async function reachable(page: Page, selector: string, width: number): Promise<boolean> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.x >= 0 && box.x < width && box.y < height && box.y + box.height > 0;
}

for (const [label, size] of [
  ['laptop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`on a ${label} (${size.width}×${size.height})`, () => {
    it('nothing overflows sideways; search, toolbar, canvas and panels are usable', async () => {
      const page = await session.open('?x=is-k&sel=is-k', size);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        body: document.body.scrollWidth - document.body.clientWidth,
      }));
      expect(overflow).toEqual({ page: 0, body: 0 });

      const searchBox = await horizontalBox(page, '[data-testid=search-input]');
      expect(searchBox.left).toBeGreaterThanOrEqual(0);
      expect(searchBox.right).toBeLessThanOrEqual(size.width);
      expect(searchBox.width).toBeGreaterThan(Math.min(200, size.width / 2));
      for (const control of ['layout-select', 'undo', 'export', 'clear']) {
        const box = await horizontalBox(page, `[data-testid=${control}]`);
        expect(box.left, control).toBeGreaterThanOrEqual(0);
        expect(box.right, control).toBeLessThanOrEqual(size.width);
      }
      const canvas = await horizontalBox(page, '#canvas');
      expect(canvas.width).toBeGreaterThan(size.width / 2);
      expect(canvas.height).toBeGreaterThan(size.height / 3);
      await screenshot(page, `${label}-view`);
      await page.getByTestId('export').click();
      const menu = await horizontalBox(page, '[aria-label="Export formats"]');
      expect(menu.left).toBeGreaterThanOrEqual(0);
      expect(menu.right).toBeLessThanOrEqual(size.width);
      await page.keyboard.press('Escape'); // closes the menu, and only the menu
      expect(await page.locator('[aria-label="Export formats"]').isHidden()).toBe(true);
      expect(await page.evaluate(() => window.__actorgraph!.explorer.state.selected)).toBe('is-k');

      // On the phone, filters, legend and chart are in a drawer behind the "Filters" toggle.
      const drawer = page.getByTestId('drawer-toggle');
      expect(await drawer.isVisible()).toBe(label === 'phone');
      if (label === 'phone') await drawer.click();
      expect(await reachable(page, '#filters', size.width)).toBe(true);
      expect(await reachable(page, '[data-testid=details-name]', size.width)).toBe(true);
      expect(await reachable(page, '[data-testid=timeline-chart]', size.width)).toBe(true);
      await screenshot(page, `${label}-panels`);

      // The controls work, not just show: a kind filter and the search.
      await page.locator('ul[aria-label="Node kinds"] > li[data-key="Person"] input').uncheck();
      await page.waitForFunction(
        () => window.__actorgraph!.explorer.state.filters.hiddenKinds.length === 1,
      );
      expect((await graphState(page)).nodes.length).toBeLessThan(seedView(['is-k']).nodes.length);
      if (label === 'phone') await page.keyboard.press('Escape'); // closes the drawer
      await page.locator('[data-testid=search-input]').scrollIntoViewIfNeeded();
      await search(page, 'Taliban');
      const option = page.locator('[data-testid=search-option]').first();
      const box = await horizontalBox(page, '[data-testid=search-option]');
      expect(box.right).toBeLessThanOrEqual(size.width);
      expect(await option.isVisible()).toBe(true);
    });
  });
}
