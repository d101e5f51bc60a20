/** `entity`: one node by id, for views that name a node without its neighbourhood. */
import { execute, operation } from './client.js';
import { NODE_FIELDS } from './fragments.js';
import type { NodeFields } from './types.js';

export const ENTITY = operation<{ entity: NodeFields | null }, { id: string }>(
  'Entity',
  /* GraphQL */ `
    query Entity($id: ID!) {
      entity(id: $id) {
        ...NodeFields
      }
    }
    ${NODE_FIELDS}
  `,
);

/** The entity with this id, or null when the graph has none. */
export async function fetchEntity(id: string, signal?: AbortSignal): Promise<NodeFields | null> {
  return (await execute(ENTITY, { id }, signal)).entity;
}
