/** `shortestPath` and `paths`: how two entities connect, each hop with its evidence. */
import { execute, operation } from './client.js';
import { NODE_FIELDS, RELATION_FIELDS } from './fragments.js';
import type { PathFields } from './types.js';

/** Filters a trace honours, the same ones the canvas shows. */
export interface PathFilter {
  relationTypes?: string[] | null;
  excludeStatuses?: string[] | null;
  asOf?: string | null;
  between?: { from?: string | null; to?: string | null } | null;
  includeUndated?: boolean | null;
}

export const PATHS = operation<
  { shortestPath: PathFields | null; paths: PathFields[] },
  { from: string; to: string; first: number } & PathFilter
>(
  'Paths',
  /* GraphQL */ `
    query Paths(
      $from: ID!
      $to: ID!
      $first: Int
      $relationTypes: [String!]
      $excludeStatuses: [String!]
      $asOf: Date
      $between: DateRange
      $includeUndated: Boolean
    ) {
      shortestPath(
        from: $from
        to: $to
        maxHops: 6
        relationTypes: $relationTypes
        excludeStatuses: $excludeStatuses
        asOf: $asOf
        between: $between
        includeUndated: $includeUndated
      ) {
        ...PathParts
      }
      paths(
        from: $from
        to: $to
        maxHops: 4
        first: $first
        relationTypes: $relationTypes
        excludeStatuses: $excludeStatuses
        asOf: $asOf
        between: $between
        includeUndated: $includeUndated
      ) {
        ...PathParts
      }
    }
    fragment PathParts on Path {
      length
      nodes {
        ...NodeFields
      }
      relations {
        ...RelationFields
      }
    }
    ${NODE_FIELDS}
    ${RELATION_FIELDS}
  `,
);

/** The shortest path (up to 6 hops) and up to `first` short alternatives (up to 4 hops). */
export async function fetchPaths(
  from: string,
  to: string,
  filter: PathFilter = {},
  signal?: AbortSignal,
): Promise<{ shortestPath: PathFields | null; paths: PathFields[] }> {
  return execute(PATHS, { from, to, first: 5, ...filter }, signal);
}
