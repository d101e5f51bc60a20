/**
 * How close two names are, for names that no key joins: a score from 0 to 1 on their folded keys
 * (domain/names.ts variantKey), with fastest-levenshtein's edit distance. A score at or above
 * CANDIDATE_SCORE is close enough to ask a curator (a DuplicateCandidate), never enough to join.
 */
import { distance } from 'fastest-levenshtein';
import { nameKey, variantKey } from '../../domain/names.js';

/** The lowest score that records a DuplicateCandidate. */
export const CANDIDATE_SCORE = 0.8;
/** Shorter keys are too alike by chance ("Bannu" and "Banu" are two towns). */
const MIN_KEY_LENGTH = 6;

/** The key names are compared on: the variant key, else the name key. */
export const foldedName = (name: string): string => variantKey(name) ?? nameKey(name);

/** 1 minus the edit distance over the longer key's length; 0 for keys too short to compare. */
export function nameScore(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_KEY_LENGTH) return 0;
  return 1 - distance(a, b) / longer;
}

export interface NearMatch {
  id: string;
  score: number;
}

/** The closest of `others` to `key` at or above CANDIDATE_SCORE (lowest id on a tie). */
export function nearest(
  key: string,
  others: Iterable<{ id: string; keys: readonly string[] }>,
): NearMatch | undefined {
  let best: NearMatch | undefined;
  for (const other of others) {
    for (const otherKey of other.keys) {
      if (otherKey === key) continue;
      const score = nameScore(key, otherKey);
      const better =
        best === undefined || score > best.score || (score === best.score && other.id < best.id);
      if (score >= CANDIDATE_SCORE && better) best = { id: other.id, score };
    }
  }
  return best;
}
