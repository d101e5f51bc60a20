/**
 * How well a chain of links is supported, for `paths(orderBy: STRONGEST)` and `Path.strength`.
 * A link scores status weight × (1 − 0.5^n) for n independent sources: a second source adds half
 * as much as the first, and an alleged link stays weak however often it is repeated. A hop scores
 * as its best parallel link; a chain is as strong as its weakest hop, so one alleged link weakens
 * the whole chain.
 */
import type { Status } from './vocabulary.js';

const STATUS_WEIGHT: Record<Status, number> = {
  confirmed: 1,
  claimed: 0.9,
  reported: 0.8,
  suspected: 0.5,
  alleged: 0.25,
};

/** A link whose source gives no status counts as reported: a source states it as fact. */
const NO_STATUS_WEIGHT = STATUS_WEIGHT.reported;

/** Scores are rounded so that equal evidence compares equal (ties then fall to the next key). */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function linkScore(status: string | null | undefined, independentSources: number): number {
  const weight = STATUS_WEIGHT[status as Status] ?? NO_STATUS_WEIGHT;
  return round(weight * (1 - 0.5 ** Math.max(0, independentSources)));
}

/** The weakest hop's score; 0 for no hops (never asked: a path has at least one). */
export function chainStrength(hopScores: readonly number[]): number {
  return hopScores.length === 0 ? 0 : Math.min(...hopScores);
}

export type PathOrder = 'SHORTEST' | 'STRONGEST';

interface Ranked {
  nodeIds: readonly string[];
  strength: number;
}

/**
 * SHORTEST: fewest hops, then strongest; STRONGEST: strongest, then fewest hops. Remaining ties
 * fall to the node ids in order, so the same graph always gives the same list.
 */
export function comparePaths(order: PathOrder) {
  return (a: Ranked, b: Ranked): number => {
    const byLength = a.nodeIds.length - b.nodeIds.length;
    const byStrength = b.strength - a.strength;
    const first = order === 'SHORTEST' ? byLength || byStrength : byStrength || byLength;
    return first || compareIds(a.nodeIds, b.nodeIds);
  };
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
