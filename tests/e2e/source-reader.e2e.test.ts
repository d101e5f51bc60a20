/**
 * The source reader: clicking a verified quote opens its source's stored text scrolled to the
 * quote, highlighted, with the other quotes from that source marked; a quote of a source without
 * text is shown as unverified and opens nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TestEntities, UPSERT } from '../support/graphql/test-entities.js';
import { useExplorer } from './session.js';

const session = useExplorer();
let made: TestEntities | undefined;
afterAll(async () => made?.cleanUp());

const dispatch = readFileSync(new URL('../fixtures/sources/dispatch.txt', import.meta.url), 'utf8');
const FIRST = 'The Lantern Brigade said on Sunday';
const SECOND = 'both had trained with the brigade in the northern hills since 2021';

const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { source { id } } }`;
const ADD_RELATION = `mutation($input: RelationInput!) { addRelation(input: $input) { id } }`;

async function linkQuoting(evidence: { source: string; quote: string }[]) {
  const [a, b] = [
    await made!.group(`r${Math.floor(Math.random() * 1e9)}`),
    await made!.group(`s${Math.floor(Math.random() * 1e9)}`),
  ];
  const { addRelation } = await made!.edit<{ addRelation: { id: string } }>(ADD_RELATION, {
    input: { type: 'RIVAL_OF', from: a.id, to: b.id, evidence },
  });
  return { from: a.id, id: addRelation.id };
}

describe('the source reader', () => {
  it('opens a quote in its source, scrolled to it and highlighted, the other quote marked', async () => {
    made = new TestEntities(session.app);
    const id = made.id('dispatch');
    // Two hundred paragraphs before the article, so the quote lies far below the first screen.
    const text = `${'An earlier paragraph of the page.\n\n'.repeat(200)}${dispatch}(${id})\n`;
    await made.edit(ADD_SOURCE, { input: { id, title: 'Harbour Dispatch', text } });
    const link = await linkQuoting([
      { source: id, quote: FIRST },
      { source: id, quote: SECOND },
    ]);
    const page = await session.open(`?x=${link.from}&sel=${encodeURIComponent(link.id)}`);
    const details = page.locator(`[data-testid=details][data-relation-id="${link.id}"]`);
    await details.waitFor();
    expect(await details.getByTestId('unverified').count()).toBe(0);
    await details.locator('blockquote', { hasText: SECOND }).click();
    const reader = page.getByTestId('source-reader');
    await reader.waitFor();
    expect(await reader.getAttribute('data-source-id')).toBe(id);
    const focus = reader.getByTestId('quote-focus');
    await focus.waitFor();
    expect(await focus.textContent()).toBe(SECOND);
    expect(await reader.getByTestId('quote-other').allTextContents()).toEqual([FIRST]);
    // Scrolled to the quote: it lies inside the visible part of the text box.
    const box = (await reader.getByTestId('source-text').boundingBox())!;
    const mark = (await focus.boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    expect(await reader.getByTestId('source-text').evaluate((el) => el.scrollTop)).toBeGreaterThan(
      0,
    );
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
  });

  it('marks a quote of a source without text as unverified', async () => {
    made ??= new TestEntities(session.app);
    const id = made.id('link-only');
    await made.edit(UPSERT, {
      input: { id, kind: 'Source', name: 'Only a link', url: 'https://example.org/x' },
    });
    const link = await linkQuoting([{ source: id, quote: 'words nobody can check' }]);
    const page = await session.open(`?x=${link.from}&sel=${encodeURIComponent(link.id)}`);
    const details = page.locator(`[data-testid=details][data-relation-id="${link.id}"]`);
    await details.waitFor();
    expect(await details.getByTestId('unverified').count()).toBe(1);
    await details.locator('blockquote', { hasText: 'words nobody can check' }).click();
    expect(await page.getByTestId('source-reader').count()).toBe(0);
  });
});
