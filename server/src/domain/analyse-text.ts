/**
 * The reading of a source text that addSource stores: its mentions (names of the graph, close
 * variants, new names) and, for each sentence with an attack word, what is needed to match the
 * attack to one of the graph (the places and attacks it names, a date). Pure and synchronous, so
 * it can run in a worker thread (compute/analysis-off-thread.ts).
 */
import { ATTACK_WORDS, type Casualties, casualtiesIn, dateIn } from './text-cues.js';
import {
  buildMentionIndex,
  findMentions,
  type FoundMention,
  type KnownName,
} from './mention-index.js';
import { findNewNames } from './new-names.js';

export interface Sentence {
  begin: number;
  end: number;
}

/** A sentence that reports an attack, with what can tell which attack it is. */
export interface AttackClue {
  sentence: number;
  /** The first attack word ("bombing"), and where each attack word stands in the text. */
  word: string;
  offsets: number[];
  /** The date the sentence (or the text before it, or the source) gives; null without any. */
  date: string | null;
  /** Ids of the places and states the sentence names. */
  places: string[];
  /** Ids of the attacks of the graph the sentence names. */
  named: string[];
  /** The first place the sentence names, for the name of a new attack. */
  placeName: string | null;
  casualties: Casualties | null;
}

export interface TextAnalysis {
  mentions: FoundMention[];
  sentences: Sentence[];
  attacks: AttackClue[];
}

export interface AnalysisInput {
  text: string;
  names: KnownName[];
  sourceDate: string | null;
}

/** Quotes longer than this are refused by the evidence rules, so such sentences propose nothing. */
const MAX_SENTENCE = 1000;

/** The sentences of `text` (Intl.Segmenter, ICU's rules), trimmed, as spans of the text. */
export function sentencesOf(text: string): Sentence[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body.length > 0 && body.length <= MAX_SENTENCE)
      sentences.push({ begin: index + lead, end: index + lead + body.length });
  }
  return sentences;
}

/** Figures of one attack from two sentences: the first sentence's, completed by the second's. */
function mergeFigures(first: Casualties | null, more: Casualties): Casualties {
  return {
    killed: first?.killed ?? more.killed,
    wounded: first?.wounded ?? more.wounded,
    qualifier: first?.killed != null ? first.qualifier : more.qualifier,
  };
}

const PLACE_KINDS = new Set(['Place', 'State']);

/** Mentions, sentences and attack clues of `input.text`. */
export function analyseText({ text, names, sourceDate }: AnalysisInput): TextAnalysis {
  const known = findMentions(buildMentionIndex(names), text);
  const mentions = [...known, ...findNewNames(text, known)].sort((a, b) => a.offset - b.offset);
  const sentences = sentencesOf(text);
  const attacks: AttackClue[] = [];
  let lastDate = sourceDate;
  sentences.forEach((span, i) => {
    const sentence = text.slice(span.begin, span.end);
    const date = dateIn(sentence);
    if (date) lastDate = date;
    const words = [...sentence.matchAll(new RegExp(ATTACK_WORDS.source, 'gi'))];
    if (words.length === 0) return;
    const inside = mentions.filter((m) => m.offset >= span.begin && m.offset < span.end);
    const places = inside.filter((m) => m.kind && PLACE_KINDS.has(m.kind));
    const named = inside.flatMap((m) => (m.kind === 'Attack' && m.entityId ? [m.entityId] : []));
    // "The Front claimed the bombing": an attack named by neither place nor name is the one
    // reported last.
    const previous = places.length === 0 && named.length === 0 ? attacks.at(-1) : undefined;
    const casualties = casualtiesIn(sentence);
    // "More than 130 were wounded in the blast." completes the figures of the attack before.
    if (previous && casualties) previous.casualties = mergeFigures(previous.casualties, casualties);
    attacks.push({
      sentence: i,
      word: words[0]![0],
      offsets: words.map((word) => span.begin + word.index),
      date: previous?.date ?? date ?? lastDate,
      places: previous?.places ?? places.flatMap((m) => (m.entityId ? [m.entityId] : [])),
      named: previous?.named ?? named,
      placeName: previous?.placeName ?? places[0]?.text ?? null,
      casualties,
    });
  });
  return { mentions, sentences, attacks };
}
