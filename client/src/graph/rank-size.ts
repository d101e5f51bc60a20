/**
 * Node sizes from a ranking score: the top score gets the largest node, zero the smallest, and
 * entities outside the ranking (past the first N) the smallest too, which the legend says.
 */
import type { RankBy, RankedFields } from '../api/analysis.js';

export const MIN_SIZE = 22;
export const MAX_SIZE = 78;

/** The score a ranking entry is sized by. */
export const scoreOf = (entry: RankedFields, by: RankBy): number =>
  by === 'DEGREE' ? entry.degree : entry.betweenness;

/** Node size by id for every ranked entity, linear in its score. */
export function rankSizes(ranking: RankedFields[], by: RankBy): Map<string, number> {
  const top = Math.max(0, ...ranking.map((r) => scoreOf(r, by)));
  return new Map(
    ranking.map((r) => [
      r.entity.id,
      top === 0 ? MIN_SIZE : MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * scoreOf(r, by)) / top,
    ]),
  );
}

/** What the size means, for the legend line under the ranking. */
export function sizeLegend(ranking: RankedFields[], by: RankBy): string {
  const top = ranking[0];
  if (!top) return 'Nothing to size by.';
  const score =
    by === 'DEGREE' ? `${top.degree} links` : `betweenness ${top.betweenness.toFixed(3)}`;
  const what = by === 'DEGREE' ? 'degree (number of links)' : 'betweenness centrality';
  return `Node size shows ${what}: largest is ${top.entity.name} (${score}); entities outside the top ${ranking.length} are drawn smallest.`;
}
