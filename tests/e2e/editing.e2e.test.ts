/**
 * Editing in the explorer, in real Chromium: an editor signs in, creates two entities, links them
 * with a quote selected in a source's text (only the types the vocabulary allows for their kinds
 * are offered), reads the link with its quote in the details panel, adds evidence to it and
 * deletes it again; a bad value is shown at its field; a reader who has not signed in sees no
 * edit actions.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../server/src/domain/vocabulary.js';
import { editorHeaders } from '../support/app.js';
import { TestEntities } from '../support/graphql/test-entities.js';
import { graphState } from './browser.js';
import { PHONE, useExplorer } from './session.js';

const TOKEN = editorHeaders.authorization.replace(/^Bearer /, '');
const VIEWER_TOKEN = 'e2e-viewer-token-0123456789abcdef';
const session = useExplorer({ ACTORGRAPH_TOKENS: `vera:viewer:${VIEWER_TOKEN}` });
let made: TestEntities | undefined;
afterAll(async () => made?.cleanUp());

const dispatch = readFileSync(new URL('../fixtures/sources/dispatch.txt', import.meta.url), 'utf8');
const QUOTE = 'Its spokesman, Oren Malik, told reporters';
const SECOND_QUOTE = 'a claim the provincial police rejected';
const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { source { id } } }`;

/** Signs in through the top bar; resolves with what the bar then shows. */
async function signIn(page: Page, token = TOKEN): Promise<string | null> {
  await page.getByTestId('sign-in-open').click();
  await page.getByTestId('sign-in-token').fill(token);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in').waitFor();
  return page.getByTestId('signed-in').textContent();
}

/** Creates an entity through the "New entity" form and waits until it is on the canvas. */
async function createEntity(page: Page, kind: string, name: string, id: string, extra = {}) {
  await page.getByTestId('new-entity').click();
  const form = page.getByTestId('entity-editor');
  await form.getByTestId('entity-kind').selectOption(kind);
  await form.getByTestId('entity-name').fill(name);
  await form.getByTestId('entity-id').fill(id);
  for (const [field, value] of Object.entries(extra))
    await form.getByTestId(`entity-${field}`).fill(value as string);
  await form.getByTestId('entity-editor-submit').click();
  await form.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (nodeId) =>
      window
        .__actorgraph!.cy.elements()
        .map((e) => e.id())
        .includes(nodeId),
    id,
  );
}

/** Chooses a source in the quote-source field (searching again until the index has it). */
async function chooseSource(page: Page, title: string): Promise<void> {
  const input = page.getByTestId('quote-source-input');
  for (;;) {
    await input.fill('');
    await input.fill(title);
    const option = page.getByTestId('quote-source-option').first();
    const found = await option
      .waitFor({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (found) return option.click();
  }
}

/** Selects `words` in the quote picker's text as a mouse drag would, and takes them. */
async function selectWords(page: Page, words: string): Promise<void> {
  const text = page.getByTestId('quote-picker-text');
  await page.waitForFunction(
    (w) => document.querySelector('[data-testid=quote-picker-text]')?.textContent?.includes(w),
    words,
  );
  await text.evaluate((el, w) => {
    const node = el.firstChild!;
    const start = node.textContent!.indexOf(w);
    const range = document.createRange();
    // One space either side: the picker takes the words without the white space.
    range.setStart(node, start - 1);
    range.setEnd(node, start + w.length + 1);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
  await page.waitForFunction(
    (w) =>
      document.querySelector('[data-testid=quote-picker-status]')?.textContent === `Quote: “${w}”`,
    words,
  );
  await page.getByTestId('quote-picker-use').click();
  await page.getByTestId('quote-picker').waitFor({ state: 'detached' });
}

/** The types the server's vocabulary allows between a Person and a Group, either way. */
const allowed = Object.entries(RELATION_TYPES)
  .filter(
    ([, r]) =>
      ((r.from as readonly string[]).includes('Person') &&
        (r.to as readonly string[]).includes('Group')) ||
      ((r.from as readonly string[]).includes('Group') &&
        (r.to as readonly string[]).includes('Person')),
  )
  .map(([type]) => type.toLowerCase().replace(/_/g, ' '))
  .sort();

/** A long walk through many writes on a loaded machine: a bound on hanging, not a speed target. */
const WALK_TIMEOUT_MS = 300_000;

describe('editing in the explorer', () => {
  it(
    'an editor creates two entities, links them with a selected quote, adds evidence and deletes the link',
    async () => {
      made = new TestEntities(session.app);
      const source = made.id('dispatch');
      const title = `Harbour Dispatch ${source}`;
      await made.edit(ADD_SOURCE, {
        input: { id: source, title, text: `${dispatch}(${source})\n` },
      });
      const [brigade, malik] = [made.id('brigade'), made.id('malik')];

      const page = await session.open();
      expect(await page.getByTestId('new-entity').count()).toBe(0);
      await signIn(page);
      await createEntity(page, 'Group', 'Lantern Brigade', brigade);
      await createEntity(page, 'Person', 'Oren Malik', malik, { role: 'spokesman' });

      // A bad value is shown at its own field, which is marked invalid.
      await page.getByTestId('new-entity').click();
      const form = page.getByTestId('entity-editor');
      await form.getByTestId('entity-name').fill('Bad id');
      await form.getByTestId('entity-id').fill('Not An Id!');
      await form.getByTestId('entity-editor-submit').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid=entity-id]')?.getAttribute('aria-invalid') ===
          'true',
      );
      expect(await form.locator('.field-error:not([hidden])').textContent()).toContain(
        'Not An Id!',
      );
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });

      // Oren Malik, the entity created last, is selected: link him to the brigade.
      await page.locator(`[data-testid=details][data-entity-id="${malik}"]`).waitFor();
      await page.getByTestId('action-link').click();
      const link = page.getByTestId('link-editor');
      await link.getByTestId('link-to-view').selectOption(brigade);
      const offered = (await link.getByTestId('link-type').locator('option').allTextContents())
        .map((label) => label.split(' → ')[1]!)
        .sort();
      expect(offered).toEqual(allowed);
      await link
        .getByTestId('link-type')
        .selectOption({ label: 'Oren Malik → spokesperson for → Lantern Brigade' });
      await link.getByTestId('link-status').selectOption('reported');
      await link.getByTestId('link-since').fill('2024-06');
      await chooseSource(page, title);
      await selectWords(page, QUOTE);
      expect(await link.getByTestId('picked-quote').locator('q').allTextContents()).toEqual([
        QUOTE,
      ]);
      await link.getByTestId('link-editor-submit').click();
      await link.waitFor({ state: 'detached' });

      const relationId = `${malik}~SPOKESPERSON_FOR~${brigade}~2024-06`;
      const details = page.locator(`[data-testid=details][data-relation-id="${relationId}"]`);
      await details.waitFor();
      expect(await details.locator('blockquote').allTextContents()).toEqual([
        expect.stringContaining(QUOTE),
      ]);
      expect((await graphState(page)).edges).toContain(relationId);

      // More evidence for the same link.
      await details.getByTestId('action-add-evidence').click();
      await chooseSource(page, title);
      await selectWords(page, SECOND_QUOTE);
      await page.getByTestId('evidence-editor-submit').click();
      await page.getByTestId('evidence-editor').waitFor({ state: 'detached' });
      await page.waitForFunction(
        ([id, quote]) =>
          document
            .querySelector(`[data-testid=details][data-relation-id="${id}"]`)
            ?.textContent?.includes(quote!),
        [relationId, SECOND_QUOTE],
      );

      // Deleting asks first; Cancel keeps the link, Delete removes it.
      await page.getByTestId('action-delete-link').click();
      await page.getByTestId('delete-relation').getByText('Cancel').click();
      expect((await graphState(page)).edges).toContain(relationId);
      await page.getByTestId('action-delete-link').click();
      await page.getByTestId('delete-relation-submit').click();
      await page.waitForFunction(
        (id) =>
          !window
            .__actorgraph!.cy.elements()
            .map((e) => e.id())
            .includes(id),
        relationId,
      );
      expect((await graphState(page)).nodes).toEqual(expect.arrayContaining([brigade, malik]));
    },
    WALK_TIMEOUT_MS,
  );

  it('fits a phone: the bar and the entity form stay on screen, and Escape closes the form', async () => {
    const page = await session.open('', PHONE);
    expect(await signIn(page)).toBe('test-editor (editor)');
    const opener = page.getByTestId('new-entity');
    const bar = (await opener.boundingBox())!;
    expect(bar.x + bar.width).toBeLessThanOrEqual(PHONE.width);
    await opener.click();
    const form = page.getByTestId('entity-editor');
    for (const testId of ['entity-name', 'entity-editor-submit']) {
      const box = (await form.getByTestId(testId).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    // Focus starts in the form and comes back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'entity-name',
    );
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'new-entity',
    );
  });

  it(
    'a reader who has not signed in, or a viewer, sees no edit actions',
    async () => {
      const page = await session.open('?x=is-k&sel=is-k');
      const details = page.locator('[data-testid=details][data-entity-id="is-k"]');
      await details.waitFor();
      expect(await page.getByTestId('sign-in-open').isVisible()).toBe(true);
      expect(await page.getByTestId('new-entity').count()).toBe(0);
      expect(await page.getByTestId('edit-actions').count()).toBe(0);

      // A token the server does not know is refused in the form, and nothing is kept.
      await page.getByTestId('sign-in-open').click();
      await page.getByTestId('sign-in-token').fill('not-a-known-token-0123456789');
      await page.getByTestId('sign-in-submit').click();
      await page
        .locator(
          '[data-testid=sign-in] .field-error:not([hidden]), [data-testid=sign-in-error]:not([hidden])',
        )
        .first()
        .waitFor();
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      await page.keyboard.press('Escape');

      expect(await signIn(page, VIEWER_TOKEN)).toBe('vera (viewer)');
      await details.waitFor();
      expect(await page.getByTestId('new-entity').count()).toBe(0);
      expect(await page.getByTestId('edit-actions').count()).toBe(0);
      // Signed out, the token is forgotten.
      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-open').waitFor();
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    },
    WALK_TIMEOUT_MS,
  );
});
