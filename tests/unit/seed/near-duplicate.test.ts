import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_THRESHOLD,
  findNearDuplicates,
  jaccard,
  paraphraseScore,
  shingles,
} from '../../../server/src/seed/near-duplicate.js';

const sourcesDir =
  process.env.ACTORGRAPH_SOURCES_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'sources');
const docs = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(path.join(sourcesDir, f), 'utf8') }));
const PARAPHRASE = '003_a34bd60296a08a41.txt';
const ORIGINAL = '004_554704771fa65cb2.txt';

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

describe('the seed articles', () => {
  it('reads all five articles', () => {
    expect(docs.map((d) => d.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('puts the paraphrase pair well above the threshold and every other pair well below it', () => {
    const pairs: { pair: string; sim: number }[] = [];
    docs.forEach((a, i) =>
      docs
        .slice(i + 1)
        .forEach((b) =>
          pairs.push({
            pair: `${a.id.slice(0, 3)}~${b.id.slice(0, 3)}`,
            sim: similarity(a.text, b.text),
          }),
        ),
    );
    const dup = pairs.find((p) => p.pair === '003~004');
    const others = pairs.filter((p) => p.pair !== '003~004');
    expect(dup?.sim).toBeGreaterThanOrEqual(2 * NEAR_DUPLICATE_THRESHOLD); // measured 0.202
    for (const p of others) expect(p.sim, p.pair).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD / 2); // max measured 0.009
  });

  it('finds exactly 003 as a near-duplicate of 004', () => {
    const found = findNearDuplicates(docs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ duplicate: PARAPHRASE, original: ORIGINAL });
  });

  it('names the paraphrase as the duplicate whatever the input order', () => {
    const found = findNearDuplicates([...docs].reverse());
    expect(found[0]).toMatchObject({ duplicate: PARAPHRASE, original: ORIGINAL });
    expect(paraphraseScore(docs[3]?.text ?? '')).toBeGreaterThan(0);
    expect(
      docs.filter((d) => d.id !== PARAPHRASE).every((d) => paraphraseScore(d.text) === 0),
    ).toBe(true);
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
    expect(findNearDuplicates([spun, plain], 0.1)[0]?.duplicate).toBe('a');
  });
});
