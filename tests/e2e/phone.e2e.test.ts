/**
 * The explorer on a 390×844 phone, used the way an analyst reads on one: search and open, tap a
 * node, expand, trace, read the quotes and a source's text, with the inspector as a bottom sheet
 * and the filters in a drawer. At every step nothing is wider than the screen (no sideways scroll)
 * and the canvas keeps a real size; touch drags pan and a pinch zooms.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { TestEntities } from '../support/graphql/test-entities.js';
import { graphState, nodePoint, search } from './browser.js';
import { PHONE, useExplorer } from './session.js';

const session = useExplorer();
let made: TestEntities | undefined;
afterAll(async () => made?.cleanUp());

/** Page width beyond the screen (0 when nothing scrolls sideways) and the canvas size. */
async function fits(page: Page): Promise<void> {
  const m = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth,
    canvas: document.getElementById('canvas')!.getBoundingClientRect().toJSON() as DOMRect,
  }));
  expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  expect(m.canvas.width).toBeGreaterThan(0);
  expect(m.canvas.height).toBeGreaterThan(0);
}

/** Scrolls `selector` into view and checks that it lies within the screen's width and height. */
async function readable(page: Page, selector: string): Promise<void> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  expect(box, `${selector} is displayed`).not.toBeNull();
  expect(box.x, selector).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, selector).toBeLessThanOrEqual(PHONE.width);
  expect(box.y, selector).toBeLessThan(PHONE.height);
  expect(box.y + box.height, selector).toBeGreaterThan(0);
}

/** Touch points through the DevTools protocol: Playwright has taps but no drags or pinches. */
async function touch(page: Page, frames: { x: number; y: number }[][]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const send = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ ...p, id })),
    });
  await send('touchStart', frames[0]!);
  for (const points of frames.slice(1)) await send('touchMove', points);
  await send('touchEnd', []);
  await cdp.detach();
}

describe('on a phone (390×844)', () => {
  it('one column: canvas of 55–60% of the height, sheet below, filters in a drawer', async () => {
    const page = await session.open('?x=is-k&sel=is-k', PHONE);
    await fits(page);
    const canvas = (await page.locator('#canvas').boundingBox())!;
    expect(canvas.width).toBe(PHONE.width);
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(stage.height / PHONE.height).toBeGreaterThan(0.55);
    expect(stage.height / PHONE.height).toBeLessThan(0.6);
    const sheet = (await page.locator('#inspector').boundingBox())!;
    expect(sheet.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);

    // The handle: Enter closes the sheet and the canvas takes the room; ArrowUp opens it, twice full.
    const handle = page.getByTestId('sheet-handle');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await handle.focus();
    await page.keyboard.press('Enter');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('details-name').isVisible()).toBe(false);
    await page.waitForFunction(
      (h) => document.getElementById('canvas')!.getBoundingClientRect().height > h,
      canvas.height + 100,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#inspector').getAttribute('data-sheet')).toBe('full');
    expect(await page.getByTestId('sheet-full').getAttribute('aria-pressed')).toBe('true');
    await readable(page, '[data-testid=details-name]');
    expect((await page.locator('#inspector').boundingBox())!.height).toBeGreaterThan(
      PHONE.height * 0.8,
    );
    await page.getByTestId('sheet-full').click();
    expect(await page.locator('#inspector').getAttribute('data-sheet')).toBe('peek');

    // Filters, legend and chart: hidden until the toggle opens the drawer; Esc closes it.
    expect(await page.locator('#filters').isVisible()).toBe(false);
    const toggle = page.getByTestId('drawer-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (const panel of ['#filters', '#legend', '[data-testid=timeline-chart]'])
      await readable(page, panel);
    await fits(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.__actorgraph!.explorer.state.selected)).toBe('is-k');
  });

  it('search, open, tap a node, expand it, drag and pinch the canvas', async () => {
    const page = await session.open('', PHONE);
    await search(page, 'ISKP');
    await readable(page, '[data-testid=search-option][data-entity-id="is-k"]');
    await fits(page);
    await page.locator('[data-testid=search-option][data-entity-id="is-k"]').tap();
    expect((await graphState(page)).selected).toBe('is-k');
    await readable(page, '[data-testid=details-name]');
    await fits(page);

    // A tap on a node selects it and brings its details up, even from a closed sheet.
    await page.getByTestId('sheet-handle').click();
    const taliban = await nodePoint(page, 'taliban');
    await page.touchscreen.tap(taliban.x, taliban.y);
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.selected === 'taliban');
    expect(await page.getByTestId('sheet-handle').getAttribute('aria-expanded')).toBe('true');
    await page.locator('[data-testid=details][data-entity-id="taliban"]').waitFor();
    await page.getByTestId('action-expand').click();
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    await graphState(page);
    await fits(page);

    // One finger on empty canvas pans; two fingers spreading apart zoom in.
    const box = (await page.locator('#canvas').boundingBox())!;
    const view = () =>
      page.evaluate(() => {
        const cy = window.__actorgraph!.cy as unknown as {
          zoom(): number;
          pan(): { x: number; y: number };
        };
        return { zoom: cy.zoom(), pan: cy.pan() };
      });
    const before = await view();
    const corner = { x: box.x + 12, y: box.y + 12 };
    await touch(page, [
      [corner],
      [{ x: corner.x + 30, y: corner.y + 30 }],
      [{ x: corner.x + 60, y: corner.y + 60 }],
    ]);
    const panned = await view();
    expect(Math.hypot(panned.pan.x - before.pan.x, panned.pan.y - before.pan.y)).toBeGreaterThan(
      20,
    );
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const spread = (d: number) => [
      { x: mid.x - d, y: mid.y },
      { x: mid.x + d, y: mid.y },
    ];
    await touch(page, [spread(20), spread(50), spread(80), spread(110)]);
    expect((await view()).zoom).toBeGreaterThan(panned.zoom * 1.2);
  });

  it('traces TTP to IS-K and reads each hop and its quotes without sideways scrolling', async () => {
    const page = await session.open('?x=is-k', PHONE);
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-from-input').fill('Tehreek-e-Taliban');
    await page.locator('[data-testid=trace-from-option][data-entity-id="ttp"]').tap();
    await page.getByTestId('trace-to-input').fill('ISKP');
    await page.locator('[data-testid=trace-to-option][data-entity-id="is-k"]').tap();
    await page.waitForSelector('[data-testid=trace-hop]');
    const state = await graphState(page);
    expect(state.tracePath.length).toBeGreaterThanOrEqual(3);
    await fits(page);
    const hops = await page.getByTestId('trace-hop').count();
    for (let i = 0; i < hops; i += 1) {
      await readable(page, `[data-testid=trace-hop] >> nth=${i}`);
      await readable(page, `[data-testid=trace-hop] >> nth=${i} >> blockquote`);
    }
    await fits(page);
  });

  it('opens a quote in its source, readable on the screen', async () => {
    made = new TestEntities(session.app);
    const source = made.id('phone-source');
    const quote = 'the brigade moved its camp to the hills before the winter';
    const text = `${'An earlier paragraph of the page.\n\n'.repeat(80)}Reports said ${quote}.\n`;
    await made.edit(
      `mutation($input: SourceInput!) { addSource(input: $input) { source { id } } }`,
      { input: { id: source, title: 'A long dispatch read on a phone', text } },
    );
    const [a, b] = [await made.group('phone-a'), await made.group('phone-b')];
    const { addRelation } = await made.edit<{ addRelation: { id: string } }>(
      `mutation($input: RelationInput!) { addRelation(input: $input) { id } }`,
      { input: { type: 'RIVAL_OF', from: a.id, to: b.id, evidence: [{ source, quote }] } },
    );
    const page = await session.open(`?x=${a.id}&sel=${encodeURIComponent(addRelation.id)}`, PHONE);
    const selector = `[data-testid=details][data-relation-id="${addRelation.id}"] blockquote`;
    await readable(page, selector);
    await page.locator(selector).tap();
    const reader = page.getByTestId('source-reader');
    await reader.waitFor();
    await readable(page, '[data-testid=source-reader]');
    await readable(page, '[data-testid=quote-focus]');
    expect(await reader.getByTestId('quote-focus').textContent()).toBe(quote);
    await fits(page);
  });
});
