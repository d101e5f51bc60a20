/**
 * Runs of a source's text for the review workbench: plain text, names of the graph (linked to their
 * entity) and names not in the graph yet. Mentions never overlap in the runs: a later mention that
 * starts inside an earlier one is left out (the analysis reports the longest match first).
 */
export interface MentionSpan {
  offset: number;
  length: number;
  /** The entity the name belongs to; null for a name not in the graph. */
  entityId: string | null;
  kind: string | null;
}

export type ReviewRun =
  { text: string; mention?: undefined } | { text: string; mention: MentionSpan };

/** The text cut into runs at the mentions, in text order. */
export function reviewRuns(text: string, mentions: readonly MentionSpan[]): ReviewRun[] {
  const runs: ReviewRun[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.offset - b.offset || b.length - a.length)) {
    if (m.offset < at || m.offset + m.length > text.length || m.length <= 0) continue;
    if (m.offset > at) runs.push({ text: text.slice(at, m.offset) });
    runs.push({ text: text.slice(m.offset, m.offset + m.length), mention: m });
    at = m.offset + m.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** Where `name` stands in `sentence` (case-insensitive), or -1. */
const findName = (sentence: string, name: string) =>
  sentence.toLowerCase().indexOf(name.toLowerCase());

/** The sentence cut at its two ends' names: `end` is 'from' or 'to' for a name, else undefined. */
export function sentenceRuns(
  sentence: string,
  from: string,
  to: string,
): { text: string; end?: 'from' | 'to' }[] {
  const spans = (
    [
      ['from', findName(sentence, from), from.length],
      ['to', findName(sentence, to), to.length],
    ] as const
  )
    .filter(([, offset]) => offset >= 0)
    .map(([end, offset, length]) => ({ offset, length, entityId: end, kind: null }));
  return reviewRuns(sentence, spans).map((run) =>
    run.mention ? { text: run.text, end: run.mention.entityId as 'from' | 'to' } : run,
  );
}
