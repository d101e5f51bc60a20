/**
 * Finds the names of the graph in a text: an Aho–Corasick automaton (@monyone/aho-corasick) over
 * the folded names and aliases (folded-text.ts) finds every occurrence in one pass; occurrences
 * that do not start and end on word boundaries are dropped, and overlapping ones are settled
 * longest first. Close spelling variants ("Tehreek-e-Taliban" for "Tehrik-i-Taliban") are then
 * looked up among runs of capitalised words by the variant key of domain/names.ts, scored by
 * their edit distance to the spelling they stand for.
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import { distance } from 'fastest-levenshtein';
import { type FoldedText, foldText, foldedKey } from './folded-text.js';
import { variantKey } from './names.js';

/** An entity of the graph with every spelling of its name. */
export interface KnownName {
  id: string;
  kind: string;
  spellings: string[];
}

/** A name found in a text; `entityId` null for a new name (see new-names.ts). */
export interface FoundMention {
  entityId: string | null;
  kind: string | null;
  text: string;
  offset: number;
  score: number;
}

interface Spelling {
  id: string;
  kind: string;
  key: string;
  /** Acronyms ("US", "ISK") match only capitals: "us" and "Isk" in a text are other words. */
  acronym: boolean;
  primary: boolean;
}

export interface MentionIndex {
  automaton: AhoCorasick;
  byKey: Map<string, Spelling[]>;
  byVariant: Map<string, Spelling[]>;
}

/** Spellings this short (folded) are too ambiguous to look for unless they are acronyms. */
const MIN_KEY = 3;
/** Variants below this similarity to the spelling they resemble are not reported. */
const MIN_VARIANT_SCORE = 0.6;
const MAX_RUN_WORDS = 6;

const isAcronym = (spelling: string) => /^[\p{Lu}\p{N}-]{2,6}$/u.test(spelling.trim());

/** The index of `names`; build it once per graph version (it follows entity changes). */
export function buildMentionIndex(names: readonly KnownName[]): MentionIndex {
  const byKey = new Map<string, Spelling[]>();
  const byVariant = new Map<string, Spelling[]>();
  const add = (map: Map<string, Spelling[]>, key: string, spelling: Spelling) => {
    const list = map.get(key) ?? [];
    if (!list.some((s) => s.id === spelling.id)) list.push(spelling);
    map.set(key, list);
  };
  for (const { id, kind, spellings } of names) {
    spellings.forEach((text, i) => {
      const key = foldedKey(text);
      const acronym = isAcronym(text);
      if (key.length < MIN_KEY && !(acronym && key.length >= 2)) return;
      const spelling = { id, kind, key, acronym, primary: i === 0 };
      add(byKey, key, spelling);
      const variant = variantKey(text);
      if (variant) add(byVariant, variant, spelling);
    });
  }
  return { automaton: new AhoCorasick([...byKey.keys()]), byKey, byVariant };
}

/** The spelling a key stands for: the entity whose own name it is, else the first. */
const pick = (list: Spelling[]) => list.find((s) => s.primary) ?? list[0]!;

interface Span {
  begin: number;
  end: number;
}

/** Keeps the longest of overlapping spans, leftmost first among equals. */
function longestFirst<T extends Span>(spans: T[]): T[] {
  const kept: T[] = [];
  const sorted = [...spans].sort(
    (a, b) => b.end - b.begin - (a.end - a.begin) || a.begin - b.begin,
  );
  for (const span of sorted)
    if (!kept.some((k) => span.begin < k.end && k.begin < span.end)) kept.push(span);
  return kept.sort((a, b) => a.begin - b.begin);
}

/** Names of the graph in `text` (exact, score 1), in text order. */
function exactMentions(index: MentionIndex, text: string, folded: FoldedText): FoundMention[] {
  const spans = index.automaton
    .matchInText(folded.keys)
    .filter((m) => folded.wordStart[m.begin] && folded.wordEnd[m.end - 1])
    .map((m) => ({
      begin: folded.origin[m.begin]!,
      end: folded.originEnd[m.end - 1]!,
      spelling: pick(index.byKey.get(m.keyword)!),
    }))
    .filter((m) => !m.spelling.acronym || !/\p{Ll}/u.test(text.slice(m.begin, m.end)));
  return longestFirst(spans).map((m) => ({
    entityId: m.spelling.id,
    kind: m.spelling.kind,
    text: text.slice(m.begin, m.end),
    offset: m.begin,
    score: 1,
  }));
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Lower-case particles inside romanised names: Tehrik-i-Taliban, al-Qaeda, Lashkar-e-Taiba. */
const PARTICLE = /^(?:i|e|al|el|ul|ud|ur|wal|bin|ibn|e)$/;

/** Runs of capitalised words (with particles) not separated by punctuation other than - or '. */
function capitalisedRuns(text: string): { begin: number; end: number }[][] {
  const runs: { begin: number; end: number }[][] = [];
  let run: { begin: number; end: number }[] = [];
  let last = -1;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const begin = match.index;
    const joined =
      last >= 0 &&
      /^[\s\-']*$/.test(text.slice(last, begin)) &&
      !/\n/.test(text.slice(last, begin));
    const capital = /^\p{Lu}/u.test(word);
    if (!joined || !(capital || PARTICLE.test(word))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (capital || PARTICLE.test(word)) run.push({ begin, end: begin + word.length });
    last = begin + word.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Close spelling variants of names of the graph, outside the exact mentions. */
function variantMentions(index: MentionIndex, text: string, taken: Span[]): FoundMention[] {
  const found: (Span & { mention: FoundMention })[] = [];
  for (const run of capitalisedRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      for (let j = Math.min(run.length, i + MAX_RUN_WORDS); j > i; j--) {
        const begin = run[i]!.begin;
        const end = run[j - 1]!.end;
        if (taken.some((t) => begin < t.end && t.begin < end)) continue;
        const span = text.slice(begin, end);
        const variant = variantKey(span);
        const candidates = variant ? index.byVariant.get(variant) : undefined;
        if (!candidates) continue;
        const key = foldedKey(span);
        const best = candidates
          .map((s) => ({ s, score: 1 - distance(key, s.key) / Math.max(key.length, s.key.length) }))
          .sort((a, b) => b.score - a.score)[0]!;
        if (best.score < MIN_VARIANT_SCORE || best.score === 1) continue;
        const score = Math.round(best.score * 100) / 100;
        found.push({
          begin,
          end,
          mention: { entityId: best.s.id, kind: best.s.kind, text: span, offset: begin, score },
        });
      }
    }
  }
  return longestFirst(found).map((f) => f.mention);
}

/** Every name of the graph in `text`, exact ones and close variants, in text order. */
export function findMentions(index: MentionIndex, text: string): FoundMention[] {
  const exact = exactMentions(index, text, foldText(text));
  const taken = exact.map((m) => ({ begin: m.offset, end: m.offset + m.text.length }));
  const variants = variantMentions(index, text, taken);
  return [...exact, ...variants].sort((a, b) => a.offset - b.offset);
}
