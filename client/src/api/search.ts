/** `search`: names and aliases, best match first. */
import { execute, operation } from './client.js';
import { NODE_FIELDS } from './fragments.js';
import type { EntityKind, NodeFields } from './types.js';

export const SEARCH = operation<
  { search: NodeFields[] },
  { text: string; kinds?: EntityKind[] | null; first?: number }
>(
  'Search',
  /* GraphQL */ `
    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) {
        ...NodeFields
      }
    }
    ${NODE_FIELDS}
  `,
);

/** Entities whose name or an alias matches `text`. */
export async function searchEntities(
  text: string,
  options: { kinds?: EntityKind[]; first?: number; signal?: AbortSignal } = {},
): Promise<NodeFields[]> {
  const variables = { text, kinds: options.kinds ?? null, first: options.first ?? 10 };
  return (await execute(SEARCH, variables, options.signal)).search;
}
