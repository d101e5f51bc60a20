/**
 * How close two names are, for names that no key joins. Names are compared as folded words
 * (any-ascii, then domain/names.ts foldSpelling; a trailing "(ACRONYM)" left out): the words both
 * share are set aside and what differs is scored with fastest-levenshtein's edit distance, so
 * "Haqqani Networks" is close to "Haqqani Network" but "Popular Front of Doran" is not close to
 * "Popular Front of Zarnu" however long the shared words. A score at or above CANDIDATE_SCORE is
 * close enough to ask a curator (a DuplicateCandidate), never enough to join.
 */
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { foldSpelling, nameWords } from '../../domain/names.js';

/** The lowest score that records a DuplicateCandidate. */
export const CANDIDATE_SCORE = 0.8;
/** Shorter differing parts are too alike by chance ("Bannu" and "Banu" are two towns). */
const MIN_KEY_LENGTH = 6;

/** The name as folded words joined by spaces: "Tehrik-i-Taliban (TTP)" → "tahrik a taliban". */
export const foldedName = (name: string): string =>
  nameWords(anyAscii(name.replace(/\s*\([\p{Lu}\p{N}-]{2,10}\)\s*$/u, '')))
    .map(foldSpelling)
    .join(' ');

/** Edit-distance score (0 to 1) of the words two folded names do not share; 0 when too short. */
export function nameScore(a: string, b: string): number {
  const [left, right] = [a.split(' '), b.split(' ')];
  const restA = left.filter((w) => !right.includes(w)).join('');
  const restB = right.filter((w) => !left.includes(w)).join('');
  if (Math.min(restA.length, restB.length) < MIN_KEY_LENGTH) return 0;
  return 1 - distance(restA, restB) / Math.max(restA.length, restB.length);
}

export interface NearMatch {
  id: string;
  score: number;
}

/** The closest of `others` to the folded name `key` at or above CANDIDATE_SCORE (lowest id on a tie). */
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
