/**
 * The proposals of an analysed text (analyse-text.ts): for each sentence with two or more actors
 * (mentions of kinds other than Source, and the attack the sentence reports, matched to one of
 * the graph when it could be), the relations its cues state (proposal-rules.ts). The quote is the
 * sentence's own span of the text, so it is verified by construction; casualty figures ride on
 * the proposals whose end is the sentence's attack.
 */
import { createHash } from 'node:crypto';
import type { AttackClue, TextAnalysis } from './analyse-text.js';
import { type Actor, proposeInSentence } from './proposal-rules.js';

/** The attack of the graph a clue was matched to (by clue index), from proposal/attacks-near. */
export type MatchedAttacks = Map<number, { id: string; name: string }>;

/** A proposal as cypher/proposal/store-analysis.cypher stores it. */
export interface ProposalRecord {
  id: string;
  source: string;
  type: string;
  fromId: string | null;
  fromName: string;
  fromKind: string;
  toId: string | null;
  toName: string;
  toKind: string;
  status: string;
  quote: string;
  offset: number;
  score: number;
  rank: string;
  cue: string;
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
  attackDate: string | null;
}

/**
 * The attack a sentence reports, as an actor at each of its attack words: the attack of the graph
 * it was matched to, else a new one named from its word, place and date (none without both).
 */
function attackActors(clue: AttackClue, match: { id: string; name: string } | undefined): Actor[] {
  const name =
    match?.name ??
    (clue.placeName && clue.date
      ? `${capitalised(clue.word)} in ${clue.placeName}, ${clue.date}`
      : null);
  if (!name) return [];
  return clue.offsets.map((offset) => ({
    entityId: match?.id ?? null,
    name,
    kind: 'Attack',
    offset,
    score: match ? 0.9 : 0.5,
  }));
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** The id of a proposal: the same reading of the same source gives the same id. */
function proposalId(source: string, parts: (string | number | null)[]): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([source, ...parts]))
    .digest('hex');
  return `proposal-${hash.slice(0, 20)}`;
}

/** Every proposal of `analysis` of the text of `source`, best first. */
export function buildProposals(
  source: string,
  text: string,
  analysis: TextAnalysis,
  matched: MatchedAttacks,
): ProposalRecord[] {
  const records = new Map<string, ProposalRecord>();
  analysis.sentences.forEach((span, i) => {
    const actors: Actor[] = analysis.mentions
      .filter((m) => m.offset >= span.begin && m.offset < span.end && m.kind && m.kind !== 'Source')
      .map((m) => ({
        entityId: m.entityId,
        name: m.text,
        kind: m.kind!,
        offset: m.offset,
        score: m.score,
      }));
    const clueIndex = analysis.attacks.findIndex((clue) => clue.sentence === i);
    const clue = analysis.attacks[clueIndex];
    if (clue && !actors.some((a) => a.kind === 'Attack'))
      actors.push(...attackActors(clue, matched.get(clueIndex)));
    if (actors.length < 2) return;
    actors.sort((a, b) => a.offset - b.offset);
    const quote = text.slice(span.begin, span.end);
    for (const relation of proposeInSentence(quote, span.begin, actors)) {
      const onAttack = relation.from.kind === 'Attack' || relation.to.kind === 'Attack';
      const casualties = onAttack ? clue?.casualties : null;
      const newAttack = [relation.from, relation.to].some(
        (e) => e.kind === 'Attack' && !e.entityId,
      );
      const id = proposalId(source, [
        span.begin,
        relation.type,
        relation.from.entityId ?? relation.from.name,
        relation.to.entityId ?? relation.to.name,
      ]);
      records.set(id, {
        id,
        source,
        type: relation.type,
        fromId: relation.from.entityId,
        fromName: relation.from.name,
        fromKind: relation.from.kind,
        toId: relation.to.entityId,
        toName: relation.to.name,
        toKind: relation.to.kind,
        status: relation.status,
        quote,
        offset: span.begin,
        score: relation.score,
        rank: (1 - relation.score).toFixed(4),
        cue: relation.cue,
        killed: casualties?.killed ?? null,
        wounded: casualties?.wounded ?? null,
        qualifier: casualties?.qualifier ?? null,
        attackDate: newAttack ? (clue?.date ?? null) : null,
      });
    }
  });
  return [...records.values()].sort(
    (a, b) => a.rank.localeCompare(b.rank) || a.id.localeCompare(b.id),
  );
}
