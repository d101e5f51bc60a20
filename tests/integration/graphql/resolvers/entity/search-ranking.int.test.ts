/**
 * `search` ranking after an import (issue 22): an exact name or alias outranks a prefix match,
 * curated entities outrank imported ones in the same tier, and a whole multi-word name is not beaten
 * by one of its words' prefixes ("al-Qaeda" is not Alabama, AQIS is not Indiana).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityWrite } from '../../../../../server/src/domain/graph-write.js';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';

/** Written as an importer writes, under an editor of this test's own, removed afterwards. */
const EDITOR = 'import:ranking-test';
const IMPORTED = [
  { id: 'ranking-alabama', kind: 'Place', name: 'Alabama', placeType: 'province' },
  { id: 'ranking-indiana', kind: 'Place', name: 'Indiana', placeType: 'province' },
  { id: 'ranking-kunduz', kind: 'Place', name: 'Kunduz', placeType: 'city' },
  { id: 'ranking-aqis', kind: 'Group', name: 'Al-Qaida in the Indian Subcontinent' },
  { id: 'ranking-haqqani', kind: 'Group', name: 'Haqqani' },
] as const;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const entities = IMPORTED.map((e) => entityWrite(e));
  await app.db.write('edit/upsert-entities', {
    entities,
    editor: EDITOR,
    now: new Date().toISOString(),
  });
});
afterAll(async () => {
  await app?.db.write('import/delete-imported', { editors: [EDITOR] });
  await app?.close();
});

async function firstIds(text: string): Promise<string[]> {
  const result = await gql<{ search: { id: string }[] }>(
    app,
    'query($text: String!) { search(text: $text, first: 3) { id } }',
    { text },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.search.map((e) => e.id);
}

describe('search ranking beside imported entities', () => {
  it('finds al-Qaida for "al-Qaeda", not the place Alabama', async () => {
    expect((await firstIds('al-Qaeda'))[0]).toBe('al-qaida');
  });

  it('finds the whole multi-word name before places matching its words', async () => {
    const ids = await firstIds('Al-Qaida in the Indian Subcontinent');
    expect(ids[0]).toBe('ranking-aqis');
    expect(ids).not.toContain('ranking-indiana');
  });

  it('puts the curated place before an imported one of the same name', async () => {
    expect((await firstIds('Kunduz')).slice(0, 2)).toEqual(['kunduz', 'ranking-kunduz']);
  });

  it('puts an exact name before a prefix match, imported or not', async () => {
    expect((await firstIds('Haqqani')).slice(0, 2)).toEqual(['ranking-haqqani', 'haqqani-network']);
  });
});
