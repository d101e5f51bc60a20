/** What near-duplicate detection keeps of a text: its shingles, MinHash signature and LSH bands. */
import { bandKeys, minhashSignature } from './minhash.js';
import { shingles } from './near-duplicate.js';

export interface TextFingerprint {
  shingles: Set<string>;
  signature: number[];
  /** Band keys, sorted (see cypher/source/index-bands.cypher for why). */
  bands: string[];
}

/** The fingerprint of `text`. */
export function textFingerprint(text: string): TextFingerprint {
  const set = shingles(text);
  const signature = minhashSignature(set);
  return { shingles: set, signature, bands: bandKeys(signature, set.size).sort() };
}
