/**
 * Undated attacks and links in a time view (docs/data-model.md, "Time"): a window hides them, the
 * time bar says how many and offers "Include undated"; switched on, they come back marked
 * "date unknown" in the details. Expectations come from the seeds, by the rule as written there.
 */
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { entities, relations, seedView, type SeedRelation } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();

const isUndatedAttack = (id: string) =>
  entities.get(id)?.kind === 'Attack' && !entities.get(id)?.date;
const isDatedAttack = (id: string) => entities.get(id)?.kind === 'Attack' && !isUndatedAttack(id);
const isUndatedLink = (r: SeedRelation) =>
  !r.since && !r.until && !isDatedAttack(r.from) && !isDatedAttack(r.to);

describe('undated attacks and links in a time window', () => {
  it('are hidden and counted, and "Include undated" brings them back', async () => {
    const page = await session.open('?x=is-k');
    const view = seedView(['is-k']);
    const undatedNodes = view.nodes.filter(isUndatedAttack);
    const undatedEdges = view.edges.filter(isUndatedLink).map((r) => r.id);
    expect(undatedNodes.length).toBeGreaterThan(0);
    expect(undatedEdges.length).toBeGreaterThan(0);
    const all = await graphState(page);
    const toggle = page.getByTestId('include-undated');
    expect(await toggle.isDisabled()).toBe(true); // no window: everything is shown

    // Narrow the window with the end handle of the time bar.
    await page.getByTestId('time-end').fill('1');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window !== null);
    const windowed = await graphState(page);
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await toggle.isDisabled()).toBe(false);
    const count = page.getByTestId('undated-count');
    expect(Number(await count.getAttribute('data-count'))).toBe(
      undatedNodes.length + undatedEdges.length,
    );
    expect(await count.textContent()).toContain('hidden');
    for (const id of undatedNodes) expect(windowed.nodes).not.toContain(id);
    for (const id of undatedEdges) expect(windowed.edges).not.toContain(id);
    expect(windowed.edges).toEqual(all.edges.filter((id) => !undatedEdges.includes(id)));

    await page.locator('label[for=include-undated]').click();
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.includeUndated);
    expect(page.url()).toContain('undated=1');
    const included = await graphState(page);
    expect(included.edges).toEqual(all.edges);
    expect(included.nodes).toEqual(all.nodes);
    expect(await count.textContent()).toContain('date unknown');

    await toggle.uncheck();
    await page.waitForFunction(() => !window.__actorgraph!.explorer.state.filters.includeUndated);
    expect((await graphState(page)).edges).toEqual(windowed.edges);
  });

  it('the details mark undated attacks and links "date unknown"', async () => {
    const attack = relations.find((r) => r.from === 'is-k' && isUndatedAttack(r.to))!.to;
    const page = await session.open(`?x=is-k&from=2021-01&to=2022-06&undated=1&sel=${attack}`);
    const details = page.locator(`[data-testid=details][data-entity-id="${attack}"]`);
    await details.waitFor();
    expect(await details.locator('dl [data-testid=date-unknown]').count()).toBe(1);

    const page2 = await session.open('?x=is-k&from=2021-01&to=2022-06&undated=1&sel=is-k');
    const marks = page2.locator(
      '[data-testid=details][data-entity-id="is-k"] [data-testid=relations] [data-testid=date-unknown]',
    );
    await marks.first().waitFor({ state: 'attached' });
    const undatedOfIsk = relations.filter(
      (r) => (r.from === 'is-k' || r.to === 'is-k') && isUndatedLink(r),
    );
    expect(await marks.count()).toBe(undatedOfIsk.length);
    const marked = await marks.evaluateAll((els) =>
      els.map((e) => e.closest('[data-relation-id]')!.getAttribute('data-relation-id')),
    );
    expect(marked.sort()).toEqual(undatedOfIsk.map((r) => r.id).sort());
  });
});
