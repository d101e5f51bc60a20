/**
 * The four tracing queries of the path benchmark, as the documents the explorer and analysts send:
 * shortestPath, paths (6 hops, 10 chains), commonNeighbors and a depth-2 neighbourhood of 200.
 */
import type { GraphqlRequest } from '../scale/api-queries.js';
import type { GroupPair } from './pairs.js';

export interface PathQuery {
  name: string;
  /** Named queries whose plans the report profiles (db hits per operator). */
  profiled: boolean;
  request(pair: GroupPair): GraphqlRequest;
}

const PATH_FIELDS = 'length nodes { id kind name } relations { id type status }';

export const PATH_QUERIES: readonly PathQuery[] = [
  {
    name: 'shortestPath',
    profiled: true,
    request: ({ a, b }) => ({
      query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${PATH_FIELDS} } }`,
      variables: { from: a, to: b },
    }),
  },
  {
    name: 'paths(maxHops: 6, first: 10)',
    profiled: true,
    request: ({ a, b }) => ({
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 10) { ${PATH_FIELDS} } }`,
      variables: { from: a, to: b },
    }),
  },
  {
    name: 'commonNeighbors',
    profiled: true,
    request: ({ a, b }) => ({
      query: `query($a: ID!, $b: ID!) { commonNeighbors(a: $a, b: $b) { node { id kind name } viaA { id type } viaB { id type } } }`,
      variables: { a, b },
    }),
  },
  {
    name: 'neighborhood(depth: 2, first: 200)',
    profiled: false,
    request: ({ a }) => ({
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, first: 200) { nodes { id kind name } relations { id type } truncated } }`,
      variables: { id: a },
    }),
  },
];
