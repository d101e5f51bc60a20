/**
 * The time to analyse a 5,000-word article on a graph of 10,000 entities: the names and the
 * article are generated (deterministic), the article mixing fixture sentences with sentences that
 * name generated entities. Measured in-process (domain/analyse-text.ts, index build included) and
 * as addSource runs it (compute/analysis-off-thread.ts: a worker thread), with the longest
 * event-loop stall of the calling thread meanwhile.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { analysisOf } from '../../server/src/compute/analysis-off-thread.js';
import { analyseText } from '../../server/src/domain/analyse-text.js';
import { buildMentionIndex, type KnownName } from '../../server/src/domain/mention-index.js';
import { fixtureText } from '../../tests/support/ingest/fixture-key.js';

const SYLLABLES = ['kar', 'vo', 'len', 'dra', 'mir', 'tas', 'bel', 'qu', 'shan', 'or', 'ith', 'um'];
const KINDS = ['Group', 'Person', 'Place', 'Organization', 'State'] as const;
const SUFFIX: Record<string, string> = {
  Group: ' Front',
  Person: '',
  Place: '',
  Organization: ' Institute',
  State: 'ia',
};

/** A deterministic pseudo-random sequence (LCG), so every run reads the same graph and text. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function word(next: () => number): string {
  const length = 2 + Math.floor(next() * 2);
  const text = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(
    '',
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` entities with one or two words each and an alias for every fifth. */
function syntheticNames(count: number): KnownName[] {
  const next = random(42);
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const name = `${word(next)} ${word(next)}${SUFFIX[kind]}`;
    const spellings = i % 5 === 0 ? [name, name.replace(' ', '-')] : [name];
    return { id: `synthetic-${i}`, kind, spellings };
  });
}

/** About `words` words: fixture sentences and sentences naming the generated entities. */
function syntheticArticle(names: readonly KnownName[], words: number): string {
  const next = random(7);
  const pick = (kind: string) => {
    const candidates = names.filter((n) => n.kind === kind);
    return candidates[Math.floor(next() * candidates.length)]!.spellings[0]!;
  };
  const fixtures = fixtureText('brannock-bombing.txt').split('\n').filter(Boolean);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph =
      paragraphs.length % 3 === 0
        ? fixtures[paragraphs.length % fixtures.length]!
        : `${pick('Group')} clashed with ${pick('Group')} near ${pick('Place')} on 4 March 2026, killing at least ${1 + Math.floor(next() * 40)} people. ${pick('Person')}, the leader of the ${pick('Group')}, said the fighters would return to ${pick('Place')}. Officials of the ${pick('Organization')} said that aid convoys had been stopped for a week and that the roads to the north remained closed.`;
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

interface Timing {
  entities: number;
  spellings: number;
  words: number;
  characters: number;
  mentions: number;
  indexBuildMs: number[];
  inProcessMs: number[];
  offThreadMs: number[];
  /** The longest event-loop stall of the calling thread during each off-thread run. */
  stallMs: number[];
}

/** Runs the analysis `rounds` times each way. */
export async function measureTiming(entities: number, words: number, rounds: number) {
  const names = syntheticNames(entities);
  const text = syntheticArticle(names, words);
  const input = { text, names, sourceDate: '2026-03-05' };
  const timing: Timing = {
    entities,
    spellings: names.reduce((sum, n) => sum + n.spellings.length, 0),
    words: text.split(/\s+/).length,
    characters: text.length,
    mentions: 0,
    indexBuildMs: [],
    inProcessMs: [],
    offThreadMs: [],
    stallMs: [],
  };
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    buildMentionIndex(names);
    timing.indexBuildMs.push(performance.now() - start);
    start = performance.now();
    timing.mentions = analyseText(input).mentions.length;
    timing.inProcessMs.push(performance.now() - start);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    start = performance.now();
    await analysisOf(input);
    timing.offThreadMs.push(performance.now() - start);
    delay.disable();
    timing.stallMs.push(delay.max / 1e6);
  }
  return timing;
}
