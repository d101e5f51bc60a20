/** Everything the details panel shows: the entity's properties and its links with their evidence. */
import { execute, operation } from './client.js';
import { SUBGRAPH_FIELDS } from './fragments.js';
import type { EntityDetails, SubgraphFields } from './types.js';

export const ENTITY_DETAILS = operation<
  { entity: EntityDetails | null; neighborhood: SubgraphFields },
  { id: string; first: number }
>(
  'EntityDetails',
  /* GraphQL */ `
    query EntityDetails($id: ID!, $first: Int) {
      entity(id: $id) {
        ...NodeFields
        description
        updatedAt
        evidence {
          quote
          verified
          offset
          source {
            ...SourceFields
          }
        }
        ... on Person {
          role
        }
        ... on Attack {
          dateBasis
          attackType
          eventType
          target
          targetType
          weaponType
          latitude
          longitude
          citations
          place {
            id
            name
          }
          state {
            id
            name
          }
          casualtyReports {
            killed
            wounded
            qualifier
            quote
            source {
              ...SourceFields
            }
          }
        }
        ... on State {
          iso2
        }
        ... on Place {
          placeType
          within {
            id
            name
            kind
          }
        }
        ... on Organization {
          orgType
        }
        ... on Source {
          title
          publisher
          url
          dateBasis
          duplicateOf {
            source {
              id
              title
            }
            similarity
          }
        }
      }
      neighborhood(id: $id, depth: 1, first: $first) {
        ...SubgraphFields
      }
    }
    ${SUBGRAPH_FIELDS}
  `,
);

/** Properties and links of `id`; `entity` is null when no such entity exists. */
export async function fetchEntityDetails(
  id: string,
  signal?: AbortSignal,
): Promise<{ entity: EntityDetails | null; neighborhood: SubgraphFields }> {
  return execute(ENTITY_DETAILS, { id, first: 500 }, signal);
}
