/**
 * Quotes checked against their source's stored text when they are written: the quote must occur
 * in the text (up to whitespace, quote marks and dashes, see text-match.ts), outside the excluded
 * passages, and what is stored is the text's own span with its offset. When it does not occur, the
 * passage of the text most like it is offered ("did you mean …").
 */
import { EXCLUDED, locateQuote, NOT_VERBATIM } from './quote-spans.js';
import { indexText, type MatchIndex, matchForm } from './text-match.js';

/** A stored source text and the passages no quote may come from. */
export interface CheckableText {
  text: string;
  excluded: readonly string[];
}

export type QuoteCheck =
  { verified: true; quote: string; offset: number } | { problem: string; closest?: string };

/** Windows with the best word count compared further; beyond this the earliest win. */
const MAX_TIED = 1000;

/** Longest "did you mean" passage offered, in characters. */
const MAX_SUGGESTION = 400;

/** Checks one quote against `source`; `index` is `indexText(source.text)`, built once per text. */
export function verifyQuote(
  source: CheckableText,
  quote: string,
  index: MatchIndex = indexText(source.text),
): QuoteCheck {
  const found = locateQuote(source.text, source.excluded, quote, index);
  if ('span' in found) {
    const { offset, length } = found.span;
    return { verified: true, quote: source.text.slice(offset, offset + length), offset };
  }
  if (found.problem === EXCLUDED) return { problem: EXCLUDED };
  const closest = closestPassage(source.text, index, quote);
  return closest ? { problem: NOT_VERBATIM, closest } : { problem: NOT_VERBATIM };
}

/** A word as the closest-passage search compares it: lower case, without edge punctuation. */
const wordKey = (word: string) => word.toLowerCase().replace(/^\p{P}+|\p{P}+$/gu, '');

/**
 * The run of as many words as the quote has that shares the most words with it, when it shares at
 * least half; in the text's own spelling. One pass with a sliding word count (hand-written: an
 * edit-distance library would compare the quote with every window, far too slow for 2 MB texts).
 */
export function closestPassage(text: string, index: MatchIndex, quote: string): string | undefined {
  const wanted = matchForm(quote).split(' ').map(wordKey).filter(Boolean);
  if (wanted.length === 0) return undefined;
  const need = new Map<string, number>();
  for (const w of wanted) need.set(w, (need.get(w) ?? 0) + 1);
  const starts: number[] = [];
  const words: string[] = [];
  for (const m of index.text.matchAll(/\S+/gu)) {
    starts.push(m.index);
    words.push(wordKey(m[0]));
  }
  const have = new Map<string, number>();
  let score = 0;
  let bestScore = 0;
  let tied: number[] = [];
  words.forEach((word, i) => {
    const count = have.get(word) ?? 0;
    if (count < (need.get(word) ?? 0)) score++;
    have.set(word, count + 1);
    const gone = i - wanted.length;
    if (gone >= 0) {
      const old = words[gone]!;
      const left = have.get(old)! - 1;
      have.set(old, left);
      if (left < (need.get(old) ?? 0)) score--;
    }
    const first = Math.max(0, i - wanted.length + 1);
    if (score > bestScore) [bestScore, tied] = [score, [first]];
    else if (score === bestScore && score > 0 && tied.length < MAX_TIED) tied.push(first);
  });
  if (bestScore * 2 < wanted.length) return undefined;
  // Of the windows sharing as many words, the one with most words in the quote's own places.
  const aligned = (first: number) => wanted.filter((w, j) => words[first + j] === w).length;
  const bestFirst = tied.reduce((a, b) => (aligned(b) > aligned(a) ? b : a));
  const lastWord = Math.min(bestFirst + wanted.length, words.length) - 1;
  const from = index.rawIndex[starts[bestFirst]!]!;
  const lastEnd =
    starts[lastWord + 1] === undefined ? index.text.length : starts[lastWord + 1]! - 1;
  const to = index.rawIndex[lastEnd - 1]! + 1;
  const passage = text.slice(from, to);
  return passage.length > MAX_SUGGESTION ? `${passage.slice(0, MAX_SUGGESTION)}…` : passage;
}

/** Characters of context on each side of a quote when no sentence boundary is nearer. */
const CONTEXT_REACH = 150;

/**
 * The sentence that holds the quote at `offset`/`length` of `text`, reaching at most
 * CONTEXT_REACH characters beyond the quote on each side (so about 300 characters around it).
 */
export function quoteContext(text: string, offset: number, length: number): string {
  const lower = Math.max(0, offset - CONTEXT_REACH);
  const upper = Math.min(text.length, offset + length + CONTEXT_REACH);
  const before = text.slice(lower, offset);
  const boundary = Math.max(before.search(/[.!?]\s[^.!?]*$/u), before.lastIndexOf('\n'));
  const start = boundary >= 0 ? lower + boundary + 1 : lower;
  const after = text.slice(offset + length, upper);
  const stop = after.search(/[.!?](\s|$)|\n/u);
  const end = stop >= 0 ? offset + length + stop + (after[stop] === '\n' ? 0 : 1) : upper;
  return text.slice(start, end).trim();
}
