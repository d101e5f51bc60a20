/**
 * Relations read from one sentence: cue words and patterns pick a type of the closed vocabulary
 * and a status; the two ends are the actors of the sentence nearest the cue whose kinds the type
 * allows (vocabulary.ts), on the side the pattern puts them. Hand-written patterns: the cues are
 * few and fixed by the vocabulary, and each must say which end comes first, which a general
 * NLP library does not.
 */
import { allowsEndpoints, isEntityKind, type RelationType, type Status } from './vocabulary.js';

/** An actor of a sentence: a mention, or the attack a sentence reports. */
export interface Actor {
  entityId: string | null;
  name: string;
  kind: string;
  offset: number;
  score: number;
}

export interface ProposedRelation {
  type: RelationType;
  from: Actor;
  to: Actor;
  status: Status;
  cue: string;
  score: number;
}

interface CueRule {
  cue: RegExp;
  type: RelationType;
  status?: Status;
  /**
   * Where the start of the relation stands relative to the cue: before it (the end after it),
   * after it (the end before it), or after it and after the end ("a spokesman for X, Y").
   */
  fromSide: 'before' | 'after' | 'trailing';
  /** The end must follow the cue at once ("in Kabul"). */
  adjacent?: boolean;
}

const RULES: CueRule[] = [
  {
    cue: /claimed (?:responsibility|credit)|claimed (?:the|this|that) (?:attack|bombing|blast)/i,
    type: 'CLAIMED',
    status: 'claimed',
    fromSide: 'before',
  },
  { cue: /(?:was|were) claimed by/i, type: 'CLAIMED', status: 'claimed', fromSide: 'after' },
  {
    cue: /(?:was|were|is|are) (?:blamed|suspected|accused)|suspected of/i,
    type: 'SUSPECTED_OF',
    status: 'suspected',
    fromSide: 'before',
  },
  {
    cue: /blamed (?:it )?on|attributed to/i,
    type: 'SUSPECTED_OF',
    status: 'suspected',
    fromSide: 'after',
  },
  { cue: /carried out|perpetrated|(?:was|were) behind/i, type: 'PERPETRATED', fromSide: 'before' },
  {
    cue: /(?:was|were) carried out by|(?:was|were) perpetrated by/i,
    type: 'PERPETRATED',
    fromSide: 'after',
  },
  { cue: /\b(?:leader|chief|head|emir|founder) of/i, type: 'LEADER_OF', fromSide: 'before' },
  { cue: /\b(?:led|headed) by/i, type: 'LEADER_OF', fromSide: 'after' },
  { cue: /\bspokes(?:man|woman|person) (?:for|of)/i, type: 'SPOKESPERSON_FOR', fromSide: 'before' },
  // "A spokesman for the Front, Farid Qasemi, said …"
  {
    cue: /\bspokes(?:man|woman|person) (?:for|of)/i,
    type: 'SPOKESPERSON_FOR',
    fromSide: 'trailing',
  },
  {
    cue: /\b(?:member|commander|fighter|militant)s? (?:of|in|for)/i,
    type: 'MEMBER_OF',
    fromSide: 'before',
  },
  {
    cue: /\b(?:offshoot|splinter group|splinter faction|branch|affiliate|faction|wing|chapter|franchise) of/i,
    type: 'AFFILIATE_OF',
    fromSide: 'before',
  },
  {
    cue: /\b(?:ally|allies) of|allied (?:with|to)|an alliance with/i,
    type: 'ALLY_OF',
    fromSide: 'before',
  },
  { cue: /\b(?:rival|rivals|enemy|enemies) of/i, type: 'RIVAL_OF', fromSide: 'before' },
  {
    cue: /\bclash(?:ed|es)? with|\bfought(?: against)?\b/i,
    type: 'CLASHED_WITH',
    fromSide: 'before',
  },
  {
    cue: /\b(?:active|operates|operating|based|present) in/i,
    type: 'OPERATES_IN',
    fromSide: 'before',
  },
  {
    cue: /\bin (?:the (?:province|city|district) of )?/i,
    type: 'OCCURRED_IN',
    fromSide: 'before',
    adjacent: true,
  },
];

/** The status the sentence's hedging gives, if any. */
function hedge(sentence: string): Status | undefined {
  if (/\balleged(?:ly)?\b/i.test(sentence)) return 'alleged';
  if (/\b(?:suspected|blamed|believed to)\b/i.test(sentence)) return 'suspected';
  if (/\bconfirmed\b/i.test(sentence)) return 'confirmed';
  if (/\b(?:reportedly|according to|reported)\b/i.test(sentence)) return 'reported';
  return undefined;
}

/** How far both ends stand from the cue, or undefined when they stand where the rule says not. */
function sideDistance(rule: CueRule, from: Actor, to: Actor, cueStart: number, cueEnd: number) {
  if (rule.fromSide === 'trailing')
    return to.offset >= cueEnd && from.offset > to.offset
      ? to.offset - cueEnd + (from.offset - cueEnd)
      : undefined;
  const [first, second] = rule.fromSide === 'before' ? [from, to] : [to, from];
  if (first.offset >= cueStart || second.offset < cueEnd) return undefined;
  if (rule.adjacent && second.offset !== cueEnd) return undefined;
  return cueStart - first.offset + (second.offset - cueEnd);
}

const endKey = (actor: Actor) => actor.entityId ?? `new:${actor.name.toLowerCase()}`;

/** The relations `sentence` (starting at `start` in its text) states between `actors`. */
export function proposeInSentence(
  sentence: string,
  start: number,
  actors: readonly Actor[],
): ProposedRelation[] {
  const found = new Map<string, ProposedRelation>();
  for (const rule of RULES) {
    for (const match of sentence.matchAll(new RegExp(rule.cue.source, 'gi'))) {
      const cueStart = start + match.index;
      const cueEnd = cueStart + match[0].length;
      let best: { from: Actor; to: Actor; distance: number } | undefined;
      for (const from of actors) {
        for (const to of actors) {
          if (endKey(from) === endKey(to) || !isEntityKind(from.kind) || !isEntityKind(to.kind))
            continue;
          if (!allowsEndpoints(rule.type, from.kind, to.kind)) continue;
          const distance = sideDistance(rule, from, to, cueStart, cueEnd);
          if (distance === undefined) continue;
          if (!best || distance < best.distance) best = { from, to, distance };
        }
      }
      if (!best) continue;
      const key = `${rule.type}|${endKey(best.from)}|${endKey(best.to)}`;
      const proximity = Math.min(1, 60 / Math.max(60, best.distance));
      const ends = (best.from.score + best.to.score) / 2;
      const score = Math.round((0.3 + 0.4 * ends + 0.3 * proximity) * 100) / 100;
      const previous = found.get(key);
      if (previous && previous.score >= score) continue;
      found.set(key, {
        type: rule.type,
        from: best.from,
        to: best.to,
        status: rule.status ?? hedge(sentence) ?? 'reported',
        cue: match[0],
        score,
      });
    }
  }
  return [...found.values()];
}
