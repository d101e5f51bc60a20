import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_THRESHOLD,
  findNearDuplicates,
  jaccard,
  matchCandidates,
  paraphraseScore,
  shingles,
} from '../../../server/src/domain/near-duplicate.js';

/** Fixture texts written for these tests: an article, a tool-paraphrase of it, two unrelated. */
const docs = ['article', 'furniture', 'paraphrase', 'unrelated'].map((id) => ({
  id,
  text: readFileSync(new URL(`../../fixtures/sources/${id}.txt`, import.meta.url), 'utf8'),
}));

function similarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

describe('shingles and jaccard', () => {
  it('normalises case, punctuation and whitespace before shingling', () => {
    expect(shingles('The  Taliban’s GRIP, on power!')).toEqual(
      shingles('the talibans grip on power'),
    );
    expect(shingles('a b c d', 3)).toEqual(new Set(['a b c', 'b c d']));
  });

  it('keeps short texts comparable and rejects a bad k', () => {
    expect(shingles('two words', 3)).toEqual(new Set(['two words']));
    expect(shingles('  ', 3).size).toBe(0);
    expect(() => shingles('x', 0)).toThrow(RangeError);
  });

  it('is 1 for identical sets, 0 for disjoint or empty ones', () => {
    const a = shingles('one two three four');
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingles('five six seven eight'))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('the fixture texts', () => {
  it('puts the paraphrase pair well above the threshold and every other pair well below it', () => {
    const pairs: { pair: string; sim: number }[] = [];
    docs.forEach((a, i) =>
      docs
        .slice(i + 1)
        .forEach((b) => pairs.push({ pair: `${a.id}~${b.id}`, sim: similarity(a.text, b.text) })),
    );
    const dup = pairs.find((p) => p.pair === 'article~paraphrase');
    const others = pairs.filter((p) => p !== dup);
    expect(others).toHaveLength(5);
    expect(dup?.sim).toBeGreaterThanOrEqual(2 * NEAR_DUPLICATE_THRESHOLD);
    for (const p of others) expect(p.sim, p.pair).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD / 2);
  });

  it('finds exactly the paraphrase as a near-duplicate of the article', () => {
    const found = findNearDuplicates(docs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ duplicate: 'paraphrase', original: 'article' });
  });

  it('names the paraphrase as the duplicate whatever the input order or dates', () => {
    // The paraphrase gets the earlier date and the lower id: only its markers give it away.
    const dated = docs.map((d) => ({
      ...d,
      id: d.id === 'paraphrase' ? 'a-copy' : d.id,
      date: d.id === 'paraphrase' ? '2001-01-01' : '2023-03-14',
    }));
    for (const order of [dated, [...dated].reverse()])
      expect(findNearDuplicates(order)[0]).toMatchObject({
        duplicate: 'a-copy',
        original: 'article',
      });
    expect(paraphraseScore(docs[2]?.text ?? '')).toBeGreaterThan(0);
    expect(docs.filter((d) => d.id !== 'paraphrase').map((d) => paraphraseScore(d.text))).toEqual([
      0, 0, 0,
    ]);
  });
});

describe('threshold edge and direction rules', () => {
  const a = { id: 'a', text: 'alpha beta gamma delta epsilon zeta' };
  const b = { id: 'b', text: 'alpha beta gamma delta eta theta' };
  const sim = similarity(a.text, b.text); // 2 shared of 6 shingles = 1/3

  it('counts a pair exactly at the threshold and drops it just above', () => {
    expect(sim).toBeCloseTo(1 / 3);
    expect(findNearDuplicates([a, b], sim)).toHaveLength(1);
    expect(findNearDuplicates([a, b], sim + 1e-9)).toHaveLength(0);
  });

  it('prefers the undated text, then the later date, then the later id, as the duplicate', () => {
    expect(
      findNearDuplicates(
        [
          { ...a, date: null },
          { ...b, date: '2020-01' },
        ],
        0.1,
      )[0]?.duplicate,
    ).toBe('a');
    expect(
      findNearDuplicates(
        [
          { ...a, date: '2021-05' },
          { ...b, date: '2020-01' },
        ],
        0.1,
      )[0]?.duplicate,
    ).toBe('a');
    expect(findNearDuplicates([b, a], 0.1)[0]).toMatchObject({ duplicate: 'b', original: 'a' });
  });

  it('prefers the text with paraphrase markers over any date', () => {
    const spun = { id: 'a', text: `${a.text} it has actually gone`, date: '2019-01' };
    const plain = { id: 'b', text: `${b.text} it has gone`, date: null };
    // matchCandidates applies the rule to a pair directly; findNearDuplicates may not make these
    // tiny texts LSH candidates at all.
    expect(matchCandidates(plain, [spun], 0.1)[0]?.duplicate).toBe('a');
    expect(matchCandidates(spun, [plain], 0.1)[0]?.duplicate).toBe('a');
  });
});
