/**
 * Verbatim quote matching. A quote counts as verbatim when it occurs in the source with only its
 * whitespace differing: line breaks, runs of spaces and non-breaking spaces (web captures are full
 * of them) all compare as one space. Everything else — case, curly quotes, dashes — must match.
 */

/** Collapses every run of Unicode whitespace (including U+00A0) to one space and trims the ends. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** True when `quote` occurs in `haystack` after whitespace normalisation (case-sensitive). */
export function containsVerbatim(haystack: string, quote: string): boolean {
  return verbatimOffsets(haystack, quote).length > 0;
}

/**
 * Start offsets of every occurrence of `quote` in the whitespace-normalised `haystack` (offsets refer
 * to `normalizeWhitespace(haystack)`). An empty quote matches nowhere: it would support anything.
 */
export function verbatimOffsets(haystack: string, quote: string): number[] {
  const text = normalizeWhitespace(haystack);
  const needle = normalizeWhitespace(quote);
  const offsets: number[] = [];
  if (needle.length === 0) return offsets;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) offsets.push(i);
  return offsets;
}
