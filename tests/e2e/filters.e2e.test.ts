/**
 * The filters panel and the legend: counts per kind and status are those of the seed view, and
 * unticking a status or a kind hides exactly the links and nodes the seeds say it should,
 * including the nodes it leaves without a shown link (the opened ones stay, and the panel says so).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { entities, idsOf, nodesWithLinks, seedView } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();
const UNSTATED = 'unstated';

/** The count shown beside each entry of one of the panel's lists. */
async function counts(page: Page, list: string): Promise<Record<string, number>> {
  const rows = page.locator(`ul[aria-label="${list}"] > li[data-key]`);
  const result: Record<string, number> = {};
  for (let i = 0; i < (await rows.count()); i += 1) {
    const row = rows.nth(i);
    result[(await row.getAttribute('data-key'))!] = Number(
      await row.locator('.count').textContent(),
    );
  }
  return result;
}

function tally<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const item of items) result[key(item)] = (result[key(item)] ?? 0) + 1;
  return result;
}

const box = (page: Page, list: string, key: string) =>
  page.locator(`ul[aria-label="${list}"] > li[data-key="${key}"] input`);

describe('status filters', () => {
  it('count the links of each status in view, and hide exactly those unticked', async () => {
    const page = await session.open('?x=is-k,taliban');
    const view = seedView(['is-k', 'taliban']);
    const expected = tally(view.edges, (r) => r.status ?? UNSTATED);
    const shown = await counts(page, 'Statuses');
    for (const [status, n] of Object.entries(shown)) expect(n, status).toBe(expected[status] ?? 0);
    expect(Object.keys(expected).every((s) => s in shown)).toBe(true);

    // Untick the most common status, then links without a status: each time, the seeds' rest stays.
    const hide: string[] = [];
    for (const status of [Object.entries(expected).sort((a, b) => b[1] - a[1])[0]![0], UNSTATED]) {
      hide.push(status);
      await box(page, 'Statuses', status).uncheck();
      await page.waitForFunction(
        (n) => window.__actorgraph!.explorer.state.filters.hiddenStatuses.length === n,
        hide.length,
      );
      const state = await graphState(page);
      const shownEdges = view.edges.filter((r) => !hide.includes(r.status ?? UNSTATED));
      expect(state.edges).toEqual(idsOf(shownEdges));
      // Statuses hide links; the nodes left without one go too, the two opened ones stay.
      const nodes = nodesWithLinks(view, shownEdges, ['is-k', 'taliban']);
      expect(nodes.length).toBeLessThan(view.nodes.length);
      expect(state.nodes).toEqual(nodes);
      const summary = await page.getByTestId('filter-summary').textContent();
      expect(summary).toContain(`Showing ${nodes.length} of ${view.nodes.length} nodes`);
      expect(summary).toContain(`${view.nodes.length - nodes.length} nodes left without`);
    }
    expect(page.url()).toContain(`hs=${hide.join(',')}`);

    await page.getByTestId('filters-reset').click();
    await page.waitForFunction(
      () => window.__actorgraph!.explorer.state.filters.hiddenStatuses.length === 0,
    );
    expect((await graphState(page)).edges).toEqual(idsOf(view.edges));
    expect((await graphState(page)).nodes).toEqual(view.nodes);
  });

  it('a status hidden before tracing keeps those links out of the traced path', async () => {
    const page = await session.open('?x=is-k&hs=reported');
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-from-input').fill('Taliban');
    await page.locator('[data-testid=trace-from-option][data-entity-id="taliban"]').click();
    await page.getByTestId('trace-to-input').fill('ISKP');
    await page.locator('[data-testid=trace-to-option][data-entity-id="is-k"]').click();
    await page.waitForSelector('[data-testid=trace-hop], [data-testid=trace-none]');
    const hops = await page
      .getByTestId('trace-hop')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-id')!));
    expect(hops.length).toBeGreaterThan(0);
    const status = new Map(seedView(['is-k', 'taliban']).edges.map((r) => [r.id, r.status]));
    for (const id of hops) expect(status.get(id), id).not.toBe('reported');
  });
});

describe('kinds: the legend and the kind filters', () => {
  it('the legend names every kind in view; the kind counts are the seed view’s', async () => {
    const page = await session.open('?x=is-k');
    const view = seedView(['is-k']);
    const kinds = tally(view.nodes, (id) => entities.get(id)!.kind);
    const legend = await page.locator('#legend .legend-list li').allTextContents();
    for (const kind of Object.keys(kinds)) expect(legend).toContain(kind);
    const shown = await counts(page, 'Node kinds');
    for (const [kind, n] of Object.entries(shown)) expect(n, kind).toBe(kinds[kind] ?? 0);
  });

  it('unticking a kind hides its nodes and their links, and ticking it brings them back', async () => {
    const page = await session.open('?x=is-k');
    const view = seedView(['is-k']);
    await box(page, 'Node kinds', 'Person').uncheck();
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.filters.hiddenKinds.includes('Person'),
    );
    const people = view.nodes.filter((id) => entities.get(id)!.kind === 'Person');
    expect(people.length).toBeGreaterThan(0);
    const state = await graphState(page);
    const shownEdges = view.edges.filter((r) => !people.includes(r.from) && !people.includes(r.to));
    expect(state.nodes).toEqual(
      nodesWithLinks(view, shownEdges, ['is-k']).filter((id) => !people.includes(id)),
    );
    expect(state.edges).toEqual(idsOf(shownEdges));
    expect(page.url()).toContain('hk=Person');

    await box(page, 'Node kinds', 'Person').check();
    await page.waitForFunction(
      () => window.__actorgraph!.explorer.state.filters.hiddenKinds.length === 0,
    );
    expect((await graphState(page)).nodes).toEqual(view.nodes);
  });
});
