/**
 * The pairs of groups the path benchmark asks about: some drawn at random from every group of the
 * graph (seeded, so runs compare), and the pairs among the busiest groups, whose thousands of
 * attacks and the states and places those attacks occurred in are the hubs a search must cross.
 */
import type { SampledEntity } from '../load/graph-sample.js';
import { Random } from '../synthetic/random.js';

export interface GroupPair {
  a: string;
  b: string;
  /** 'random' or 'hubs' (both among the busiest groups). */
  kind: 'random' | 'hubs';
}

/** `random` distinct random pairs and every pair among the `busiest` groups with most attacks. */
export function pickPairs(
  groups: readonly SampledEntity[],
  options: { random: number; busiest: number; seed: number },
): GroupPair[] {
  const pairs: GroupPair[] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string, kind: GroupPair['kind']) => {
    const key = [a, b].sort().join('|');
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    pairs.push({ a, b, kind });
    return true;
  };
  // `groups` is busiest first (graph-sample.ts).
  const top = groups.slice(0, options.busiest);
  top.forEach((a, i) => top.slice(i + 1).forEach((b) => add(a.id, b.id, 'hubs')));
  const random = new Random(options.seed);
  const wanted = pairs.length + options.random;
  for (let attempt = 0; pairs.length < wanted && attempt < options.random * 50; attempt++) {
    add(random.pick(groups).id, random.pick(groups).id, 'random');
  }
  return pairs;
}
