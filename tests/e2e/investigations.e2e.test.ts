/**
 * Saved investigations in real Chromium: a view with a moved node, a pin, a hidden kind and notes
 * on a node and a link is saved, the page reloaded, and the investigation reopened from the list
 * and from its link: nodes where they were (within a few pixels), notes, filters and pins back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorHeaders } from '../support/app.js';
import { graphState, nodePoint } from './browser.js';
import { positions, useExplorer } from './session.js';

const session = useExplorer();
const TOKEN = editorHeaders.authorization.replace(/^Bearer /, '');

/** The explorer's `apply`, which the shared hook type in browser.ts leaves out. */
type Apply = (changes: Record<string, unknown>) => Promise<void>;

/** Changes the view as a user action would, through the explorer (e.g. selecting a link). */
async function applyView(page: Page, changes: Record<string, unknown>): Promise<void> {
  await page.evaluate((c) => {
    const ex = window.__actorgraph!.explorer as unknown as { state: object; apply: Apply };
    return ex.apply({ ...ex.state, ...c });
  }, changes);
}

/** Selects the node or link `id`, and waits for the note field to be ready for it. */
async function select(page: Page, id: string): Promise<void> {
  await applyView(page, { selected: id });
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid=element-note]') as HTMLTextAreaElement).disabled,
  );
}

async function writeNote(page: Page, id: string, text: string): Promise<void> {
  await select(page, id);
  await page.getByTestId('element-note').fill(text);
  await page.getByTestId('element-note').blur(); // `change` fires on leaving the field
}

/** Waits until the panel says it opened an investigation, and the layout has settled. */
async function opened(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=investigation-status]')?.textContent?.startsWith('Opened'),
  );
  await graphState(page);
}

describe('saved investigations', () => {
  it('saves a view, and reopens it after a reload with positions, pins, filters and notes', async () => {
    const page = await session.open('?x=is-k&hk=Attack');
    const before = await graphState(page);
    const moved = before.nodes.find((id) => id !== 'is-k')!;
    // Drag one node 90 px right and 60 px down, as an analyst tidying the picture would.
    const from = { ...(await nodePoint(page, moved)), model: (await positions(page))[moved]! };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 45, from.y + 30, { steps: 5 });
    await page.mouse.move(from.x + 90, from.y + 60, { steps: 5 });
    await page.mouse.up();
    // Pin a third node where it stands.
    const pinned = before.nodes.find((id) => id !== 'is-k' && id !== moved)!;
    const at = (await positions(page))[pinned]!;
    await applyView(page, { pinned: [{ id: pinned, x: Math.round(at.x), y: Math.round(at.y) }] });
    const link = before.edges.find((id) => id.includes('~'))!;
    await writeNote(page, moved, 'Moved here, see the 2021 reporting.');
    await writeNote(page, link, 'Link: "quoted", with, commas.');
    const saved = await positions(page);
    // The drag moved the node (90 px on screen), so a fresh layout alone would not put it back.
    const zoom = await page.evaluate(() => window.__actorgraph!.cy.zoom());
    expect(
      Math.hypot(saved[moved]!.x - from.model.x, saved[moved]!.y - from.model.y),
    ).toBeGreaterThan(60 / zoom);

    await page.getByTestId('investigation-name').fill('E2E: IS-K neighbourhood');
    await page.getByTestId('investigation-notes').fill('Overall notes\non two lines.');
    await page.getByTestId('editor-token').fill(TOKEN);
    await page.getByTestId('investigation-save').click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=investigation-status]')
        ?.textContent?.startsWith('Saved'),
    );
    const href = await page.getByTestId('investigation-link').getAttribute('href');
    const id = new URL(href!).searchParams.get('investigation')!;
    expect(id).toMatch(/^inv-e2e-is-k-neighbourhood-[0-9a-f]{8}$/);

    // A fresh page with nothing on it: reopen from the list.
    const fresh = await session.open('');
    expect((await graphState(fresh)).nodes).toEqual([]);
    await fresh.getByTestId('investigation-refresh').click();
    await fresh.locator(`[data-testid=investigation-open][data-id="${id}"]`).click();
    await opened(fresh);
    await expectRestored(fresh, saved, before.nodes, moved, link);
    expect(await pinsOf(fresh)).toEqual([pinned]);

    // And from the shareable link.
    const linked = await session.open(`?investigation=${id}`);
    await opened(linked);
    await expectRestored(linked, saved, before.nodes, moved, link);
    expect(await pinsOf(linked)).toEqual([pinned]);
  });
});

const pinsOf = (page: Page) =>
  page.evaluate(() => window.__actorgraph!.explorer.state.pinned.map((p) => p.id));

async function expectRestored(
  page: Page,
  saved: Record<string, { x: number; y: number }>,
  nodes: string[],
  moved: string,
  link: string,
): Promise<void> {
  const state = await graphState(page);
  expect(state.nodes).toEqual(nodes);
  const now = await positions(page);
  for (const id of nodes) {
    expect(Math.abs(now[id]!.x - saved[id]!.x), id).toBeLessThan(3);
    expect(Math.abs(now[id]!.y - saved[id]!.y), id).toBeLessThan(3);
  }
  expect(
    await page.evaluate(() => window.__actorgraph!.explorer.state.filters.hiddenKinds),
  ).toEqual(['Attack']);
  expect(await page.getByTestId('investigation-notes').inputValue()).toBe(
    'Overall notes\non two lines.',
  );
  const marked = await page.evaluate(() =>
    window
      .__actorgraph!.cy.elements('.has-note')
      .map((e) => e.id())
      .sort(),
  );
  expect(marked).toEqual([moved, link].sort());
  await select(page, moved);
  expect(await page.getByTestId('element-note').inputValue()).toBe(
    'Moved here, see the 2021 reporting.',
  );
  // Also in the details panel, above the entity's details.
  expect(await page.getByTestId('details-note').textContent()).toBe(
    'Note: Moved here, see the 2021 reporting.',
  );
  await select(page, link);
  expect(await page.getByTestId('element-note').inputValue()).toBe('Link: "quoted", with, commas.');
}
