/**
 * Scores and orders the chains a path query found (domain/path-strength.ts): each hop's links
 * strongest first, each chain's strength, the chains in the order asked for.
 */
import {
  chainStrength,
  comparePaths,
  linkScore,
  type PathOrder,
} from '../../../domain/path-strength.js';
import type { Loaders } from '../../loaders.js';
import type { PathCandidateRow, PathHopRow, PathRow, RelationRow } from '../../records.js';
import { independentSources } from '../relation/independent-sources.js';

async function scoredHop(from: string, to: string, links: RelationRow[], loaders: Loaders) {
  const scored = await Promise.all(
    links.map(async (relation) => ({
      relation,
      score: linkScore(relation.status, await independentSources(relation, loaders)),
    })),
  );
  // Strongest first; equal scores by id, so the hop's first link is always the same one.
  scored.sort((a, b) => b.score - a.score || (a.relation.id < b.relation.id ? -1 : 1));
  return {
    from,
    to,
    relations: scored.map((s) => s.relation),
    score: scored[0]?.score ?? 0,
  } satisfies PathHopRow;
}

export async function rankPaths(
  candidates: readonly PathCandidateRow[],
  order: PathOrder,
  loaders: Loaders,
): Promise<PathRow[]> {
  const paths = await Promise.all(
    candidates.map(async ({ nodeIds, hops }) => {
      const scored = await Promise.all(
        hops.map((links, i) => scoredHop(nodeIds[i]!, nodeIds[i + 1]!, links, loaders)),
      );
      return { nodeIds, hops: scored, strength: chainStrength(scored.map((h) => h.score)) };
    }),
  );
  return paths.sort(comparePaths(order));
}
