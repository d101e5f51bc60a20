/**
 * The details panel: a link shows every verbatim quote with the source it comes from; an entity
 * shows where the sources name it and its links; a source's URL becomes a link only when it is
 * http(s), so a `javascript:` URL cannot run when an analyst clicks it. The API refuses such URLs
 * now; one stored before that rule (written here straight into Neo4j) must still not become a link.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { editorHeaders, gql } from '../support/app.js';
import { TestEntities, UPSERT } from '../support/graphql/test-entities.js';
import { entities, relations } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();
let made: TestEntities | undefined;
afterAll(async () => made?.cleanUp());

const quoted = (quote: string) => `“${quote}”`;

describe('the details panel', () => {
  it('shows a link’s every quote with its source, as the seeds record them', async () => {
    const link = relations.find((r) => r.from === 'is-k' && r.evidence.length > 1)!;
    const page = await session.open(`?x=is-k&sel=${encodeURIComponent(link.id)}`);
    const details = page.locator(`[data-testid=details][data-relation-id="${link.id}"]`);
    await details.waitFor();
    const items = details.locator('[data-testid=evidence] > li');
    expect(await items.count()).toBe(link.evidence.length);
    const shown: string[] = [];
    for (let i = 0; i < link.evidence.length; i += 1) {
      const item = items.nth(i);
      const source = (await item.locator('cite').getAttribute('data-source-id'))!;
      expect(await item.locator('cite').textContent()).toContain(entities.get(source)!.name);
      shown.push(`${source} | ${await item.locator('blockquote').textContent()}`);
    }
    expect(shown.sort()).toEqual(
      link.evidence.map((e) => `${e.source} | ${quoted(e.quote)}`).sort(),
    );
    if (link.status) expect(await details.locator('.status-badge').textContent()).toBe(link.status);
    // The seed sources have no URL: their titles are text, never links.
    expect(await details.locator('cite a').count()).toBe(0);
  });

  it('shows an entity’s links, each with its quotes', async () => {
    const page = await session.open('?x=is-k&sel=taliban');
    const details = page.locator('[data-testid=details][data-entity-id="taliban"]');
    await details.waitFor();
    const incident = relations.filter((r) => r.from === 'taliban' || r.to === 'taliban');
    expect(await details.getByTestId('relations').locator('h3').first().textContent()).toBe(
      `Relationships (${incident.length})`,
    );
    const items = details.locator('.rel-item');
    expect(
      (
        await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-id')!))
      ).sort(),
    ).toEqual(incident.map((r) => r.id).sort());
    const first = incident[0]!;
    const quotes = await details
      .locator(`.rel-item[data-relation-id="${first.id}"] blockquote`)
      .allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(first.evidence.map((e) => quoted(e.quote))).toContain(q);
  });

  it('turns only http(s) source URLs into links', async () => {
    made = new TestEntities(session.app);
    const source = async (name: string, url: string) => {
      const id = made!.id(name);
      await made!.edit(UPSERT, {
        input: { id, kind: 'Source', name: `Source ${name}`, url },
      });
      return id;
    };
    const safe = await source('safe', 'https://example.org/report');
    const unsafe = await source('unsafe', 'https://example.org/to-be-replaced');
    const javascriptUrl = 'javascript:document.title="owned"';
    const refused = await gql(
      session.app,
      UPSERT,
      { input: { id: unsafe, kind: 'Source', name: 'Source unsafe', url: javascriptUrl } },
      editorHeaders,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { uri, user, password, database } = inject('neo4j');
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      await driver.executeQuery(
        'MATCH (s:Source {id: $id}) SET s.url = $url',
        { id: unsafe, url: javascriptUrl },
        { database },
      );
    } finally {
      await driver.close();
    }
    const group = await made.group('cited', {
      evidence: [
        { source: safe, quote: 'quoted from the safe source' },
        { source: unsafe, quote: 'quoted from the unsafe source' },
      ],
    });

    const page = await session.open(`?n=${group.id}&sel=${group.id}`);
    const details = page.locator(`[data-testid=details][data-entity-id="${group.id}"]`);
    await details.waitFor();
    const safeCite = details.locator(`cite[data-source-id="${safe}"]`);
    const unsafeCite = details.locator(`cite[data-source-id="${unsafe}"]`);
    expect(await safeCite.locator('a').getAttribute('href')).toBe('https://example.org/report');
    expect(await safeCite.locator('a').getAttribute('rel')).toBe('noopener noreferrer');
    expect(await unsafeCite.textContent()).toContain(`Source unsafe`);
    expect(await unsafeCite.locator('a').count()).toBe(0);

    // The source's own page lists its URL, as text when it is not http(s).
    await page.goto(`${session.app.url}/?n=${unsafe}&sel=${unsafe}`);
    const own = page.locator(`[data-testid=details][data-entity-id="${unsafe}"]`);
    await own.waitFor();
    expect(await own.locator('dd', { hasText: 'javascript:' }).count()).toBe(1);
    expect(await own.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});
