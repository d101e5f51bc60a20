/** `neighborhood`: an entity, its neighbours and the links among them. */
import { execute, operation } from './client.js';
import { SUBGRAPH_FIELDS } from './fragments.js';
import type { SubgraphFields } from './types.js';

export const NEIGHBORHOOD = operation<
  { neighborhood: SubgraphFields },
  { id: string; depth?: number; first?: number }
>(
  'Neighborhood',
  /* GraphQL */ `
    query Neighborhood($id: ID!, $depth: Int, $first: Int) {
      neighborhood(id: $id, depth: $depth, first: $first) {
        ...SubgraphFields
      }
    }
    ${SUBGRAPH_FIELDS}
  `,
);

/** Most neighbours one expansion brings; more would bury the canvas, and `truncated` says so. */
export const NEIGHBOURS_PER_EXPANSION = 150;

/** The one-hop neighbourhood of `id`. */
export async function fetchNeighborhood(id: string, signal?: AbortSignal): Promise<SubgraphFields> {
  const data = await execute(
    NEIGHBORHOOD,
    { id, depth: 1, first: NEIGHBOURS_PER_EXPANSION },
    signal,
  );
  return data.neighborhood;
}
