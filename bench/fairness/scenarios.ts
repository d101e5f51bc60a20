/**
 * What the adversary sends: the red-team probes of issue 12 and the other costly shapes found
 * since, each kept up by one anonymous client at a fixed number of requests in flight.
 */
import { ENTITY } from '../../client/src/api/entity.js';
import { requestBody } from '../../client/src/api/client.js';
import { TIMELINE } from '../../client/src/api/timeline.js';
import type { GraphSample } from '../load/graph-sample.js';

export interface Scenario {
  name: string;
  /** What the adversary does, for the table. */
  description: string;
  /** Requests the adversary keeps in flight; 0 for the victim alone. */
  inFlight: number;
  body: string;
  /** Runs against the server that accepts persisted operations only. */
  persistedOnly: boolean;
}

const query = (document: string) => JSON.stringify({ query: document });
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

export function scenarios(sample: GraphSample): Scenario[] {
  const [from, to] = [sample.groups[0]!.id, sample.others.at(-1)!.id];
  return [
    {
      name: 'alone',
      description: 'none (the analyst alone)',
      inFlight: 0,
      body: '',
      persistedOnly: false,
    },
    {
      name: 'aliased-counts',
      description: '5 in flight × 30 aliased `attacks { totalCount }`',
      inFlight: 5,
      body: query(aliased(30, 'attacks { totalCount }')),
      persistedOnly: false,
    },
    {
      name: 'aliased-paths',
      description: '5 in flight × 30 aliased `paths(maxHops: 1, first: 1)` between far entities',
      inFlight: 5,
      body: query(
        aliased(30, `paths(from: "${from}", to: "${to}", maxHops: 1, first: 1) { length }`),
      ),
      persistedOnly: false,
    },
    {
      name: 'null-args',
      description: '5 in flight × 30 aliased `paths(first: null, maxHops: null)`',
      inFlight: 5,
      body: query(
        aliased(30, `paths(from: "${from}", to: "${to}", first: null, maxHops: null) { length }`),
      ),
      persistedOnly: false,
    },
    {
      name: 'persisted-timeline',
      description: 'persisted-only server: 110 in flight × `Timeline` of all groups',
      inFlight: 110,
      body: requestBody(TIMELINE, {}),
      persistedOnly: true,
    },
  ];
}

/** The analyst's request: one entity by id, as the explorer asks it (persisted operation). */
export const lookupBody = (id: string) => requestBody(ENTITY, { id });
