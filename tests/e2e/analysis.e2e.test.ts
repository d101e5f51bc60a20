/**
 * The analysis panels in real Chromium: common neighbours of two actors list what the API's
 * `commonNeighbors` answers, and the ranking sizes the graph's nodes by the chosen score.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  COMMON_NEIGHBORS,
  RANKING,
  type CommonNeighborFields,
  type RankedFields,
} from '../../client/src/api/analysis.js';
import { MIN_SIZE, rankSizes } from '../../client/src/graph/rank-size.js';
import { gql } from '../support/app.js';
import { graphState } from './browser.js';
import { useExplorer } from './session.js';

const session = useExplorer();

async function choose(page: Page, slot: 'a' | 'b', text: string, id: string) {
  await page.getByTestId(`common-${slot}-input`).fill(text);
  await page.locator(`[data-testid=common-${slot}-option][data-entity-id="${id}"]`).click();
}

describe('analysis panels', () => {
  it('lists the common neighbours of two actors, each focusable in the graph', async () => {
    const result = await gql<{ commonNeighbors: CommonNeighborFields[] }>(
      session.app,
      COMMON_NEIGHBORS.document,
      { a: 'is-k', b: 'taliban' },
    );
    const expected = result.data!.commonNeighbors.map((n) => n.node.id).sort();
    expect(expected.length).toBeGreaterThan(0);

    const page = await session.open();
    await choose(page, 'a', 'IS-K', 'is-k');
    await choose(page, 'b', 'Taliban', 'taliban');
    const items = page.locator('[data-testid=common-results] li[data-entity-id]');
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid=common-results] li[data-entity-id]').length === n,
      expected.length,
    );
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => li.getAttribute('data-entity-id')!),
    );
    expect(shown.sort()).toEqual(expected);
    expect(await page.getByTestId('common-results').textContent()).toContain(
      `${expected.length} common`,
    );

    const [first] = expected;
    await page.locator(`[data-testid=common-results] li[data-entity-id="${first}"] button`).click();
    await page.waitForFunction((id) => window.__actorgraph!.explorer.state.selected === id, first);
    const state = await graphState(page);
    expect(state.nodes).toContain(first);
  });

  it('the ranking sizes the nodes by degree, and the legend says so', async () => {
    const api = await gql<{ ranking: RankedFields[] }>(session.app, RANKING.document, {
      by: 'DEGREE',
      kinds: null,
      first: 200,
    });
    const ranking = api.data!.ranking;
    const expected = rankSizes(ranking, 'DEGREE');

    const page = await session.open('?x=is-k');
    await page.getByTestId('rank-load').click();
    await page.locator('[data-testid=rank-list] li').first().waitFor();
    expect(
      await page.locator('[data-testid=rank-list] li').first().getAttribute('data-entity-id'),
    ).toBe(ranking[0]!.entity.id);
    const usual = await widths(page);
    await page.getByTestId('rank-size').check();
    const sized = await widths(page);
    const ids = Object.keys(sized);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(sized[id]).toBeCloseTo(expected.get(id) ?? MIN_SIZE, 1);
    expect(new Set(Object.values(sized)).size).toBeGreaterThan(2);
    expect(await page.getByTestId('rank-legend').textContent()).toContain('degree');
    expect(await page.getByTestId('rank-legend').isVisible()).toBe(true);

    await page.getByTestId('rank-size').uncheck();
    expect(await widths(page)).toEqual(usual);
  });
});

async function widths(page: Page): Promise<Record<string, number>> {
  // Cytoscape's node.width(): the size in model units, style bypasses included.
  return page.evaluate(() =>
    Object.fromEntries(
      window
        .__actorgraph!.cy.nodes(':visible')
        .map((n) => [n.id(), (n as unknown as { width(): number }).width()] as [string, number]),
    ),
  );
}
