/** `attacks`: one page of the attacks table, with perpetrators and every source's figures. */
import { execute, operation } from './client.js';
import type { AttackRow } from './types.js';

/** AttackFilter of the schema, as the table sends it. */
export interface AttackFilterInput {
  groupIds?: string[];
  stateIds?: string[];
  placeIds?: string[];
  attackTypes?: string[];
  statuses?: string[];
  from?: string;
  to?: string;
  minKilled?: number;
  /** The box drawn on the map. */
  within?: { south: number; west: number; north: number; east: number };
}

/** AttackOrder of the schema. */
export interface AttackOrderInput {
  field: 'DATE' | 'KILLED' | 'WOUNDED' | 'NAME';
  direction: 'ASC' | 'DESC';
}

/** One page of the table. */
export interface AttackPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: AttackRow }[];
}

const CITED_SOURCE = /* GraphQL */ `
  fragment CitedSource on Source {
    id
    title
    publisher
    date
    url
    duplicateOf {
      similarity
    }
  }
`;

export const ATTACK_TABLE = operation<
  { attacks: AttackPage },
  { filter: AttackFilterInput; first: number; after: string | null; orderBy: AttackOrderInput }
>(
  'AttackTable',
  /* GraphQL */ `
    query AttackTable($filter: AttackFilter, $first: Int, $after: String, $orderBy: AttackOrder) {
      attacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            date
            dateApprox
            attackType
            place {
              id
              name
            }
            state {
              id
              name
            }
            perpetrators {
              actor {
                id
                name
                kind
              }
              type
              status
              relation {
                evidence {
                  quote
                  source {
                    ...CitedSource
                  }
                }
              }
            }
            casualtyReports {
              killed
              wounded
              qualifier
              quote
              source {
                ...CitedSource
              }
            }
          }
        }
      }
    }
    ${CITED_SOURCE}
  `,
);

/** One page of attacks passing `filter` in `orderBy`, after the cursor `after`. */
export async function fetchAttackPage(
  variables: {
    filter: AttackFilterInput;
    first: number;
    after: string | null;
    orderBy: AttackOrderInput;
  },
  signal?: AbortSignal,
): Promise<AttackPage> {
  return (await execute(ATTACK_TABLE, variables, signal)).attacks;
}
