/**
 * The layout picker and re-layout: each layout runs and moves the nodes, concentric puts the best
 * connected entity in the middle, the tree grows from the selection, and pinned nodes stay put.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { relations } from './seed-graph.js';
import { positions, useExplorer } from './session.js';

const session = useExplorer();
type Positions = Record<string, { x: number; y: number }>;

/** Ids whose position changed by more than a pixel. */
function moved(before: Positions, after: Positions): string[] {
  return Object.keys(before).filter(
    (id) => Math.hypot(before[id]!.x - after[id]!.x, before[id]!.y - after[id]!.y) > 1,
  );
}

async function pickLayout(page: Page, layout: string): Promise<Positions> {
  await page.getByTestId('layout-select').selectOption(layout);
  await page.waitForFunction((l) => window.__actorgraph!.explorer.state.layout === l, layout);
  await graphState(page); // waits for the layout run
  return positions(page);
}

const degree = (id: string) => relations.filter((r) => r.from === id || r.to === id).length;

describe('the layout picker', () => {
  it('runs each layout, and each moves the nodes', async () => {
    const page = await session.open('?x=is-k&sel=is-k');
    const options = await page.getByTestId('layout-select').locator('option').count();
    expect(options).toBe(3);
    let before = await positions(page);
    const ids = Object.keys(before);

    const concentric = await pickLayout(page, 'concentric');
    expect(Object.keys(concentric).sort()).toEqual(ids.sort());
    expect(moved(before, concentric).length).toBeGreaterThan(ids.length / 2);
    expect(page.url()).toContain('lay=concentric');
    // Hubs in the middle: IS-K, the entity with most links in view, is nearest the centre.
    const centre = (p: Positions) => ({
      x: ids.reduce((s, id) => s + p[id]!.x, 0) / ids.length,
      y: ids.reduce((s, id) => s + p[id]!.y, 0) / ids.length,
    });
    const c = centre(concentric);
    const distance = (id: string) => Math.hypot(concentric[id]!.x - c.x, concentric[id]!.y - c.y);
    const byDistance = [...ids].sort((a, b) => distance(a) - distance(b));
    expect(byDistance[0]).toBe([...ids].sort((a, b) => degree(b) - degree(a))[0]);

    before = concentric;
    const tree = await pickLayout(page, 'breadthfirst');
    expect(moved(before, tree).length).toBeGreaterThan(ids.length / 2);
    // The tree grows from the selection: IS-K alone on the top row, its neighbours below.
    const top = Math.min(...ids.map((id) => tree[id]!.y));
    expect(ids.filter((id) => tree[id]!.y === top)).toEqual(['is-k']);

    before = tree;
    const force = await pickLayout(page, 'fcose');
    expect(moved(before, force).length).toBeGreaterThan(ids.length / 2);
    expect(page.url()).not.toContain('lay=');
  });

  it('keeps a pinned node where it was pinned through re-layouts and layout changes', async () => {
    const page = await session.open('?x=is-k');
    await page.evaluate(() => void window.__actorgraph!.cy.getElementById('taliban').select());
    await page.locator('#canvas').focus();
    await page.keyboard.press('p');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.pinned.length === 1);
    const pin = await page.evaluate(() => window.__actorgraph!.explorer.state.pinned[0]!);
    const before = await positions(page);

    await page.getByRole('button', { name: 'Re-layout' }).click();
    await graphState(page);
    const after = await positions(page);
    expect(after.taliban).toEqual({ x: pin.x, y: pin.y });
    expect(moved(before, after).length).toBeGreaterThan(Object.keys(before).length / 2);

    for (const layout of ['concentric', 'breadthfirst', 'fcose']) {
      const placed = await pickLayout(page, layout);
      expect(placed.taliban, layout).toEqual({ x: pin.x, y: pin.y });
    }
  });
});
