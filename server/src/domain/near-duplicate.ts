/**
 * Near-duplicate detection of source texts, from the text alone, so that a copied or
 * machine-paraphrased article is not counted as independent corroboration of another.
 *
 * Method: normalise (lowercase, drop apostrophes, turn other punctuation into spaces, collapse
 * whitespace), cut into overlapping word k-shingles (k = 3), compare the shingle sets by Jaccard.
 * Only candidates are compared: the texts that share a MinHash LSH band with it (minhash.ts), so
 * the work per text grows with the number of similar texts, not with the number of all texts.
 *
 * Measured on the five seed articles (k = 3, Jaccard):
 *   003 ~ 004 (003 is a paraphrasing-tool run of 004)  0.202
 *   highest of the other nine pairs                      0.009 (1 ~ 4)
 * For comparison, k = 1 gives 0.457 vs 0.183 and k = 2 gives 0.297 vs 0.043: the paraphrase swaps
 * many single words but keeps enough runs of three (names, function words, quoted phrases), while
 * unrelated articles on the same topic share almost no trigrams. So k = 3 separates best.
 */

import { bandKeys, minhashSignature } from './minhash.js';

/** Words per shingle. */
const DEFAULT_SHINGLE_SIZE = 3;

/**
 * Jaccard similarity (of word 3-shingles) at or above which two texts are near-duplicates.
 * 0.05 is close to the geometric mean of 0.202 and 0.009, leaving a factor of about 4 on each side.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.05;

/** How a stored DUPLICATE_OF link was found (its `method` property). */
export const NEAR_DUPLICATE_METHOD = `word ${DEFAULT_SHINGLE_SIZE}-shingle Jaccard`;

/** Lowercased text with punctuation removed and whitespace collapsed. */
function normalizeForShingles(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019]/gu, '') // "taliban’s" stays one word
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The set of k-word shingles of `text` (after normalisation). A text shorter than k words yields
 * one shingle of all its words, so that short texts can still be compared; an empty text yields none.
 */
export function shingles(text: string, k: number = DEFAULT_SHINGLE_SIZE): Set<string> {
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`shingle size must be a positive integer, got ${k}`);
  const words = normalizeForShingles(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const result = new Set<string>();
  if (words.length === 0) return result;
  if (words.length < k) return result.add(words.join(' '));
  for (let i = 0; i + k <= words.length; i++) result.add(words.slice(i, i + k).join(' '));
  return result;
}

/** |a ∩ b| / |a ∪ b|; 0 when both are empty (two empty texts are no evidence of copying). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface DuplicateCandidate {
  id: string;
  text: string;
  /** Publication date (ISO, possibly partial such as "2022-04"), or null/absent when unknown. */
  date?: string | null;
}

export interface NearDuplicate {
  /** The copy: the paraphrased, undated or later text. */
  duplicate: string;
  /** The text it copies. */
  original: string;
  similarity: number;
}

/**
 * Tell-tales of paraphrasing tools: they pad auxiliaries with "actually" ("have actually passed",
 * "has actually been"). Seed 003 has 28 of them; the four genuine articles have none.
 */
const PARAPHRASE_MARKER = /\b(?:has|have|had|is|are|was|were|will|would)\s+actually\b/giu;

/** Paraphrase markers per 1,000 words. */
export function paraphraseScore(text: string): number {
  const words = normalizeForShingles(text)
    .split(' ')
    .filter((w) => w.length > 0).length;
  if (words === 0) return 0;
  return ((text.match(PARAPHRASE_MARKER)?.length ?? 0) * 1000) / words;
}

/**
 * Which of two near-duplicates is the copy, as [copy, original]. Rules, in order:
 * 1. the one with more paraphrase markers (a tool's output is the copy, not the source);
 * 2. the undated one, when only one is dated (an original is normally datable), else the later date;
 * 3. the later id, so the result is deterministic.
 */
function pickDuplicate(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
): [DuplicateCandidate, DuplicateCandidate] {
  const pa = paraphraseScore(a.text);
  const pb = paraphraseScore(b.text);
  if (pa !== pb) return pa > pb ? [a, b] : [b, a];
  const da = a.date ?? null;
  const db = b.date ?? null;
  if ((da === null) !== (db === null)) return da === null ? [a, b] : [b, a];
  if (da !== null && db !== null && da !== db) return da > db ? [a, b] : [b, a];
  return a.id > b.id ? [a, b] : [b, a];
}

/**
 * The pairs `doc` forms with those of `candidates` whose shingle similarity to it is at or above
 * `threshold`, each with the copy as `duplicate` (see the rules above).
 */
export function matchCandidates(
  doc: DuplicateCandidate,
  candidates: readonly DuplicateCandidate[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
  docShingles: Set<string> = shingles(doc.text),
): NearDuplicate[] {
  return candidates.flatMap((candidate) => {
    const similarity = jaccard(docShingles, shingles(candidate.text));
    if (similarity < threshold) return [];
    const [duplicate, original] = pickDuplicate(doc, candidate);
    return [{ duplicate: duplicate.id, original: original.id, similarity }];
  });
}

/**
 * Every pair of `docs` whose shingle similarity is at or above `threshold` among the pairs that
 * share an LSH band, each with the copy as `duplicate`, sorted by decreasing similarity. The same
 * candidates as addSource finds through the bands stored in the graph.
 */
export function findNearDuplicates(
  docs: readonly DuplicateCandidate[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const byBand = new Map<string, DuplicateCandidate[]>();
  const found = docs.flatMap((doc) => {
    const set = shingles(doc.text);
    const keys = bandKeys(minhashSignature(set), set.size);
    const candidates = new Set(keys.flatMap((key) => byBand.get(key) ?? []));
    for (const key of keys) byBand.set(key, [...(byBand.get(key) ?? []), doc]);
    return matchCandidates(doc, [...candidates], threshold, set);
  });
  return found.sort((x, y) => y.similarity - x.similarity);
}
