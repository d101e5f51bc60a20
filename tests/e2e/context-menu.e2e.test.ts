/**
 * The canvas context menu, as an analyst uses it on the seed graph: each entry on a node, a link
 * and the empty canvas does what it says, and what the canvas then shows is what the seeds predict.
 */
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { idsOf, entities, relations, seedView, type SeedRelation } from './seed-graph.js';
import { chooseMenuItem, menuItems, openMenuOn, useExplorer } from './session.js';

const session = useExplorer();
const name = (id: string) => entities.get(id)!.name;
const equal = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

/** Hops of the shortest undirected chain between two entities in the seed graph. */
function seedDistance(from: string, to: string): number {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const r of relations) {
      const next = r.from === at ? r.to : r.to === at ? r.from : null;
      if (next === null || seen.has(next)) continue;
      seen.set(next, seen.get(at)! + 1);
      queue.push(next);
    }
  }
  return seen.get(to) ?? Infinity;
}

describe('the context menu of a node', () => {
  it('offers the node’s actions; expand and collapse change the canvas as the seeds predict', async () => {
    const page = await session.open('?x=is-k');
    const start = seedView(['is-k']);
    const before = await graphState(page);
    expect(before.nodes).toEqual(start.nodes);
    expect(before.edges).toEqual(idsOf(start.edges));

    expect(await openMenuOn(page, 'taliban')).toBe(name('taliban'));
    expect(await menuItems(page)).toEqual([
      'Expand neighbours',
      'Pin in place',
      'Hide',
      'Trace from here',
      'Trace to here',
      'Highlight its links',
    ]);
    // Opening the menu selects the node, so the details panel follows.
    await page
      .getByTestId('details-name')
      .filter({ hasText: name('taliban') })
      .waitFor();

    await chooseMenuItem(page, 'Expand neighbours');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    const expanded = seedView(['is-k', 'taliban']);
    expect(expanded.nodes.length).toBeGreaterThan(start.nodes.length);
    const afterExpand = await graphState(page);
    expect(afterExpand.nodes).toEqual(expanded.nodes);
    expect(afterExpand.edges).toEqual(idsOf(expanded.edges));
    expect(await page.getByTestId('status').textContent()).toContain(
      `${expanded.nodes.length - start.nodes.length} new nodes`,
    );

    await openMenuOn(page, 'taliban');
    expect(await menuItems(page)).toContain('Collapse neighbours');
    await chooseMenuItem(page, 'Collapse neighbours');
    await page.waitForFunction(
      () => !window.__actorgraph!.explorer.state.expanded.includes('taliban'),
    );
    const collapsed = await graphState(page);
    expect(collapsed.nodes).toEqual(start.nodes);
    expect(collapsed.edges).toEqual(idsOf(start.edges));
  });

  it('hides a node with its links, counts it in the toolbar, and puts it back', async () => {
    const page = await session.open('?x=is-k');
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Hide');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.hidden.includes('taliban'),
    );
    const without = seedView(['is-k'], ['taliban']);
    const state = await graphState(page);
    expect(state.nodes).toEqual(without.nodes);
    expect(state.edges).toEqual(idsOf(without.edges));
    expect(state.edges.some((id) => id.split('~').includes('taliban'))).toBe(false);
    expect(await page.getByTestId('show-hidden').textContent()).toBe('Hidden: 1');

    await page.getByTestId('show-hidden').click();
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.hidden.length === 0);
    expect((await graphState(page)).nodes).toEqual(seedView(['is-k']).nodes);
    expect(await page.getByTestId('show-hidden').isVisible()).toBe(false);
  });

  it('pins a node where it stands, and unpins it', async () => {
    const page = await session.open('?x=is-k');
    const at = await page.evaluate(() =>
      window.__actorgraph!.cy.getElementById('taliban').position(),
    );
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Pin in place');
    await page.waitForFunction(() =>
      window.__actorgraph!.explorer.state.pinned.some((p) => p.id === 'taliban'),
    );
    const pin = await page.evaluate(() => window.__actorgraph!.explorer.state.pinned[0]!);
    expect(pin).toEqual({ id: 'taliban', x: Math.round(at.x), y: Math.round(at.y) });
    expect(
      await page.evaluate(() => {
        const node = window.__actorgraph!.cy.getElementById('taliban');
        return node.locked() && node.hasClass('pinned');
      }),
    ).toBe(true);
    expect(page.url()).toContain(`pin=taliban@${pin.x},${pin.y}`);

    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Unpin');
    await page.waitForFunction(() => window.__actorgraph!.explorer.state.pinned.length === 0);
    expect(
      await page.evaluate(() => window.__actorgraph!.cy.getElementById('taliban').locked()),
    ).toBe(false);
  });

  it('traces from one node to another, the path as short as the seed graph allows', async () => {
    const page = await session.open('?x=is-k');
    // A neighbour of IS-K that is not next to the Taliban, so the trace needs more than one hop.
    const target = seedView(['is-k']).nodes.find(
      (id) =>
        id !== 'is-k' && entities.get(id)!.kind === 'Group' && seedDistance('taliban', id) > 1,
    )!;
    expect(target).toBeDefined();
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Trace from here');
    expect(await page.getByTestId('trace-from-input').inputValue()).toBe(name('taliban'));
    expect(await page.getByTestId('trace-panel').isVisible()).toBe(true);

    await openMenuOn(page, target);
    await chooseMenuItem(page, 'Trace to here');
    await page.waitForSelector('[data-testid=trace-hop]');
    const state = await graphState(page);
    expect(await page.getByTestId('trace-hop').count()).toBe(seedDistance('taliban', target));
    expect(state.tracePath).toEqual(expect.arrayContaining(['taliban', target]));
    expect(page.url()).toContain(`t=taliban,${target}`);
  });

  it('highlights a node’s links for a moment', async () => {
    const page = await session.open('?x=is-k');
    await openMenuOn(page, 'taliban');
    await chooseMenuItem(page, 'Highlight its links');
    const flashed = await page.evaluate(() =>
      window.__actorgraph!.cy.edges('.hover').map((e) => e.id()),
    );
    const incident = seedView(['is-k']).edges.filter((r) => [r.from, r.to].includes('taliban'));
    expect(flashed.sort()).toEqual(idsOf(incident));
    await page.waitForFunction(() => window.__actorgraph!.cy.edges('.hover').length === 0);
  });
});

describe('the context menu of a link and of the canvas', () => {
  it('reads a link’s evidence, hides its type, and goes to either end', async () => {
    const page = await session.open('?x=is-k');
    const labelOf = (type: string) => type.toLowerCase().replace(/_/g, ' ');
    const itemsOf = (r: SeedRelation) => [
      'Read the evidence',
      `Hide all “${labelOf(r.type)}” links`,
      `Go to ${name(r.from)}`,
      `Go to ${name(r.to)}`,
    ];
    /**
     * Opens the menu of the first of `candidates` whose midpoint no other link crosses in the
     * layout as it is now (the menu that opens must be that link's, title and entries).
     */
    async function openOnFreeLink(candidates: SeedRelation[]): Promise<SeedRelation> {
      for (const candidate of candidates) {
        const title = await openMenuOn(page, candidate.id);
        if (title === labelOf(candidate.type) && equal(await menuItems(page), itemsOf(candidate)))
          return candidate;
        await page.keyboard.press('Escape');
        await page.locator('#context-menu').waitFor({ state: 'hidden' });
      }
      throw new Error('no link of IS-K opened its own menu');
    }
    const links = seedView(['is-k']).edges.filter((r) => r.from === 'is-k');
    const link = await openOnFreeLink(links);
    await chooseMenuItem(page, 'Read the evidence');
    const details = page.locator(`[data-testid=details][data-relation-id="${link.id}"]`);
    await details.waitFor();
    expect((await details.locator('blockquote').allTextContents()).sort()).toEqual(
      link.evidence.map((e) => `“${e.quote}”`).sort(),
    );

    await openMenuOn(page, link.id);
    await chooseMenuItem(page, `Go to ${name(link.to)}`);
    await page.waitForFunction(
      (to) => window.__actorgraph!.explorer.state.selected === to,
      link.to,
    );

    // Going to the other end may move the view: the free link is looked for again.
    const hidden = await openOnFreeLink([link, ...links.filter((r) => r !== link)]);
    await chooseMenuItem(page, 'Hide all');
    const state = await graphState(page);
    expect(state.edges).toEqual(
      idsOf(seedView(['is-k']).edges.filter((r) => r.type !== hidden.type)),
    );
    expect(page.url()).toContain(`ht=${hidden.type}`);
  });

  it('on the empty canvas offers view actions, enabled only when they apply', async () => {
    const page = await session.open('?x=is-k');
    const box = (await page.locator('#canvas').boundingBox())!;
    // A corner of the canvas: fitted layouts leave padding there.
    await page.mouse.click(box.x + 5, box.y + 5, { button: 'right' });
    await page.locator('#context-menu').waitFor({ state: 'visible' });
    expect(await menuItems(page)).toEqual([
      'Fit to screen',
      'Re-run layout',
      'Show hidden nodes (0)',
      'Clear trace',
      'Undo',
    ]);
    const disabled = await page
      .locator('#context-menu [role=menuitem][disabled] span')
      .allTextContents();
    expect(disabled).toEqual(['Show hidden nodes (0)', 'Clear trace', 'Undo']);
    await page.keyboard.press('Escape');
    await page.locator('#context-menu').waitFor({ state: 'hidden' });

    await page.evaluate(() => void window.__actorgraph!.cy.zoom(4));
    await page.mouse.click(box.x + 5, box.y + 5, { button: 'right' });
    await chooseMenuItem(page, 'Fit to screen');
    const inside = await page.evaluate(() => {
      const cy = window.__actorgraph!.cy;
      const e = cy.extent();
      return cy.nodes(':visible').map((n) => {
        const q = cy.getElementById(n.id()).position();
        return q.x >= e.x1 && q.x <= e.x2 && q.y >= e.y1 && q.y <= e.y2;
      });
    });
    expect(inside.every(Boolean)).toBe(true);
  });
});
