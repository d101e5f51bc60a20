/**
 * `npm run seed` with the article texts at hand: the fixture seed folder (tests/fixtures/seeds,
 * curated over tests/fixtures/sources) loaded with its texts stores each with its source, and the
 * seed quotes read back verified, with their context. A text that changed since curation is not
 * stored. The fixture entities are removed afterwards.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedSet } from '../../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import { seedTexts } from '../../../server/src/seed/seed-texts.js';
import { gql, startTestApp, type TestApp } from '../../support/app.js';

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds', import.meta.url));
const TEXTS = fileURLToPath(new URL('../../fixtures/sources', import.meta.url));
const set = readSeeds(SEEDS);
const ids = [...set.sources, ...set.entities].map((e) => e.id);

const SOURCE = `query Source($id: ID!) {
  entity(id: $id) { ... on Source { hasText textLength sha256 text(from: 0, to: 40) } }
}`;
const EVIDENCE = `query Evidence($id: ID!) {
  entity(id: $id) { evidence { source { id } quote verified offset context } }
}`;

let app: TestApp;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-seed-texts-'));
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const id of ids) await app.db.write('edit/delete-entity', { id });
  await app.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('seeding with the article texts', () => {
  it('does not store a text that changed since curation, and says so', () => {
    cpSync(TEXTS, scratch, { recursive: true });
    writeFileSync(path.join(scratch, 'article.txt'), 'A different text altogether.\n');
    const lines: string[] = [];
    const texts = seedTexts(set, scratch, (line) => lines.push(line));
    expect(texts.map((t) => t.id)).not.toContain('src-fixture-article');
    expect(texts).toHaveLength(set.sources.length - 1);
    expect(lines).toEqual([expect.stringMatching(/^Not stored: the text of src-fixture-article /)]);
  });

  it('stores each text with its source; the seed quotes read back verified, with context', async () => {
    const lines: string[] = [];
    const texts = seedTexts(set, TEXTS, (line) => lines.push(line));
    expect(lines).toEqual([]);
    const summary = await loadSeedSet(app.db, set, 'seed', texts);
    expect(summary.texts).toBe(set.sources.length);
    for (const source of set.sources) {
      const result = await gql<{ entity: Record<string, unknown> }>(app, SOURCE, { id: source.id });
      expect(result.data!.entity).toMatchObject({ hasText: true, sha256: source.sha256 });
    }
    const quoting = set.entities.filter((e) => (e.evidence ?? []).length > 0);
    expect(quoting.length).toBeGreaterThan(0);
    for (const entity of quoting) {
      const result = await gql<{
        entity: {
          evidence: { quote: string; verified: boolean; offset: number; context: string }[];
        };
      }>(app, EVIDENCE, { id: entity.id });
      for (const evidence of result.data!.entity.evidence) {
        expect(evidence.verified, evidence.quote).toBe(true);
        expect(evidence.context, evidence.quote).toContain(evidence.quote.split(/\s+/)[0]);
      }
    }
    // Loading again changes nothing and stores no second copy.
    expect((await loadSeedSet(app.db, set, 'seed', texts)).texts).toBe(set.sources.length);
  });
});
