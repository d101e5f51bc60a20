/**
 * Where a quote may be cited from: a verbatim match that does not overlap a passage excluded from
 * its source (page furniture, spam). Used by the editing mutations to verify quotes as they are
 * written, by `npm run seeds:curate` to find the offset it stores and by `npm run seeds:check` to
 * verify the stored one.
 */
import { indexText, type MatchIndex, type Span, spanMatches, verbatimSpans } from './text-match.js';

export const NOT_VERBATIM = 'does not occur verbatim in its source';
export const EXCLUDED = 'lies in a passage excluded as page furniture or spam';

const overlaps = (a: Span, b: Span) =>
  a.offset < b.offset + b.length && b.offset < a.offset + a.length;

function excludedSpans(raw: string, excluded: readonly string[], index?: MatchIndex): Span[] {
  return excluded.flatMap((passage) => verbatimSpans(raw, passage, index));
}

/** The first citable match of `quote` in `raw`, or why there is none; `index` is `raw`'s. */
export function locateQuote(
  raw: string,
  excluded: readonly string[],
  quote: string,
  index: MatchIndex = indexText(raw),
): { span: Span } | { problem: string } {
  const spans = verbatimSpans(raw, quote, index);
  if (spans.length === 0) return { problem: NOT_VERBATIM };
  const blocked = excludedSpans(raw, excluded, index);
  const span = spans.find((s) => !blocked.some((b) => overlaps(s, b)));
  return span ? { span } : { problem: EXCLUDED };
}

/** What is wrong with a stored quote and span, or undefined when the span is a citable match. */
export function storedSpanProblem(
  raw: string,
  excluded: readonly string[],
  stored: Span & { quote: string },
): string | undefined {
  if (spanMatches(raw, stored, stored.quote)) {
    const blocked = excludedSpans(raw, excluded);
    return blocked.some((b) => overlaps(stored, b)) ? EXCLUDED : undefined;
  }
  const found = locateQuote(raw, excluded, stored.quote);
  const at = `offset ${stored.offset} and length ${stored.length} do not point at the quote`;
  return 'span' in found
    ? `${at}; it is at offset ${found.span.offset}, length ${found.span.length}`
    : `${at}; it ${found.problem}`;
}
