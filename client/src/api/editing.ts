/**
 * The explorer's writes: entities, links, evidence and deleting a link, each sent with the
 * signed-in token (client.ts). Errors come back as ApiError with the server's code and
 * `argumentPath`, which the forms show at the field concerned.
 */
import { execute, operation } from './client.js';
import { NODE_FIELDS, RELATION_FIELDS } from './fragments.js';
import type { NodeFields, RelationFields } from './types.js';

type Input = Record<string, unknown>;

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const UPSERT_ENTITY = operation<{ upsertEntity: NodeFields }, { input: Input }>(
  'UpsertEntity',
  /* GraphQL */ `
    mutation UpsertEntity($input: EntityInput!) {
      upsertEntity(input: $input) {
        ...NodeFields
      }
    }
    ${NODE_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const ADD_RELATION = operation<{ addRelation: RelationFields }, { input: Input }>(
  'AddRelation',
  /* GraphQL */ `
    mutation AddRelation($input: RelationInput!) {
      addRelation(input: $input) {
        ...RelationFields
      }
    }
    ${RELATION_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const ADD_EVIDENCE = operation<
  { addEvidence: RelationFields },
  { relationId: string; evidence: Input[] }
>(
  'AddEvidence',
  /* GraphQL */ `
    mutation AddEvidence($relationId: ID!, $evidence: [EvidenceInput!]!) {
      addEvidence(relationId: $relationId, evidence: $evidence) {
        ...RelationFields
      }
    }
    ${RELATION_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const DELETE_RELATION = operation<{ deleteRelation: string }, { id: string }>(
  'DeleteRelation',
  /* GraphQL */ `
    mutation DeleteRelation($id: ID!) {
      deleteRelation(id: $id)
    }
  `,
);

/** Creates the entity, or updates the fields given. */
export async function upsertEntity(input: Input): Promise<NodeFields> {
  return (await execute(UPSERT_ENTITY, { input })).upsertEntity;
}

/** Adds a link with its evidence. */
export async function addRelation(input: Input): Promise<RelationFields> {
  return (await execute(ADD_RELATION, { input })).addRelation;
}

/** Adds evidence to an existing link. */
export async function addEvidence(relationId: string, evidence: Input[]): Promise<RelationFields> {
  return (await execute(ADD_EVIDENCE, { relationId, evidence })).addEvidence;
}

/** Deletes a link; resolves with its id. */
export async function deleteRelation(id: string): Promise<string> {
  return (await execute(DELETE_RELATION, { id })).deleteRelation;
}
