/**
 * Verbatim quote matching. A quote counts as verbatim when it occurs in the source with only its
 * whitespace, quote marks or dashes differing: line breaks, runs of spaces and non-breaking spaces
 * (web captures are full of them) all compare as one space, curly and straight quote marks compare
 * equal, and so do the hyphen and dash variants (editors retype them). Everything else — case,
 * letters, other punctuation — must match.
 */

/** Collapses every run of Unicode whitespace (including U+00A0) to one space and trims the ends. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/gu;

/**
 * Quote marks folded to ' and ", dashes to -. Each folded character is one UTF-16 unit mapped to
 * one, so indexes into the folded text are indexes into the original.
 */
function foldMarks(s: string): string {
  return s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** The form two texts are compared in: marks folded, whitespace collapsed. */
export function matchForm(s: string): string {
  return normalizeWhitespace(foldMarks(s));
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

/** A raw text in the match form, with the raw index each of its characters came from. */
export interface MatchIndex {
  text: string;
  rawIndex: Int32Array;
}

/**
 * `matchForm(raw)` with its raw indexes; a whitespace run's one space maps to the run's last
 * character. Built once per text and reused for each quote checked against it.
 */
export function indexText(rawText: string): MatchIndex {
  const raw = foldMarks(rawText);
  const parts: string[] = [];
  const rawIndex = new Int32Array(raw.length);
  let length = 0;
  let from = 0;
  const segment = (to: number) => {
    if (to <= from) return;
    if (length > 0) {
      parts.push(' ');
      rawIndex[length++] = from - 1;
    }
    parts.push(raw.slice(from, to));
    for (let i = from; i < to; i++) rawIndex[length++] = i;
  };
  for (const run of raw.matchAll(/\s+/gu)) {
    segment(run.index);
    from = run.index + run[0].length;
  }
  segment(raw.length);
  return { text: parts.join(''), rawIndex: rawIndex.subarray(0, length) };
}

/**
 * Every occurrence of `quote` in `raw` in the match form (see above), as spans of the raw text, in
 * order. An empty quote matches nowhere: it would support anything.
 */
export function verbatimSpans(raw: string, quote: string, index = indexText(raw)): Span[] {
  const needle = matchForm(quote);
  if (needle.length === 0) return [];
  const { text, rawIndex } = index;
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const offset = rawIndex[i] ?? 0;
    const last = rawIndex[i + needle.length - 1] ?? 0;
    spans.push({ offset, length: last + 1 - offset });
  }
  return spans;
}

/** True when `quote` occurs in `haystack` in the match form (case-sensitive). */
export function containsVerbatim(haystack: string, quote: string): boolean {
  return verbatimSpans(haystack, quote).length > 0;
}

/** True when the raw text at `span` is exactly `quote`, up to whitespace, quote marks and dashes. */
export function spanMatches(raw: string, span: Span, quote: string): boolean {
  const passage = raw.slice(span.offset, span.offset + span.length);
  return (
    span.offset >= 0 &&
    span.offset + span.length <= raw.length &&
    passage.length > 0 &&
    passage === passage.trim() &&
    matchForm(passage) === matchForm(quote)
  );
}
