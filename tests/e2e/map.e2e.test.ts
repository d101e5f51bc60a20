/**
 * The map view in real Chromium: it shows the located seed attacks in Afghanistan and Pakistan
 * (the ones the API places there, asked of the API here), a group selected in the network narrows
 * it to that group's attacks, and a box drawn with Shift+drag narrows the attacks table to the
 * attacks the API finds inside that box.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAP_ATTACKS } from '../../client/src/api/map-attacks.js';
import { NEIGHBORHOOD } from '../../client/src/api/neighborhood.js';
import { gql } from '../support/app.js';
import { nodePoint, screenshot } from './browser.js';
import { PHONE, useExplorer } from './session.js';

const session = useExplorer();

// The first run of the map's query plans it; on a loaded machine that can outlast the explorer's
// 20 s request timeout, which is not what these tests are about.
beforeAll(async () => {
  for (const groupIds of [null, ['is-k']])
    await gql(session.app, MAP_ATTACKS.document, { groupIds, first: 100, after: null });
  await gql(session.app, NEIGHBORHOOD.document, { id: 'is-k', depth: 1, first: 150 });
}, 300_000);

/** The map's test hook (client/src/app/map-wiring.ts), typed here without importing the client. */
interface MapHook {
  __actorgraphMap: {
    project(latitude: number, longitude: number): [number, number];
    state(): { zoom: number };
  };
}

const EARTH = { south: -90, west: -180, north: 90, east: 180 };

/** The ids of every attack the API answers for `filter` (at most 100: the seed graph has fewer). */
async function apiIds(filter: Record<string, unknown>): Promise<string[]> {
  const result = await gql<{ attacks: { edges: { node: { id: string } }[] } }>(
    session.app,
    'query($f: AttackFilter) { attacks(filter: $f, first: 100) { edges { node { id } } } }',
    { f: filter },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.attacks.edges.map((e) => e.node.id).sort();
}

/** Waits until the map has loaded the attacks of `groups` ('' for all) and returns its list. */
async function mapList(page: Page, groups: string): Promise<string[]> {
  // Generous: the map reads its attacks after the page's own start-up requests on a busy machine.
  await page.waitForSelector(`[data-testid=map-view]:not([hidden])[data-groups="${groups}"]`, {
    timeout: 120_000,
  });
  await page.waitForSelector('[data-testid=map-list] li', { state: 'attached' });
  return page
    .locator('[data-testid=map-list] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-attack')!).sort());
}

async function openMap(query = '', viewport?: { width: number; height: number }) {
  const page = await session.open(query, viewport);
  await page.getByTestId('view-map').click();
  return page;
}

describe('the map view', { timeout: 300_000 }, () => {
  it('shows the seed attacks located in Afghanistan and Pakistan', async () => {
    const page = await openMap();
    const shown = await mapList(page, '');
    const there = await apiIds({ stateIds: ['afghanistan', 'pakistan'], within: EARTH });
    expect(there.length).toBeGreaterThan(5);
    expect(there).toContain('pakistan-chinese-nationals-killing-2017');
    for (const id of there) expect(shown).toContain(id);
    // Nothing is listed that the API does not place on the map.
    const located = await apiIds({ within: EARTH });
    for (const id of shown) expect(located).toContain(id);
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('map')))
      .toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);
    await screenshot(page, 'map-desktop');
  });

  it('narrows to the group selected in the network', async () => {
    const page = await session.open('?x=is-k');
    const point = await nodePoint(page, 'is-k');
    await page.mouse.click(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => window.__actorgraph!.explorer.state.selected))
      .toBe('is-k');
    await page.getByTestId('view-map').click();
    const shown = await mapList(page, 'is-k');
    const claimed = await apiIds({ groupIds: ['is-k'], within: EARTH });
    const all = await apiIds({ within: EARTH });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    for (const id of shown) expect(claimed).toContain(id);
  });

  it('filters the attacks table to a box drawn with Shift+drag', async () => {
    const page = await openMap();
    await mapList(page, '');
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    // Around Kabul: a quarter of a degree each way, in the map's own projection.
    const corner = (lat: number, lon: number) =>
      page.evaluate(
        ([la, lo]) => (window as unknown as MapHook).__actorgraphMap.project(la!, lo!),
        [lat, lon],
      );
    const [x1, y1] = await corner(34.9, 68.8);
    const [x2, y2] = await corner(34.2, 69.6);
    await page.keyboard.down('Shift');
    await page.mouse.move(canvas.x + x1!, canvas.y + y1!);
    await page.mouse.down();
    await page.mouse.move(canvas.x + (x1! + x2!) / 2, canvas.y + (y1! + y2!) / 2, { steps: 4 });
    await page.mouse.move(canvas.x + x2!, canvas.y + y2!, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const param = await page.evaluate(() => new URL(location.href).searchParams.get('map'));
    const [south, west, north, east] = param!.split(',').slice(3).map(Number);
    expect(south).toBeGreaterThan(34);
    expect(east).toBeLessThan(70);
    const inside = await apiIds({ within: { south, west, north, east } });
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan((await apiIds({ within: EARTH })).length);
    await page.getByTestId('view-attacks').click();
    await page.waitForSelector('[data-testid=attacks-view]:not([hidden]):not([aria-busy])');
    await expect
      .poll(() =>
        page
          .locator('[data-testid=attacks-table] tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-attack-id')!).sort()),
      )
      .toEqual(inside);
  });

  it('works on a phone, with the list for keyboards and screen readers', async () => {
    const page = await openMap('', PHONE);
    const shown = await mapList(page, '');
    expect(shown.length).toBeGreaterThan(0);
    await page.getByTestId('map-canvas').focus();
    const before = await page.evaluate(
      () => (window as unknown as MapHook).__actorgraphMap.state().zoom,
    );
    await page.keyboard.press('+');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as MapHook).__actorgraphMap.state().zoom))
      .toBe(before + 1);
    await screenshot(page, 'map-phone');
  });
});
