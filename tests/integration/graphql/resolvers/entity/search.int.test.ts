/** `search`: every seed name and alias finds its entity, spelling variants meet, hostile text is inert. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import { actors, entities, entityById } from '../../../../support/graphql/seed-graph.js';

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { id kind name }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function search(text: string, kinds?: string[], first?: number) {
  const result = await gql<{ search: { id: string; kind: string }[] }>(app, SEARCH, {
    text,
    kinds,
    first,
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.search;
}

describe('search', () => {
  it('finds every seed entity first by its name and by each alias, within its kind', async () => {
    const misses: string[] = [];
    for (const entity of actors) {
      for (const text of [entity.name, ...entity.aliases]) {
        const [best] = await search(text, [entity.kind]);
        if (best?.id !== entity.id)
          misses.push(`${JSON.stringify(text)} → ${best?.id ?? 'nothing'}, expected ${entity.id}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it.each(['IS-K', 'is k', 'ISK', 'iskp', 'ISIS K', 'daesh k', 'Daesh–K'])(
    'ignores case, hyphens and spacing: %s finds is-k first',
    async (text) => {
      const [best] = await search(text);
      expect(best?.id).toBe('is-k');
    },
  );

  it.each([
    ['Kābul', 'kabul'],
    ['HERÂT', 'herat'],
    ['dashtebarchi', 'dasht-e-barchi'],
  ])('ignores diacritics and word breaks: %s finds %s first', async (text, id) => {
    const [best] = await search(text);
    expect(best?.id).toBe(id);
  });

  // Transliteration variants, a demonym and plurals the articles do not spell this way.
  it.each([
    ['Tehrik-i-Taliban Pakistan', 'ttp'],
    ['Tehrik-e-Taliban', 'ttp'],
    ['Pakistani Taliban', 'ttp'],
    ['Islamic State Khurasan', 'is-k'],
    ['Islamic State Khurasan Province', 'is-k'],
    ['al-Qaeda', 'al-qaida'],
    ['Al Qaeda', 'al-qaida'],
    ['Mazar-i-Sharif', 'mazar-e-sharif'],
    ['Hazaras', 'hazara'],
    ['Shiite', 'shia-muslims'],
  ])('ranks the actor of a spelling variant first: %s finds %s', async (text, id) => {
    expect(entityById.get(id)).toBeDefined();
    const [best] = await search(text);
    expect(best?.id).toBe(id);
  });

  it('keeps to the kinds asked for', async () => {
    const all = await search('taliban', undefined, 20);
    const groups = await search('taliban', ['Group'], 20);
    expect(new Set(all.map((e) => e.kind)).size).toBeGreaterThan(1);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((e) => e.kind === 'Group')).toBe(true);
    expect(groups.map((e) => e.id)).toEqual(all.filter((e) => e.kind === 'Group').map((e) => e.id));
  });

  it('returns at most `first` entities, all of them real', async () => {
    const two = await search('islamic', undefined, 2);
    expect(two).toHaveLength(2);
    const many = await search('islamic', undefined, 100);
    expect(many.length).toBeGreaterThan(2);
    expect(many.every((e) => entityById.get(e.id)?.kind === e.kind)).toBe(true);
  });

  it('treats Lucene syntax as plain words: "IS-K" OR *:* does not match everything', async () => {
    const found = await search('"IS-K" OR *:*', undefined, 100);
    expect(found.map((e) => e.id)).toContain('is-k');
    expect(found.length).toBeLessThan(entities.length / 4);
    expect(await search('*:*', undefined, 100)).toEqual([]);
  });

  it.each(['\\', '~', '', '   ', '"', '(', '[*', '&& || !', '—'])(
    'returns nothing, without error, for %j',
    async (text) => {
      expect(await search(text)).toEqual([]);
    },
  );

  it('rejects 10 kB of text as BAD_USER_INPUT naming `text`', async () => {
    const text = 'a'.repeat(10_240);
    const result = await gql(app, SEARCH, { text });
    const error = expectBadInput(result, ['text']);
    expect(error.message).toContain('10240');
    expect(result.data).toBeNull();
  });

  it.each([0, 101, -1])('rejects first: %i as BAD_USER_INPUT naming `first`', async (first) => {
    expectBadInput(await gql(app, SEARCH, { text: 'taliban', first }), ['first']);
  });
});
