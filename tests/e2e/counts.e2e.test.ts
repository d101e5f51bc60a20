/**
 * Counts and the words beside them: the details' "Links" row counts what "Relationships (N)"
 * lists; a count of one takes the singular everywhere; filter counts follow the filters, and the
 * summary names the nodes left without links that stay, and why.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DUPLICATE } from '../support/graphql/seed-graph.js';
import { graphState } from './browser.js';
import { entities, relations, seedView } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();

/** A count of one with a plural noun, in the text or the labels of the page. */
const ONE_PLURAL =
  /\b1 (links|quotes|independent sources|independent reports|hops|nodes|new nodes|attacks|neighbours)\b/;

async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title]')].map(
        (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
      ),
    ].join('\n'),
  );
}

describe('counts and words', () => {
  it('an attack: "Links" is the number of links listed, and names the rest of its relationships', async () => {
    // An attack with casualty reports: they are relationships too, but not links to entities.
    const attack = [...entities.values()].find(
      (e) =>
        e.kind === 'Attack' &&
        relations.some((r) => r.from === e.id && r.type === 'REPORTED_BY') &&
        relations.some((r) => r.type !== 'REPORTED_BY' && (r.from === e.id || r.to === e.id)),
    )!;
    const page = await session.open(`?x=${attack.id}&sel=${attack.id}`);
    await page.locator(`[data-testid=details][data-entity-id="${attack.id}"]`).waitFor();
    const listed = Number(
      /\((\d+)\)/.exec((await page.locator('[data-testid=relations] h3').textContent())!)![1],
    );
    const links = relations.filter(
      (r) => r.type !== 'REPORTED_BY' && (r.from === attack.id || r.to === attack.id),
    ).length;
    expect(listed).toBe(links);
    const row = (await page.getByTestId('link-count').textContent())!;
    expect(row.startsWith(`${links} `)).toBe(true);
    const all = relations.filter((r) => r.from === attack.id || r.to === attack.id).length;
    expect(all).toBeGreaterThan(links);
    expect(row).toContain(`${all} relationships in all`);
  });

  it('a link with one source and one quote says "1 independent source, 1 quote"', async () => {
    const single = relations.find(
      (r) =>
        r.type !== 'REPORTED_BY' &&
        r.evidence.length === 1 &&
        r.evidence[0]!.source !== DUPLICATE.duplicate,
    )!;
    const page = await session.open(`?x=${single.from}&sel=${encodeURIComponent(single.id)}`);
    const details = page.locator(`[data-testid=details][data-relation-id="${single.id}"]`);
    await details.waitFor();
    expect(await details.textContent()).toContain('1 independent source, 1 quote');
    expect(await pageWords(page)).not.toMatch(ONE_PLURAL);
  });

  it('a traced path and its hops never say "1 links" or "1 independent sources"', async () => {
    const page = await session.open('?x=is-k,taliban&t=ttp,is-k&sel=is-k');
    await page.getByTestId('tab-trace').click();
    await page.waitForSelector('[data-testid=trace-hop]');
    const words = await pageWords(page);
    expect(words).toMatch(/\b\d+ (hop|hops)\b/);
    expect(words).not.toMatch(ONE_PLURAL);
  });

  it('hiding a relationship type hides the nodes it cut off, updates the counts and says who stays', async () => {
    const view = seedView(['is-k']);
    const page = await session.open('?x=is-k');
    // Every type in view hidden: IS-K, the opened node, stays alone and the summary says why.
    const types = [...new Set(view.edges.map((r) => r.type))];
    for (const type of types)
      await page
        .locator(`ul[aria-label="Relationship types"] li[data-key="${type}"] input`)
        .uncheck();
    await page.waitForFunction(
      (n) => window.__actorgraph!.explorer.state.filters.hiddenTypes.length === n,
      types.length,
    );
    const state = await graphState(page);
    expect(state.nodes).toEqual(['is-k']);
    expect(state.edges).toEqual([]);
    const summary = (await page.getByTestId('filter-summary').textContent())!;
    expect(summary).toContain(`Showing 1 of ${view.nodes.length} nodes`);
    expect(summary).toContain(`${view.nodes.length - 1} nodes left without a shown link hidden`);
    expect(summary).toContain(
      `${entities.get('is-k')!.name} stays without a shown link: it is opened.`,
    );
    // The Groups count shows how many of the groups in view are still shown.
    const groups = view.nodes.filter((id) => entities.get(id)!.kind === 'Group').length;
    expect(
      await page.locator('ul[aria-label="Node kinds"] li[data-key="Group"] .count').textContent(),
    ).toBe(`1 / ${groups}`);
    expect(await page.getByTestId('time-bar').textContent()).toContain('0 links shown');
  });
});
