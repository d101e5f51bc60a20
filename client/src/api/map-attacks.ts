/** `attacks` for the map: located attacks only (a box over the whole earth), a few pages. */
import { execute, operation } from './client.js';

/** One attack as the map draws and describes it. */
export interface MapAttack {
  id: string;
  name: string;
  date: string | null;
  location: { latitude: number; longitude: number; precision: string | null };
  perpetrators: { actor: { id: string; name: string }; type: string; status: string | null }[];
  casualtyReports: { killed: number | null; wounded: number | null; source: { title: string } }[];
  evidence: { quote: string; source: { id: string; title: string } }[];
}

interface MapPage {
  attacks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: MapAttack }[];
  };
}

export const MAP_ATTACKS = operation<
  MapPage,
  { groupIds: string[] | null; first: number; after: string | null }
>(
  'MapAttacks',
  /* GraphQL */ `
    query MapAttacks($groupIds: [ID!], $first: Int, $after: String) {
      attacks(
        filter: { groupIds: $groupIds, within: { south: -90, west: -180, north: 90, east: 180 } }
        first: $first
        after: $after
      ) {
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
            location {
              latitude
              longitude
              precision
            }
            perpetrators {
              actor {
                id
                name
              }
              type
              status
            }
            casualtyReports {
              killed
              wounded
              source {
                title
              }
            }
            evidence {
              quote
              source {
                id
                title
              }
            }
          }
        }
      }
    }
  `,
);

/** The map reads at most this many pages of 100 (a box on the map narrows the table, not this). */
const MAX_PAGES = 20;

/** The located attacks of `groupIds` (all groups when empty), and how many there are in all. */
export async function fetchMapAttacks(
  groupIds: string[],
  signal?: AbortSignal,
): Promise<{ attacks: MapAttack[]; total: number }> {
  const attacks: MapAttack[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const variables = { groupIds: groupIds.length > 0 ? groupIds : null, first: 100, after };
    const result: MapPage = await execute(MAP_ATTACKS, variables, signal);
    total = result.attacks.totalCount;
    attacks.push(...result.attacks.edges.map((e) => e.node));
    if (!result.attacks.pageInfo.hasNextPage) break;
    after = result.attacks.pageInfo.endCursor;
  }
  return { attacks, total };
}
