import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  estimatedSimilarity,
  minhashSignature,
  SIGNATURE_SIZE,
} from '../../../server/src/domain/minhash.js';
import { jaccard, shingles } from '../../../server/src/domain/near-duplicate.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/sources/${name}.txt`, import.meta.url), 'utf8');

const signed = (text: string) => {
  const set = shingles(text);
  const signature = minhashSignature(set);
  return { set, signature, bands: bandKeys(signature, set.size) };
};

describe('minhashSignature', () => {
  it('is the same for the same set, whatever the order, and fixed across runs', () => {
    const one = minhashSignature(new Set(['a b c', 'b c d']));
    expect(minhashSignature(new Set(['b c d', 'a b c']))).toEqual(one);
    expect(one).toHaveLength(SIGNATURE_SIZE);
    // Stored in the graph: a change of hash functions would orphan every stored band.
    expect(one.slice(0, 2)).toEqual([248189297, 192553355]);
  });

  it('estimates the Jaccard similarity of the fixture article and its paraphrase', () => {
    const article = signed(fixture('article'));
    const paraphrase = signed(fixture('paraphrase'));
    const exact = jaccard(article.set, paraphrase.set);
    expect(
      Math.abs(estimatedSimilarity(article.signature, paraphrase.signature) - exact),
    ).toBeLessThan(0.12);
  });
});

describe('bandKeys', () => {
  it('gives 64 keys, shared in full by identical texts and in part by a paraphrase', () => {
    const article = signed(fixture('article'));
    expect(article.bands).toHaveLength(64);
    expect(signed(fixture('article')).bands).toEqual(article.bands);
    const paraphrase = signed(fixture('paraphrase'));
    expect(paraphrase.bands.some((key) => article.bands.includes(key))).toBe(true);
  });

  it('shares no band between unrelated texts, and gives none for an empty one', () => {
    const article = signed(fixture('article'));
    expect(signed(fixture('unrelated')).bands.filter((k) => article.bands.includes(k))).toEqual([]);
    expect(bandKeys(minhashSignature(new Set()), 0)).toEqual([]);
  });
});
