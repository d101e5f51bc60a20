/**
 * A source text cut into runs for the source reader: plain text, the quote being read (`focus`)
 * and the other quotes from the same source (`other`). Overlapping quotes are clipped so that every
 * character belongs to one run; the focused quote wins over others.
 */

export interface QuoteSpan {
  offset: number;
  length: number;
}

export interface TextRun {
  text: string;
  mark: 'focus' | 'other' | null;
}

/** `text` as runs, with `focus` and each of `others` marked (spans outside the text are dropped). */
export function markRuns(text: string, focus: QuoteSpan, others: readonly QuoteSpan[]): TextRun[] {
  const inText = (s: QuoteSpan) =>
    s.offset >= 0 && s.length > 0 && s.offset + s.length <= text.length;
  const spans = [
    ...(inText(focus) ? [{ ...focus, mark: 'focus' as const }] : []),
    ...others.filter(inText).map((s) => ({ ...s, mark: 'other' as const })),
  ].sort((a, b) => a.offset - b.offset || (a.mark === 'focus' ? -1 : 1));
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    const end = span.offset + span.length;
    if (end <= at && span.mark !== 'focus') continue;
    const start = span.mark === 'focus' ? span.offset : Math.max(at, span.offset);
    if (span.mark === 'focus' && start < at) {
      // A focused quote inside an earlier mark: cut that mark back to where the focus starts.
      const last = runs[runs.length - 1]!;
      last.text = last.text.slice(0, last.text.length - (at - start));
      at = start;
    }
    if (start > at) runs.push({ text: text.slice(at, start), mark: null });
    runs.push({ text: text.slice(start, end), mark: span.mark });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: null });
  return runs.filter((run) => run.text.length > 0);
}
