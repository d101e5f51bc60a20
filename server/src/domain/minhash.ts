/**
 * MinHash signatures and locality-sensitive hashing (LSH) bands of shingle sets, so that a new
 * text is compared only with the stored texts that share a band with it instead of with all.
 *
 * Hand-written (about 40 lines) rather than taken from a package: the signatures and band keys are
 * stored in the graph, so the hash functions must stay fixed across processes and versions, and
 * here they are — FNV-1a for the shingle, then MurmurHash3's 32-bit finaliser with a fixed seed
 * per signature row.
 *
 * Bands: 64 bands of 2 rows (128 hashes). Two texts with shingle Jaccard s share at least one band
 * with probability 1 − (1 − s²)^64: 0.93 at s = 0.2 (the seed paraphrase pair is 0.20), 0.998 at
 * s = 0.3, 0.15 at the 0.05 threshold and 0.005 at s = 0.009 (the highest unrelated seed pair).
 * Low rows per band because the duplicate threshold is low (see near-duplicate.ts).
 */

/** Hashes per signature. */
export const SIGNATURE_SIZE = 128;
/** Signature rows per LSH band. */
const BAND_ROWS = 2;

/** FNV-1a, 32-bit, of a string's UTF-16 units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: a fixed bijective mix of 32 bits. */
function fmix32(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One fixed seed per signature row. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 + i));

/** The MinHash signature of a shingle set: per row, the least hash of any shingle. */
export function minhashSignature(shingles: ReadonlySet<string>): number[] {
  const signature: number[] = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = fmix32(base ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The LSH band keys of a signature: "band:row1.row2", one per band (none for an empty set). */
export function bandKeys(signature: readonly number[], shingleCount: number): string[] {
  if (shingleCount === 0) return [];
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < signature.length; b++)
    keys.push(`${b}:${signature.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).join('.')}`);
  return keys;
}

/** The share of rows on which two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}
