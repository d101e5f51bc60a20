/**
 * The trace panel follows the filters and its own settings: with States hidden a trace never
 * passes through a State (or says there is no chain within the hops); hop count, order and
 * "avoid hubs" are settable, each path shows its strength, and what the ends share is listed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entities } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();

async function trace(page: Page, from: string, fromText: string, to: string, toText: string) {
  await page.getByTestId('tab-trace').click();
  await page.getByTestId('trace-from-input').fill(fromText);
  await page.locator(`[data-testid=trace-from-option][data-entity-id="${from}"]`).click();
  await page.getByTestId('trace-to-input').fill(toText);
  await page.locator(`[data-testid=trace-to-option][data-entity-id="${to}"]`).click();
  await page.waitForSelector('[data-testid=trace-hop], [data-testid=trace-none]');
}

/** Entity ids along the chosen path, in order of the hops. */
const pathEntities = (page: Page) =>
  page
    .locator('[data-testid=trace-hop] .hop-line [data-entity-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')!));

describe('trace and filters', () => {
  it('with States visible TTP reaches IS-K through a State; with States hidden it never does', async () => {
    const shown = await session.open('?x=ttp');
    await trace(shown, 'ttp', 'Tehreek-e-Taliban', 'is-k', 'ISKP');
    const through = await pathEntities(shown);
    expect(through.some((id) => entities.get(id)?.kind === 'State')).toBe(true);

    const hidden = await session.open('?x=ttp&hk=State');
    await trace(hidden, 'ttp', 'Tehreek-e-Taliban', 'is-k', 'ISKP');
    const none = hidden.getByTestId('trace-none');
    if ((await none.count()) > 0) {
      expect(await none.textContent()).toContain('within 4 hops');
    } else {
      const ids = await pathEntities(hidden);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(entities.get(id)?.kind, id).not.toBe('State');
    }
  });

  it('sets hops, order and the hub threshold; shows strength and what the ends share', async () => {
    const page = await session.open('?x=ttp');
    await trace(page, 'ttp', 'Tehreek-e-Taliban', 'is-k', 'ISKP');
    const option = page.getByTestId('trace-path-option').first();
    expect(await option.textContent()).toMatch(/Shortest .* strength \d\.\d\d/);

    await page.getByTestId('trace-order').selectOption('STRONGEST');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=trace-path-option]')
        ?.textContent?.startsWith('Strongest'),
    );
    const strengths = (await page.getByTestId('trace-path-option').allTextContents()).map((t) =>
      Number(/strength (\d\.\d\d)/.exec(t)![1]),
    );
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));

    // One hop is too few for TTP → IS-K (they share no link).
    await page.getByTestId('trace-max-hops').fill('1');
    await page.getByTestId('trace-max-hops').dispatchEvent('change');
    await page.waitForSelector('[data-testid=trace-none]');
    expect(await page.getByTestId('trace-none').textContent()).toContain('within 1 hop');

    // Avoid hubs: the threshold is visible and editable; below Pakistan's and Afghanistan's
    // degree, TTP (linked only to them) reaches nothing.
    await page.getByTestId('trace-max-hops').fill('4');
    await page.getByTestId('trace-max-hops').dispatchEvent('change');
    await page.waitForSelector('[data-testid=trace-hop]');
    const threshold = page.getByTestId('trace-max-degree');
    expect(await threshold.isVisible()).toBe(true);
    expect(await threshold.isDisabled()).toBe(true);
    await page.getByTestId('trace-avoid-hubs').check();
    await threshold.fill('2');
    await threshold.dispatchEvent('change');
    await page.waitForSelector('[data-testid=trace-none]');

    // What they share: TTP and IS-K have no direct link but common neighbours (the two States).
    const shared = page.getByTestId('trace-connection');
    expect(await shared.getByTestId('connection-direct').textContent()).toContain('(0)');
    const neighbours = await shared
      .getByTestId('connection-neighbours')
      .locator('[data-entity-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')!));
    expect(neighbours.sort()).toEqual(['afghanistan', 'pakistan']);
  });
});
