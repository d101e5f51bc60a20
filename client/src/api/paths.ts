/**
 * `shortestPath`, `paths` and `connection`: how two entities connect, each hop with its evidence,
 * and what they share (direct links, neighbours, attacks, places).
 */
import { execute, operation } from './client.js';
import { NODE_FIELDS, RELATION_FIELDS } from './fragments.js';
import type { EntityKind, NodeFields, PathFields, RelationFields } from './types.js';

/** Filters a trace honours, the same ones the canvas shows. */
export interface PathFilter {
  relationTypes?: string[] | null;
  excludeStatuses?: string[] | null;
  asOf?: string | null;
  between?: { from?: string | null; to?: string | null } | null;
  includeUndated?: boolean | null;
  /** Kinds a chain may pass through (the kinds not hidden); null: any. */
  viaKinds?: EntityKind[] | null;
}

export type PathOrder = 'SHORTEST' | 'STRONGEST';

/** What the trace panel sets: hops, alternatives, order, and the hub threshold (null: off). */
export interface TraceOptions {
  maxHops: number;
  first: number;
  orderBy: PathOrder;
  maxDegree: number | null;
}

export const DEFAULT_TRACE_OPTIONS: TraceOptions = {
  maxHops: 4,
  first: 5,
  orderBy: 'SHORTEST',
  maxDegree: null,
};

/** What two entities share, from `connection`. */
export interface ConnectionFields {
  direct: RelationFields[];
  commonNeighbors: { node: NodeFields }[];
  sharedAttacks: NodeFields[];
  sharedPlaces: NodeFields[];
}

export const PATHS = operation<
  { shortestPath: PathFields | null; paths: PathFields[]; connection: ConnectionFields },
  { from: string; to: string } & TraceOptions & PathFilter
>(
  'Paths',
  /* GraphQL */ `
    query Paths(
      $from: ID!
      $to: ID!
      $maxHops: Int
      $first: Int
      $orderBy: PathOrder
      $maxDegree: Int
      $viaKinds: [EntityKind!]
      $relationTypes: [String!]
      $excludeStatuses: [String!]
      $asOf: Date
      $between: DateRange
      $includeUndated: Boolean
    ) {
      shortestPath(
        from: $from
        to: $to
        maxHops: $maxHops
        maxDegree: $maxDegree
        viaKinds: $viaKinds
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
        maxHops: $maxHops
        first: $first
        orderBy: $orderBy
        maxDegree: $maxDegree
        viaKinds: $viaKinds
        relationTypes: $relationTypes
        excludeStatuses: $excludeStatuses
        asOf: $asOf
        between: $between
        includeUndated: $includeUndated
      ) {
        ...PathParts
      }
      connection(a: $from, b: $to) {
        direct {
          ...RelationFields
        }
        commonNeighbors {
          node {
            ...NodeFields
          }
        }
        sharedAttacks {
          ...NodeFields
        }
        sharedPlaces {
          ...NodeFields
        }
      }
    }
    fragment PathParts on Path {
      length
      strength
      nodes {
        ...NodeFields
      }
      relations {
        ...RelationFields
      }
      allRelations {
        ...RelationFields
      }
      hops {
        relations {
          id
        }
      }
    }
    ${NODE_FIELDS}
    ${RELATION_FIELDS}
  `,
);

/** The shortest path and up to `first` paths in the order asked for, and what the ends share. */
export async function fetchPaths(
  from: string,
  to: string,
  filter: PathFilter = {},
  options: TraceOptions = DEFAULT_TRACE_OPTIONS,
  signal?: AbortSignal,
) {
  return execute(PATHS, { from, to, ...options, ...filter }, signal);
}
