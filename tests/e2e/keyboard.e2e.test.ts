/**
 * The explorer from the keyboard alone: arrows move the selection between nodes, single keys act
 * on the selected node (as the canvas's label promises), the context menu opens with Shift+F10 and
 * is an ARIA menu, and Ctrl+Z undoes.
 */
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { idsOf, seedView } from './seed-graph.js';
import { menuItems, useExplorer } from './session.js';

const session = useExplorer();

describe('keyboard use of the canvas', () => {
  it('Enter expands, C collapses, H hides, Ctrl+Z undoes, P pins the selected node', async () => {
    const page = await session.open('?x=is-k&sel=taliban');
    await page.locator('#canvas').focus();

    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    expect((await graphState(page)).nodes).toEqual(seedView(['is-k', 'taliban']).nodes);

    await page.keyboard.press('c');
    await page.waitForFunction(
      () => !window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    expect((await graphState(page)).nodes).toEqual(seedView(['is-k']).nodes);

    await page.keyboard.press('h');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.hidden.includes('taliban'),
    );
    const hidden = seedView(['is-k'], ['taliban']);
    expect((await graphState(page)).edges).toEqual(idsOf(hidden.edges));

    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.hidden.length === 0);
    expect((await graphState(page)).nodes).toEqual(seedView(['is-k']).nodes);

    await page.evaluate(() => void window.__actorgraph!.cy.getElementById('taliban').select());
    await page.keyboard.press('p');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.pinned.some((p) => p.id === 'taliban'),
    );
  });

  it('arrow keys move the selection to the next node in that direction', async () => {
    const page = await session.open('?x=is-k&sel=is-k');
    await page.locator('#canvas').focus();
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowDown', 'y', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      const from = await page.evaluate(() => {
        const s = window.__actorgraph!.explorer.state.selected!;
        return { id: s, ...window.__actorgraph!.cy.getElementById(s).renderedPosition() };
      });
      await page.keyboard.press(key);
      await page.waitForFunction(
        (id) => window.__actorgraph!.explorer.state.selected !== id,
        from.id,
      );
      const to = await page.evaluate(() => {
        const s = window.__actorgraph!.explorer.state.selected!;
        return window.__actorgraph!.cy.getElementById(s).renderedPosition();
      });
      expect((to[axis] - from[axis]) * sign, key).toBeGreaterThan(0);
    }
  });

  it('Shift+F10 opens the menu of the selected node; arrows move, Enter acts, Esc returns to the canvas', async () => {
    const page = await session.open('?x=is-k&sel=taliban');
    await page.locator('#canvas').focus();
    await page.keyboard.press('Shift+F10');
    await page.locator('#context-menu').waitFor({ state: 'visible' });
    const focused = () =>
      page.evaluate(() => document.activeElement?.querySelector('span')?.textContent ?? null);
    const items = await menuItems(page);
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(items[1]);
    await page.keyboard.press('End');
    expect(await focused()).toBe(items.at(-1));
    await page.keyboard.press('Escape');
    await page.locator('#context-menu').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('canvas');

    await page.keyboard.press('Shift+F10');
    await page.locator('#context-menu').waitFor({ state: 'visible' });
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter'); // "Expand neighbours"
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
  });

  it('"/" reaches the search even from a ticked filter box', async () => {
    const page = await session.open('?x=is-k');
    await page.locator('ul[aria-label="Node kinds"] > li[data-key="Person"] input').uncheck();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
  });
});
