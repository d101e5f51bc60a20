/**
 * The read traffic of the fault tests: one operation per way a request reaches the database — a
 * single query, nested fields through the DataLoaders, a mix of fields with and without the
 * database, attack details, a path — each with what a complete answer must hold.
 */
import type { Operation } from './load.js';

const list = (data: Record<string, unknown>, ...path: string[]): unknown[] => {
  let value: unknown = data;
  for (const key of path) value = (value as Record<string, unknown> | null)?.[key];
  return Array.isArray(value) ? value : [];
};

export const READS: readonly Operation[] = [
  {
    name: 'search',
    query: '{ search(text: "isis k") { id name } }',
    complete: (data) => list(data, 'search').length > 0,
  },
  {
    // Endpoints, evidence sources and independentSources all go through the entity DataLoader.
    name: 'neighborhood',
    query: `{ neighborhood(id: "is-k") {
      nodes { id name }
      relations { id from { id name } to { id name } evidence { source { id title } quote } independentSources }
    } }`,
    complete: (data) =>
      list(data, 'neighborhood', 'nodes').length > 1 &&
      list(data, 'neighborhood', 'relations').length > 0,
  },
  {
    // `vocabulary` needs no database: with the database gone the answer is partial, still a 503.
    name: 'mixed',
    query:
      '{ vocabulary { statuses } counts { kinds { kind count } } entity(id: "taliban") { id } }',
    complete: (data) => list(data, 'counts', 'kinds').length > 0 && data.entity !== null,
  },
  {
    name: 'attacks',
    query: `{ attacks(first: 5) { totalCount edges { node { id name ... on Attack {
      date perpetrators { actor { id name } } casualtyReports { source { id } killed }
    } } } } }`,
    complete: (data) => list(data, 'attacks', 'edges').length > 0,
  },
  {
    name: 'path',
    query:
      '{ shortestPath(from: "is-k", to: "taliban") { length nodes { id name } relations { id } } }',
    complete: (data) => list(data, 'shortestPath', 'nodes').length > 1,
  },
];
