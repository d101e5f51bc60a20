/**
 * Turns any user text into a safe Lucene query for the `entity_name_search` index. Only letters and
 * digits survive, so Lucene's syntax characters (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) and
 * words like OR or AND can never be interpreted.
 */
import { nameKey, nameWords, variantKey } from './names.js';

/** Longest search text accepted; longer input is a user error, not something to truncate silently. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_WORDS = 8;
/** Words at least this long also match without their last letter: "Pakistani" finds "Pakistan". */
const MIN_TRIMMED_WORD = 6;

/** The Lucene query for `text`, or undefined when it holds no letter or digit. */
export function buildSearchQuery(text: string): string | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  // Lower-case words are never operators, and `*` is appended by us, not taken from input.
  // A long word loses its last letter, so a demonym or plural meets its stem ("Pakistani" finds
  // "Pakistan", "Hazaras" finds "Hazara").
  const words = nameWords(text)
    .slice(0, MAX_WORDS)
    .map((word) => (word.length >= MIN_TRIMMED_WORD ? word.slice(0, -1) : word));
  const allWords = words.map((word) => `${word}*`).join(' AND ');
  // Any-word matches find "tehrik taliban" among Taliban names; one-letter words would match all.
  const anyWord = words
    .filter((word) => word.length > 1)
    .map((word) => `${word}*`)
    .join(' ');
  // Transliteration variants ("Tehrik-i-Taliban" for "Tehreek-e-Taliban") meet in variantKeys.
  const variant = variantKey(text);
  return [
    `searchKeys:${key}^8`,
    ...(variant ? [`variantKeys:${variant}^6`, `variantKeys:${variant}*^3`] : []),
    `searchKeys:${key}*^4`,
    `name:(${allWords})^3`,
    `aliasText:(${allWords})^2`,
    ...(anyWord ? [`name:(${anyWord})`, `aliasText:(${anyWord})`] : []),
  ].join(' OR ');
}

/** The parameters of entity/search besides kinds and limits: the Lucene query and the ranking keys. */
export function searchParams(text: string, query: string) {
  return { query, key: nameKey(text), variant: variantKey(text) ?? null };
}
