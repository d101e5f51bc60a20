/**
 * addSource against the real Neo4j: the text stored normalised with its hash and length, read back
 * in pages, the same text twice (one after the other and at the same moment) ending as one source,
 * and the inputs it refuses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorHeaders,
  gql,
  MANY_CLIENTS,
  startTestApp,
  testConfig,
  type TestApp,
} from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import { kindCount, TestEntities } from '../../../../support/graphql/test-entities.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/sources/${name}`, import.meta.url), 'utf8');

export const ADD_SOURCE = `mutation AddSource($input: SourceInput!) {
  addSource(input: $input) {
    created
    duplicates { source { id } similarity }
    source { id title publisher date url sha256 hasText textLength excludedPassages createdBy }
  }
}`;

const TEXT = `query Text($id: ID!, $from: Int, $to: Int) {
  entity(id: $id) { ... on Source { hasText textLength text(from: $from, to: $to) } }
}`;

interface Added {
  created: boolean;
  source: { id: string; sha256: string; hasText: boolean; textLength: number } & Record<
    string,
    unknown
  >;
}

let app: TestApp;
let test: TestEntities;
beforeAll(async () => {
  // Bodies up to 4 MiB, so that the 3 MB text reaches the resolver's own limit.
  app = await startTestApp(
    testConfig({ ...MANY_CLIENTS, MAX_BODY_BYTES: String(4 * 1024 * 1024) }),
  );
  test = new TestEntities(app);
});
afterAll(async () => {
  await test.cleanUp();
  await app.close();
});

/** A fixture text made unique to this run and `tag`, so each test adds a text of its own. */
const unique = (name: string, tag: string) => `${fixture(name)}\n(${test.id(tag)})\n`;

/**
 * 300 words drawn from 5,000 made-up ones, unique to this run and `tag`: texts that are no
 * near-copies of each other or of the fixtures, for the tests that are not about near-copies.
 */
function salad(tag: string, count = 300): string {
  let seed = [...test.id(tag)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const words = Array.from({ length: count }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return `w${seed % 5000}`;
  });
  return `${words.join(' ')}.\n`;
}

async function addSource(input: Record<string, unknown>) {
  return gql<{ addSource: Added }>(app, ADD_SOURCE, { input }, editorHeaders);
}

describe('addSource', () => {
  it('stores the text normalised (NFC, \\n line ends) with its SHA-256 and length', async () => {
    const id = test.id('normalised');
    // "é" decomposed (e + U+0301) and Windows line ends: stored as "é" and \n.
    const raw = `Caf\u0065\u0301 Veldra\r\nSecond line\rThird line ${id}`;
    const stored = `Caf\u00e9 Veldra\nSecond line\nThird line ${id}`;
    const result = await addSource({ id, title: 'Normalised', text: raw, date: '2024-06' });
    expect(result.errors).toBeUndefined();
    const { created, source } = result.data!.addSource;
    expect(created).toBe(true);
    expect(source).toMatchObject({
      id,
      title: 'Normalised',
      date: '2024-06',
      hasText: true,
      textLength: stored.length,
      sha256: createHash('sha256').update(stored, 'utf8').digest('hex'),
      createdBy: 'test-editor',
    });
    const page = await gql<{ entity: { text: string } }>(app, TEXT, { id, from: 0, to: 12 });
    expect(page.data!.entity.text).toBe('Caf\u00e9 Veldra\n');
    const whole = await gql<{ entity: { text: string } }>(app, TEXT, { id });
    expect(whole.data!.entity.text).toBe(stored);
  });

  it('makes a readable id from the title when none is given', async () => {
    const text = salad('no-id');
    const result = await addSource({ title: 'Grain Depot Bombing in Osterholm', text });
    expect(result.errors).toBeUndefined();
    const { id } = result.data!.addSource.source;
    expect(id).toMatch(/^src-grain-depot-bombing-in-osterholm-[0-9a-f]{8}$/);
    await app.db.write('edit/delete-entity', { id });
  });

  it('returns the existing source with created: false for the same text again', async () => {
    const text = salad('again');
    const first = await addSource({ id: test.id('again'), title: 'First', text });
    const before = await kindCount(app, 'Source');
    // Same text with other line ends: the same after normalisation.
    const second = await addSource({
      id: test.id('again-2'),
      title: 'Second',
      text: text.replace(/\n/g, '\r\n'),
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.addSource.created).toBe(false);
    expect(second.data!.addSource.source.id).toBe(first.data!.addSource.source.id);
    expect(second.data!.addSource.source.title).toBe('First');
    expect(await kindCount(app, 'Source')).toBe(before);
  });

  it('ends as one source when the same text is added by eight editors at once', async () => {
    const text = unique('furniture.txt', 'race');
    const before = await kindCount(app, 'Source');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        addSource({ id: test.id(`race-${i}`), title: `Racer ${i}`, text }),
      ),
    );
    for (const result of results)
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const answers = results.map((r) => r.data!.addSource);
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.source.id)).size).toBe(1);
    expect(await kindCount(app, 'Source')).toBe(before + 1);
  });

  it.each([
    ['empty', ''],
    ['blank', ' \n\t '],
    ['3 MB', 'word '.repeat(600_000)],
    ['holding a NUL', 'text with \u0000 in it'],
  ])('refuses an %s text with BAD_USER_INPUT at input.text, storing nothing', async (_, text) => {
    const before = await kindCount(app, 'Source');
    const id = test.id('refused');
    const error = expectBadInput(await addSource({ id, title: 'Refused', text }), [
      'input',
      'text',
    ]);
    expect(error.message).toMatch(/^input\.text /);
    expect(await kindCount(app, 'Source')).toBe(before);
  });

  it('names the limit when a text is over 2 MiB', async () => {
    const error = expectBadInput(
      await addSource({ id: test.id('big'), title: 'Big', text: 'x'.repeat(2 * 1024 * 1024 + 1) }),
      ['input', 'text'],
    );
    expect(error.message).toContain('2,097,153 bytes');
    expect(error.message).toContain('2,097,152');
  });

  it('refuses an excluded passage that the text does not hold', async () => {
    const error = expectBadInput(
      await addSource({
        id: test.id('bad-excluded'),
        title: 'Bad excluded',
        text: salad('bad-excluded'),
        excludedPassages: ['Subscribe to our newsletter'],
      }),
      ['input', 'excludedPassages', 0],
    );
    expect(error.message).toContain('"Subscribe to our newsletter"');
  });

  it('refuses an id held by another kind, or by a source with another text (CONFLICT)', async () => {
    const group = await test.group('clash');
    const asGroup = await addSource({
      id: group.id,
      title: 'Clash',
      text: salad('c1'),
    });
    expect(expectError(asGroup, 'CONFLICT').message).toContain(`"${group.id}"`);
    const id = test.id('two-texts');
    await addSource({ id, title: 'One', text: salad('two-1') });
    const other = await addSource({ id, title: 'Two', text: salad('two-2') });
    expect(expectError(other, 'CONFLICT').message).toContain('another text');
  });

  it('refuses a bad id, a bad url and a blank title, naming each', async () => {
    const text = salad('bad-fields');
    expectBadInput(await addSource({ id: 'Not An Id', title: 'x', text }), ['input', 'id']);
    expectBadInput(await addSource({ title: 'x', text, url: 'javascript:alert(1)' }), [
      'input',
      'url',
    ]);
    expectBadInput(await addSource({ title: '  ', text }), ['input', 'title']);
  });

  it('refuses a caller without an editor token', async () => {
    const result = await gql(app, ADD_SOURCE, {
      input: { title: 'Anonymous', text: salad('anon') },
    });
    expectError(result, 'UNAUTHENTICATED');
  });

  it('finds a paraphrased copy with its similarity, links it at once, and counts the pair once', async () => {
    const original = await addSource({
      id: test.id('original'),
      title: 'Grain depot bombing',
      date: '2023-03-14',
      text: unique('article.txt', 'original'),
    });
    const copy = await addSource({
      id: test.id('copy'),
      title: 'Spun copy',
      text: unique('paraphrase.txt', 'copy'),
    });
    expect(copy.errors).toBeUndefined();
    const originalId = original.data!.addSource.source.id;
    const { duplicates, source } = copy.data!.addSource as Added & {
      duplicates: { source: { id: string }; similarity: number }[];
    };
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.source.id).toBe(originalId);
    // Word 3-shingle Jaccard of the two fixtures, each with its own marker line.
    expect(duplicates[0]!.similarity).toBeGreaterThan(0.35);
    expect(duplicates[0]!.similarity).toBeLessThan(0.5);
    const read = await gql<{ entity: Record<string, { source: { id: string } }[]> }>(
      app,
      `query($id: ID!) { entity(id: $id) { ... on Source {
        duplicateOf { source { id } similarity } duplicates { source { id } } } } }`,
      { id: source.id },
    );
    expect(read.data!.entity.duplicateOf!.map((m) => m.source.id)).toEqual([originalId]);
    expect(read.data!.entity.duplicates).toEqual([]);
    // A link cited by both counts one independent source.
    const [a, b] = [await test.group('cited-a'), await test.group('cited-b')];
    const relation = await test.edit<{ addRelation: { independentSources: number } }>(
      `mutation($input: RelationInput!) { addRelation(input: $input) { independentSources } }`,
      {
        input: {
          type: 'RIVAL_OF',
          from: a.id,
          to: b.id,
          evidence: [
            { source: originalId, quote: 'The Red Valley Front claimed responsibility' },
            { source: source.id, quote: 'Red Valley Front' },
          ],
        },
      },
    );
    expect(relation.addRelation.independentSources).toBe(1);
  });

  it('stores a long text (fingerprinted off the request thread) and finds a copy of it', async () => {
    const long = salad('long', 30_000);
    expect(long.length).toBeGreaterThan(64 * 1024);
    const first = await addSource({ id: test.id('long'), title: 'Long', text: long });
    expect(first.errors).toBeUndefined();
    expect(first.data!.addSource.source.textLength).toBe(long.length);
    // The same words with the last tenth cut: a near-copy, similarity about 0.9.
    const cut = `${long.slice(0, Math.floor(long.length * 0.9))}.\n`;
    const copy = await addSource({ id: test.id('long-cut'), title: 'Long, cut', text: cut });
    expect(copy.errors).toBeUndefined();
    const { duplicates } = copy.data!.addSource as unknown as {
      duplicates: { source: { id: string }; similarity: number }[];
    };
    expect(duplicates.map((d) => d.source.id)).toEqual([first.data!.addSource.source.id]);
    expect(duplicates[0]!.similarity).toBeGreaterThan(0.85);
  });

  it('finds no copy for an unrelated text', async () => {
    const result = await addSource({
      id: test.id('unrelated'),
      title: 'Unrelated',
      text: unique('unrelated.txt', 'unrelated'),
    });
    expect(result.errors).toBeUndefined();
    expect((result.data!.addSource as unknown as { duplicates: unknown[] }).duplicates).toEqual([]);
  });

  it('links two near-copies added at the same moment', async () => {
    const [first, second] = await Promise.all([
      addSource({ id: test.id('same-time-1'), title: 'One', text: unique('article.txt', 't1') }),
      addSource({ id: test.id('same-time-2'), title: 'Two', text: unique('paraphrase.txt', 't2') }),
    ]);
    expect(first.errors ?? second.errors).toBeUndefined();
    const found = [first, second].map(
      (r) =>
        (r.data!.addSource as unknown as { duplicates: { source: { id: string } }[] }).duplicates,
    );
    const ids = [first, second].map((r) => r.data!.addSource.source.id);
    // The later one waits on the shared bands for the earlier one and links it; both texts also
    // match the copies of the test before, so look for the pair itself.
    const linked =
      found[0]!.some((m) => m.source.id === ids[1]) ||
      found[1]!.some((m) => m.source.id === ids[0]);
    expect(linked).toBe(true);
  });

  it('refuses a page outside the text', async () => {
    const id = test.id('pages');
    await addSource({ id, title: 'Pages', text: salad('pages') });
    const result = await gql(app, TEXT, { id, from: 10, to: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argumentPath).toEqual(['to']);
  });
});
