/**
 * The review workbench in real Chromium: a person pastes a new article, sees the groups the graph
 * knows highlighted and the proposed links, accepts two and rejects one from the keyboard and the
 * buttons, and finds the accepted links in the graph with their quotes. The same article again is
 * flagged before any review; the workbench fits a phone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorHeaders } from '../support/app.js';
import { type ReviewArticle, reviewArticle } from '../support/graphql/review-article.js';
import { TestEntities } from '../support/graphql/test-entities.js';
import { PHONE, useExplorer } from './session.js';

const session = useExplorer();
let made: TestEntities | undefined;
const sources = new Set<string>();
afterAll(async () => {
  for (const id of sources) await session.app.db.write('edit/delete-entity', { id });
  await made?.cleanUp();
});

/** Waits for a condition, however loaded the machine (expect.poll gives up after 1 s by default). */
const WAIT = { timeout: 90_000 };

const TOKEN = editorHeaders.authorization.replace('Bearer ', '');

/** Opens the workbench and pastes `article`; resolves once the review shows. */
async function paste(page: Page, article: ReviewArticle): Promise<void> {
  await page.getByTestId('open-workbench').click();
  const workbench = page.getByTestId('workbench');
  await workbench.waitFor();
  if (await workbench.getByTestId('add-token').isVisible())
    await workbench.getByTestId('add-token').fill(TOKEN);
  await workbench.getByTestId('add-title').fill(article.title);
  await workbench.getByTestId('add-text').fill(article.text);
  await workbench.getByTestId('add-submit').click();
  await workbench.getByTestId('review-text').waitFor(WAIT);
}

const proposalIds = (page: Page) =>
  page
    .getByTestId('proposal')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-proposal-id')!));

describe('the review workbench', () => {
  let article: ReviewArticle;
  /** Proposals left pending after the first test's three decisions. */
  let left = 0;

  it(
    'turns a pasted article into reviewed links that show in the graph with their quotes',
    { timeout: 600_000 },
    async () => {
      made = new TestEntities(session.app);
      article = await reviewArticle(made);
      const page = await session.open();
      await paste(page, article);
      const workbench = page.getByTestId('workbench');
      sources.add((await workbench.getByTestId('review-text').getAttribute('data-source-id'))!);

      // Every group of the graph the article names is highlighted and linked to its node.
      const known = await workbench
        .getByTestId('mention-known')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-entity-id')));
      expect(new Set(known)).toEqual(new Set(article.groups.map((g) => g.id)));
      expect(await workbench.getByTestId('mention-unknown').count()).toBeGreaterThan(0);

      // The queue: at least three proposals, each with both ends marked in its sentence.
      const queue = workbench.getByTestId('proposal-queue');
      await queue.getByTestId('proposal').first().waitFor(WAIT);
      const before = await proposalIds(page);
      expect(before.length).toBeGreaterThanOrEqual(3);
      for (const item of await queue.getByTestId('proposal').all()) {
        expect(await item.getByTestId('end-from').count()).toBe(1);
        expect(await item.getByTestId('end-to').count()).toBe(1);
      }
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), WAIT)
        .toBe('listbox');
      const status = workbench.getByTestId('wb-status');

      // Accept the first from the keyboard, reject the next with r, accept the next with its button.
      await page.keyboard.press('a');
      await expect.poll(() => proposalIds(page), WAIT).toEqual(before.slice(1));
      await expect.poll(() => status.textContent(), WAIT).toContain('Accepted');
      await page.keyboard.press('r');
      await expect.poll(() => proposalIds(page), WAIT).toEqual(before.slice(2));
      await queue.getByTestId('proposal').first().getByTestId('accept').click();
      await expect.poll(() => proposalIds(page), WAIT).toEqual(before.slice(3));
      left = before.length - 3;

      // The graph: the accepted links are drawn, each with its sentence as verified evidence.
      const links = new Map<string, { id: string; evidence: { quote: string }[] }>();
      for (const g of article.groups) for (const r of await made.links(g.id)) links.set(r.id, r);
      expect(links.size).toBe(2);
      await page.keyboard.press('Escape');
      for (const link of links.values()) {
        await expect
          .poll(() =>
            page.evaluate(
              (id) => window.__actorgraph!.cy.getElementById(id).visible() === true,
              link.id,
            ),
          )
          .toBe(true);
        const quote = link.evidence[0]!.quote;
        expect(article.text).toContain(quote);
        const point = await page.evaluate(
          (id) => window.__actorgraph!.cy.getElementById(id).renderedMidpoint(),
          link.id,
        );
        const box = (await page.locator('#canvas').boundingBox())!;
        await page.mouse.click(box.x + point.x, box.y + point.y);
        const details = page.locator(`[data-testid=details][data-relation-id="${link.id}"]`);
        await details.waitFor(WAIT);
        expect((await details.locator('blockquote').allTextContents()).join('\n')).toContain(quote);
      }
    },
  );

  it(
    'flags the same article pasted again before any review, on a phone',
    { timeout: 300_000 },
    async () => {
      const page = await session.open('', PHONE);
      await paste(page, article);
      const flag = page.getByTestId('duplicate-flag');
      await flag.waitFor(WAIT);
      expect(await flag.textContent()).toContain('in the graph already');
      // The dialog fits the phone's width.
      const box = (await page.getByTestId('workbench').boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.getByTestId('proposal').count()).toBe(left);
    },
  );
});
