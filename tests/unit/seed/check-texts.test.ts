import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAgainstTexts } from '../../../server/src/seed/check-texts.js';
import { curateSeeds } from '../../../server/src/seed/curate-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import type { SeedSet } from '../../../server/src/seed/seed-set.js';

/** A small seed folder over the fixture texts (tests/fixtures), written by curateSeeds. */
const SEEDS = fileURLToPath(new URL('../../fixtures/seeds', import.meta.url));
const TEXTS = fileURLToPath(new URL('../../fixtures/sources', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-check-texts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fixture = () => structuredClone(readSeeds(SEEDS));
const problemsOf = (set: SeedSet, texts = TEXTS) =>
  checkAgainstTexts(set, texts).map((p) => `${p.file} ${p.path}: ${p.message}`);

describe('checkAgainstTexts', () => {
  it('finds nothing to report on the curated fixture seeds', () => {
    const set = fixture();
    expect(set.duplicates).toHaveLength(1);
    expect(problemsOf(set)).toEqual([]);
  });

  it('names a SHA-256 that does not match its file', () => {
    const set = fixture();
    set.sources[1]!.sha256 = 'f'.repeat(64);
    expect(problemsOf(set)).toEqual([
      expect.stringMatching(
        /^sources\.json \[1\]\.sha256: does not match paraphrase\.txt \(its SHA-256 is [0-9a-f]{64}\)$/,
      ),
    ]);
  });

  it('names file, path and quote of a span that no longer points at its quote', () => {
    const set = fixture();
    const report = set.entities.find((e) => e.id === 'osterholm-depot-bombing')!
      .casualtyReports![0]!;
    report.offset += 1;
    const relation = set.relations[1]!.evidence[0]!;
    relation.quote = relation.quote.replace('grain', 'corn');
    expect(problemsOf(set)).toEqual([
      expect.stringMatching(
        /^attacks\.json \[0\]\.casualtyReports\[0\]: offset \d+ and length \d+ do not point at the quote; it is at offset \d+, length \d+ \(src-fixture-article\): "which killed 12 people/,
      ),
      'relations.json [1].evidence[0]: offset ' +
        `${relation.offset} and length ${relation.length} do not point at the quote; it does not occur verbatim in its source (src-fixture-article): "the corn depot in Osterholm"`,
    ]);
  });

  it('refuses a quote taken from an excluded passage', () => {
    const set = fixture();
    const raw = readFileSync(path.join(TEXTS, 'furniture.txt'), 'utf8');
    const quote = 'Patrol boats of the Coastal Guard are everywhere.';
    set.entities.find((e) => e.id === 'coastal-guard')!.evidence[0] = {
      source: 'src-fixture-furniture',
      quote,
      offset: raw.indexOf(quote),
      length: quote.length,
    };
    expect(problemsOf(set)).toEqual([
      expect.stringMatching(
        /^organizations\.json \[0\]\.evidence\[0\]: lies in a passage excluded/,
      ),
    ]);
  });

  it('recomputes the duplicate pairs and names every difference', () => {
    const set = fixture();
    const [pair] = set.duplicates;
    set.duplicates = [
      { ...pair!, duplicate: pair!.original, original: pair!.duplicate, similarity: 0.5 },
    ];
    expect(problemsOf(set)).toEqual([
      `duplicate-sources.json [0].duplicate: is "${pair!.original}", but the recomputed copy is "${pair!.duplicate}"`,
      `duplicate-sources.json [0].similarity: is 0.5, recomputed ${pair!.similarity}`,
    ]);
    set.duplicates = [{ ...pair!, original: 'src-fixture-unrelated' }];
    expect(problemsOf(set)).toEqual([
      `duplicate-sources.json [0]: ${pair!.duplicate} ~ src-fixture-unrelated is not a near-duplicate pair when recomputed`,
      `duplicate-sources.json : lacks the pair ${pair!.duplicate} DUPLICATE_OF ${pair!.original} (similarity ${pair!.similarity})`,
    ]);
  });

  it('names a missing text file', () => {
    const texts = path.join(scratch, 'texts');
    cpSync(TEXTS, texts, { recursive: true });
    rmSync(path.join(texts, 'unrelated.txt'));
    expect(problemsOf(fixture(), texts)).toEqual([
      `sources.json [2].file: ${path.join(texts, 'unrelated.txt')} is missing`,
    ]);
  });
});

describe('curateSeeds', () => {
  it('recomputes exactly the stored spans, hashes and pairs from the texts', () => {
    const dir = path.join(scratch, 'seeds');
    cpSync(SEEDS, dir, { recursive: true });
    const stored = new Map<string, unknown>();
    for (const file of ['sources.json', 'groups.json', 'attacks.json', 'relations.json']) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      stored.set(file, JSON.parse(text));
      const stripped = text
        .replace(/,\s*"offset": \d+,\s*"length": \d+/g, '')
        .replace(/"sha256": "[0-9a-f]{64}"/g, `"sha256": "${'0'.repeat(64)}"`);
      expect(stripped).not.toEqual(text);
      writeFileSync(path.join(dir, file), stripped);
    }
    writeFileSync(path.join(dir, 'duplicate-sources.json'), '[]');
    const { problems, files } = curateSeeds(dir, TEXTS);
    expect(problems).toEqual([]);
    for (const [file, data] of stored) expect(files.get(file), file).toEqual(data);
    expect(files.get('duplicate-sources.json')).toEqual(
      JSON.parse(readFileSync(path.join(SEEDS, 'duplicate-sources.json'), 'utf8')),
    );
  });

  it('stores nothing for a quote it cannot place, and says which', () => {
    const dir = path.join(scratch, 'bad-seeds');
    cpSync(SEEDS, dir, { recursive: true });
    const file = path.join(dir, 'places.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('grain depot', 'grain silo'));
    expect(curateSeeds(dir, TEXTS).problems).toEqual([
      {
        file: 'places.json',
        path: '[0].evidence[0].quote',
        message:
          'does not occur verbatim in its source (src-fixture-article): "the grain silo in Osterholm"',
      },
    ]);
  });
});
