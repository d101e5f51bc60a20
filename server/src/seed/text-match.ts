/**
 * Verbatim quote matching. A quote counts as verbatim when it occurs in the source with only its
 * whitespace differing: line breaks, runs of spaces and non-breaking spaces (web captures are full
 * of them) all compare as one space. Everything else — case, curly quotes, dashes — must match.
 */

/** Collapses every run of Unicode whitespace (including U+00A0) to one space and trims the ends. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Where a match lies in the raw text (the file decoded as UTF-8, as a JavaScript string):
 * `offset` is the UTF-16 index of its first character and `length` the number of UTF-16 code units
 * it spans, so `raw.slice(offset, offset + length)` is the matched passage with the text's own
 * whitespace. It starts and ends on a non-space character.
 */
export interface Span {
  offset: number;
  length: number;
}

/** `normalizeWhitespace(raw)` and, for each of its characters, the raw index it came from. */
function normalizeWithIndex(raw: string): { text: string; rawIndex: number[] } {
  let text = '';
  const rawIndex: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (/\s/u.test(c)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      rawIndex.push(i - 1);
      pendingSpace = false;
    }
    text += c;
    rawIndex.push(i);
  }
  return { text, rawIndex };
}

/**
 * Every occurrence of `quote` in `raw` after whitespace normalisation, as spans of the raw text, in
 * order. An empty quote matches nowhere: it would support anything.
 */
export function verbatimSpans(raw: string, quote: string): Span[] {
  const needle = normalizeWhitespace(quote);
  if (needle.length === 0) return [];
  const { text, rawIndex } = normalizeWithIndex(raw);
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const offset = rawIndex[i] ?? 0;
    const last = rawIndex[i + needle.length - 1] ?? 0;
    spans.push({ offset, length: last + 1 - offset });
  }
  return spans;
}

/** True when `quote` occurs in `haystack` after whitespace normalisation (case-sensitive). */
export function containsVerbatim(haystack: string, quote: string): boolean {
  return verbatimSpans(haystack, quote).length > 0;
}

/** True when the raw text at `span` is exactly `quote`, up to whitespace. */
export function spanMatches(raw: string, span: Span, quote: string): boolean {
  const passage = raw.slice(span.offset, span.offset + span.length);
  return (
    span.offset >= 0 &&
    span.offset + span.length <= raw.length &&
    passage.length > 0 &&
    passage === passage.trim() &&
    normalizeWhitespace(passage) === normalizeWhitespace(quote)
  );
}
