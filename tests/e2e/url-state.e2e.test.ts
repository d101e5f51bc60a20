/**
 * The address bar carries the whole view: after building a view with the mouse (expand, hide,
 * pin, a status filter, a time window, another layout, a selection), reloading the page brings
 * back the same canvas, the same filters and the pinned node at the same place.
 */
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { chooseMenuItem, openMenuOn, positions, useExplorer } from './session.js';

const session = useExplorer();

describe('URL state', () => {
  it('a reload restores the view, filters, layout, selection and pins', async () => {
    const page = await session.open('?x=is-k');
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Expand neighbours');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    await graphState(page);
    await openMenuOn(page, 'al-qaida');
    await chooseMenuItem(page, 'Hide');
    await page.getByTestId('layout-select').selectOption('concentric');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.layout === 'concentric');
    await graphState(page);
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Pin in place');
    await page.locator('ul[aria-label="Statuses"] > li[data-key="alleged"] input').uncheck();
    await page.getByTestId('time-end').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window !== null);
    const before = await graphState(page);
    const state = await page.evaluate(() => window.__actorgraph!.explorer.state);
    const placed = await positions(page);
    expect(state.hidden).toEqual(['al-qaida']);
    expect(state.pinned.map((p) => p.id)).toEqual(['taliban']);

    await page.reload();
    await page.waitForFunction(() => window.__actorgraph !== undefined);
    const after = await graphState(page);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => window.__actorgraph!.explorer.state)).toEqual(state);
    expect((await positions(page)).taliban).toEqual(placed.taliban);
    expect(
      await page.locator('ul[aria-label="Statuses"] > li[data-key="alleged"] input').isChecked(),
    ).toBe(false);
    expect(await page.getByTestId('layout-select').inputValue()).toBe('concentric');
    expect(await page.getByTestId('show-hidden').textContent()).toBe('Hidden: 1');
  });
});
