import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import { gql, startTestApp, type TestApp } from '../../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const set = readSeeds(SEEDS_DIR);

/** Spellings an analyst might type for `alias`: other case, no hyphens, spaces for hyphens, accents. */
function variants(alias: string): string[] {
  return [
    alias.toUpperCase(),
    alias.toLowerCase().replace(/-/g, ''),
    alias.replace(/-/g, ' '),
    alias.replace(/a/g, 'á').replace(/e/g, 'ë'),
  ];
}

async function found(text: string): Promise<string[]> {
  const { data, errors } = await gql<{ search: { id: string }[] }>(
    app,
    'query($t: String!) { search(text: $t, first: 20) { id } }',
    { t: text },
  );
  expect(errors).toBeUndefined();
  return data!.search.map((e) => e.id);
}

describe('lookup by any alias', () => {
  it('finds every group and person by each of its spellings, whatever the case, hyphens, spacing or diacritics', async () => {
    const entities = set.entities.filter((e) => e.kind === 'Group' || e.kind === 'Person');
    let checked = 0;
    for (const entity of entities) {
      for (const alias of [entity.name, ...entity.aliases]) {
        for (const text of variants(alias)) {
          expect(await found(text), `${text} → ${entity.id}`).toContain(entity.id);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('puts IS-K first for the acronyms analysts type', async () => {
    for (const text of [
      'ISKP',
      'iskp',
      'IS-K',
      'is k',
      'ISIS-K',
      'Daesh-K',
      'islamic state khorasan',
    ]) {
      expect((await found(text))[0], text).toBe('is-k');
    }
  });
});
