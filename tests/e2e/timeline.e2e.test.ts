/**
 * The "Attacks over time" chart and the time window: the bars count the seed attacks of the groups
 * in view per period, and picking a period (click or keyboard) narrows the window, which fades the
 * attacks not yet happened by its end and their links; undated ones are hidden
 * (docs/data-model.md, "Time"; time-undated.e2e.test.ts has the "Include undated" switch).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { entities, relations, seedView } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();
const ATTRIBUTION = ['CLAIMED', 'SUSPECTED_OF', 'PERPETRATED'];

/** Month index (year * 12 + month - 1) of a seed date; a bare year counts as its January. */
const monthOf = (date: string) =>
  Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) || 1) - 1;

/** "period: group name" → attacks, by the chart's rule: months up to 3 years, quarters up to 8, else years. */
function expectedBars(groups: string[]): Map<string, number> {
  // An attack counts once per group, however many links (claimed, suspected…) tie them.
  const rows = groups.flatMap((g) =>
    [
      ...new Set(
        relations
          .filter((r) => r.from === g && ATTRIBUTION.includes(r.type) && entities.get(r.to)!.date)
          .map((r) => r.to),
      ),
    ].map((a) => ({ group: entities.get(g)!.name, month: monthOf(entities.get(a)!.date!) })),
  );
  const months = rows.map((r) => r.month);
  const span = Math.max(...months) - Math.min(...months) + 1;
  const step = span <= 36 ? 1 : span <= 96 ? 3 : 12;
  const label = (m: number) => {
    const start = m - (m % step);
    const year = Math.floor(start / 12);
    if (step === 12) return String(year);
    if (step === 3) return `${year}-Q${Math.floor((start % 12) / 3) + 1}`;
    return `${year}-${String((start % 12) + 1).padStart(2, '0')}`;
  };
  const bars = new Map<string, number>();
  for (const r of rows) {
    const key = `${label(r.month)}: ${r.group}`;
    bars.set(key, (bars.get(key) ?? 0) + 1);
  }
  return bars;
}

/** The chart's bars as "period: group name" → attacks, read from their tooltips. */
async function shownBars(page: Page): Promise<Map<string, number>> {
  await page.locator('[data-testid=timeline-chart] [data-period]').first().waitFor();
  const titles = await page.locator('[data-testid=timeline-chart] title').allTextContents();
  return new Map(
    titles.map((t) => {
      const match = /^(.+), (\d+) attacks?$/.exec(t)!;
      return [match[1]!, Number(match[2])];
    }),
  );
}

/** Ids of the attacks in view whose date lies outside [from, to] (months, inclusive). */
function attacksOutside(nodes: string[], window: { from: string; to: string }): string[] {
  return nodes.filter((id) => {
    const e = entities.get(id)!;
    if (e.kind !== 'Attack' || !e.date) return false;
    const m = monthOf(e.date);
    const last = /^\d{4}$/.test(e.date) ? m + 11 : m;
    return last < monthOf(window.from) || m > monthOf(window.to);
  });
}

/** Ids of the attacks in view dated after the window's end: not happened yet, so faded. */
const attacksAfter = (nodes: string[], window: { from: string; to: string }) =>
  nodes.filter((id) => {
    const e = entities.get(id)!;
    return e.kind === 'Attack' && e.date && monthOf(e.date) > monthOf(window.to);
  });

/** Links with no since/until and no dated attack at either end: hidden by any window. */
const undatedLinks = (edges: typeof relations) =>
  edges
    .filter(
      (r) =>
        !r.since &&
        !r.until &&
        ![r.from, r.to].some((id) => entities.get(id)!.kind === 'Attack' && entities.get(id)!.date),
    )
    .map((r) => r.id);

describe('the timeline chart', () => {
  it('shows the attacks of the groups in view per period, as the seeds date them', async () => {
    const page = await session.open('?x=is-k');
    const view = seedView(['is-k']);
    const groups = view.nodes.filter((id) => entities.get(id)!.kind === 'Group');
    const expected = expectedBars(groups);
    expect(expected.size).toBeGreaterThan(1);
    expect(await shownBars(page)).toEqual(expected);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(
      await page.locator('[data-testid=timeline-chart] svg').getAttribute('aria-label'),
    ).toMatch(new RegExp(`^${total} attacks from `));
  });

  it('clicking a period narrows the time window to it and fades the attacks outside', async () => {
    const page = await session.open('?x=is-k');
    const view = seedView(['is-k']);
    const before = await graphState(page);
    expect(before.edgesInWindow).toEqual(before.edges);
    const bars = await shownBars(page);
    // The busiest period, so that both sides of the window have attacks.
    const totals = new Map<string, number>();
    for (const [key, n] of bars) {
      const period = key.split(': ')[0]!;
      totals.set(period, (totals.get(period) ?? 0) + n);
    }
    const [period] = [...totals].sort((a, b) => b[1] - a[1])[0]!;
    await page.locator(`[data-testid=timeline-chart] [data-period="${period}"]`).click();
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window !== null);
    const chosen = await page.evaluate(() => window.__actorgraph!.explorer.state.filters.window!);
    expect(monthOf(chosen.from)).toBeLessThanOrEqual(monthOf(chosen.to));
    expect(page.url()).toContain(`from=${chosen.from}&to=${chosen.to}`);

    const later = attacksAfter(view.nodes, chosen);
    const notInPeriod = attacksOutside(view.nodes, chosen);
    const inside = view.nodes.filter(
      (id) =>
        entities.get(id)!.kind === 'Attack' && entities.get(id)!.date && !notInPeriod.includes(id),
    );
    expect(later.length).toBeGreaterThan(0);
    expect(inside.length).toBe(totals.get(period));
    const after = await graphState(page);
    const faded = await page.evaluate(() =>
      window.__actorgraph!.cy.nodes('.faded').map((n) => n.id()),
    );
    expect(faded.sort()).toEqual(later.sort());
    // Faded, not removed; only the undated links are hidden by a window.
    const undated = undatedLinks(view.edges);
    expect(after.edges).toEqual(before.edges.filter((id) => !undated.includes(id)));
    for (const r of view.edges) {
      if (later.includes(r.from) || later.includes(r.to))
        expect(after.edgesInWindow).not.toContain(r.id);
    }
    expect(await page.getByTestId('time-window').textContent()).not.toBe('All dates');

    await page.getByTestId('time-reset').click();
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window === null);
    expect((await graphState(page)).edgesInWindow).toEqual(before.edges);
  });

  it('a period can be picked from the keyboard', async () => {
    const page = await session.open('?x=is-k');
    await shownBars(page);
    const first = page.locator('[data-testid=timeline-chart] [data-period]').first();
    const period = (await first.getAttribute('data-period'))!;
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.filters.window !== null);
    const chosen = await page.evaluate(() => window.__actorgraph!.explorer.state.filters.window!);
    expect(chosen.from.startsWith(period.slice(0, 4))).toBe(true);
  });
});
