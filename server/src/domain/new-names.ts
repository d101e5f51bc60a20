/**
 * Names in a text that the graph does not know yet, with a kind: people, places and organisations
 * as the `compromise` NLP library tags them. An organisation whose name reads like an armed
 * group's ("Front", "Army", "Taliban" …) is proposed as a Group. Precision on the fixture
 * articles is measured by bench/ingest.ts (bench/results/ingest.md).
 */
import nlp from 'compromise';
import type { FoundMention } from './mention-index.js';

const GROUP_WORDS =
  /\b(?:front|army|brigades?|battalions?|militia|movement|jama'?at|lashkar|tehri[kq]|taliban|jihad|mujahideen|state|liberation|resistance|fighters|hezbollah|hamas|shabaab|harakat|ansar|jaish|sipah)\b/i;
/** Capitalised words compromise tags that never name anything on their own. */
const NOT_A_NAME =
  /^(?:the|a|an|on|in|at|of|and|but|he|she|they|it|its|his|her|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

interface Tagged {
  text: string;
  offset: { start: number; length: number };
}

/** Trims the span to its name: no surrounding punctuation or possessive. */
function nameSpan(text: string, start: number, length: number) {
  let begin = start;
  let end = start + length;
  while (begin < end && !/[\p{L}\p{N}]/u.test(text[begin]!)) begin++;
  while (end > begin && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
  if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
  return { begin, end };
}

/** New names in `text` that no span of `known` covers, each with its proposed kind. */
export function findNewNames(text: string, known: readonly FoundMention[]): FoundMention[] {
  const doc = nlp(text);
  const tagged: [Tagged[], (name: string) => string][] = [
    [doc.people().json({ offset: true }) as Tagged[], () => 'Person'],
    [doc.places().json({ offset: true }) as Tagged[], () => 'Place'],
    [
      doc.organizations().json({ offset: true }) as Tagged[],
      (name) => (GROUP_WORDS.test(name) ? 'Group' : 'Organization'),
    ],
  ];
  const taken = known.map((m) => ({ begin: m.offset, end: m.offset + m.text.length }));
  const found: FoundMention[] = [];
  for (const [list, kindOf] of tagged) {
    for (const item of list) {
      const { begin, end } = nameSpan(text, item.offset.start, item.offset.length);
      const name = text.slice(begin, end);
      if (!/^\p{Lu}/u.test(name) || name.length < 3 || NOT_A_NAME.test(name)) continue;
      if (
        [...taken, ...found.map((f) => ({ begin: f.offset, end: f.offset + f.text.length }))].some(
          (t) => begin < t.end && t.begin < end,
        )
      )
        continue;
      found.push({ entityId: null, kind: kindOf(name), text: name, offset: begin, score: 0.5 });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
