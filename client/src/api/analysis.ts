/** `commonNeighbors` and `ranking`: the analysis panels' queries. */
import { execute, operation } from './client.js';
import { NODE_FIELDS } from './fragments.js';
import type { EntityKind, NodeFields } from './types.js';

/** A link on one side of a common neighbour. */
export interface ViaLink {
  id: string;
  type: string;
  status: string | null;
}

/** An entity linked to both actors, with the links on each side. */
export interface CommonNeighborFields {
  node: NodeFields;
  viaA: ViaLink[];
  viaB: ViaLink[];
}

export const COMMON_NEIGHBORS = operation<
  { commonNeighbors: CommonNeighborFields[] },
  { a: string; b: string }
>(
  'CommonNeighbors',
  /* GraphQL */ `
    query CommonNeighbors($a: ID!, $b: ID!) {
      commonNeighbors(a: $a, b: $b) {
        node {
          ...NodeFields
        }
        viaA {
          id
          type
          status
        }
        viaB {
          id
          type
          status
        }
      }
    }
    ${NODE_FIELDS}
  `,
);

/** Entities linked directly to both `a` and `b`. */
export async function fetchCommonNeighbors(a: string, b: string): Promise<CommonNeighborFields[]> {
  return (await execute(COMMON_NEIGHBORS, { a, b })).commonNeighbors;
}

export type RankBy = 'DEGREE' | 'BETWEENNESS';

/** One entry of the ranking. */
export interface RankedFields {
  entity: { id: string; name: string; kind: EntityKind };
  degree: number;
  betweenness: number;
}

export const RANKING = operation<
  { ranking: RankedFields[] },
  { by: RankBy; kinds: EntityKind[] | null; first: number }
>(
  'Ranking',
  /* GraphQL */ `
    query Ranking($by: RankBy, $kinds: [EntityKind!], $first: Int) {
      ranking(by: $by, kinds: $kinds, first: $first) {
        entity {
          id
          name
          kind
        }
        degree
        betweenness
      }
    }
  `,
);

/** The `first` most central entities (of `kinds`, or all) by `by`. */
export async function fetchRanking(
  by: RankBy,
  kinds: EntityKind[] | null,
  first: number,
): Promise<RankedFields[]> {
  return (await execute(RANKING, { by, kinds, first })).ranking;
}
