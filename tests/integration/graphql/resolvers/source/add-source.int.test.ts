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
    const text = unique('article.txt', 'no-id');
    const result = await addSource({ title: 'Grain Depot Bombing in Osterholm', text });
    expect(result.errors).toBeUndefined();
    const { id } = result.data!.addSource.source;
    expect(id).toMatch(/^src-grain-depot-bombing-in-osterholm-[0-9a-f]{8}$/);
    await app.db.write('edit/delete-entity', { id });
  });

  it('returns the existing source with created: false for the same text again', async () => {
    const text = unique('article.txt', 'again');
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
        text: unique('article.txt', 'bad-excluded'),
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
      text: unique('article.txt', 'c1'),
    });
    expect(expectError(asGroup, 'CONFLICT').message).toContain(`"${group.id}"`);
    const id = test.id('two-texts');
    await addSource({ id, title: 'One', text: unique('article.txt', 'two-1') });
    const other = await addSource({ id, title: 'Two', text: unique('article.txt', 'two-2') });
    expect(expectError(other, 'CONFLICT').message).toContain('another text');
  });

  it('refuses a bad id, a bad url and a blank title, naming each', async () => {
    const text = unique('article.txt', 'bad-fields');
    expectBadInput(await addSource({ id: 'Not An Id', title: 'x', text }), ['input', 'id']);
    expectBadInput(await addSource({ title: 'x', text, url: 'javascript:alert(1)' }), [
      'input',
      'url',
    ]);
    expectBadInput(await addSource({ title: '  ', text }), ['input', 'title']);
  });

  it('refuses a caller without an editor token', async () => {
    const result = await gql(app, ADD_SOURCE, {
      input: { title: 'Anonymous', text: unique('article.txt', 'anon') },
    });
    expectError(result, 'UNAUTHENTICATED');
  });

  it('refuses a page outside the text', async () => {
    const id = test.id('pages');
    await addSource({ id, title: 'Pages', text: unique('article.txt', 'pages') });
    const result = await gql(app, TEXT, { id, from: 10, to: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argumentPath).toEqual(['to']);
  });
});
