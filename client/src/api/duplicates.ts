/**
 * Duplicate candidates and merging (docs/api.md): the pairs an import left for review, what a merge
 * would move (`mergePreview`), the merge itself and dismissing a pair — the writes with the
 * signed-in token (client.ts).
 */
import { execute, operation } from './client.js';
import { NODE_FIELDS } from './fragments.js';
import type { NodeFields } from './types.js';

export interface CandidateFields {
  id: string;
  kind: string;
  score: number;
  reason: string;
  first: NodeFields;
  second: NodeFields;
}

export interface MergePreviewFields {
  keep: NodeFields;
  merge: NodeFields;
  aliasesGained: string[];
  relations: {
    type: string;
    direction: 'IN' | 'OUT';
    count: number;
    combined: number;
    others: NodeFields[];
  }[];
  linksBetween: number;
  evidenceCount: number;
  conflicts: { field: string; keep: string; merge: string }[];
}

/** @public Persisted by scripts/persisted-operations.ts, which collects every exported operation. */
export const DUPLICATE_CANDIDATES = operation<
  { duplicateCandidates: { edges: { node: CandidateFields }[] } },
  { entity: string | null; first: number }
>(
  'DuplicateCandidates',
  /* GraphQL */ `
    query DuplicateCandidates($entity: ID, $first: Int!) {
      duplicateCandidates(entity: $entity, first: $first) {
        edges {
          node {
            id
            kind
            score
            reason
            first {
              ...NodeFields
            }
            second {
              ...NodeFields
            }
          }
        }
      }
    }
    ${NODE_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts. */
export const MERGE_PREVIEW = operation<
  { mergePreview: MergePreviewFields },
  { keepId: string; mergeId: string }
>(
  'MergePreview',
  /* GraphQL */ `
    query MergePreview($keepId: ID!, $mergeId: ID!) {
      mergePreview(keepId: $keepId, mergeId: $mergeId) {
        keep {
          ...NodeFields
        }
        merge {
          ...NodeFields
        }
        aliasesGained
        relations {
          type
          direction
          count
          combined
          others {
            ...NodeFields
          }
        }
        linksBetween
        evidenceCount
        conflicts {
          field
          keep
          merge
        }
      }
    }
    ${NODE_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts. */
export const MERGE_ENTITIES = operation<
  { mergeEntities: NodeFields },
  { keepId: string; mergeId: string }
>(
  'MergeEntities',
  /* GraphQL */ `
    mutation MergeEntities($keepId: ID!, $mergeId: ID!) {
      mergeEntities(keepId: $keepId, mergeId: $mergeId) {
        ...NodeFields
      }
    }
    ${NODE_FIELDS}
  `,
);

/** @public Persisted by scripts/persisted-operations.ts. */
export const DISMISS_CANDIDATE = operation<{ dismissDuplicateCandidate: string }, { id: string }>(
  'DismissDuplicateCandidate',
  /* GraphQL */ `
    mutation DismissDuplicateCandidate($id: ID!) {
      dismissDuplicateCandidate(id: $id)
    }
  `,
);

/** The pairs not yet reviewed (of one entity, or all), best first. */
export async function fetchCandidates(entity: string | null, first = 50) {
  const data = await execute(DUPLICATE_CANDIDATES, { entity, first });
  return data.duplicateCandidates.edges
    .map((edge) => edge.node)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

export async function fetchMergePreview(keepId: string, mergeId: string) {
  return (await execute(MERGE_PREVIEW, { keepId, mergeId })).mergePreview;
}

export async function mergeEntities(keepId: string, mergeId: string) {
  return (await execute(MERGE_ENTITIES, { keepId, mergeId })).mergeEntities;
}

export async function dismissCandidate(id: string) {
  return (await execute(DISMISS_CANDIDATE, { id })).dismissDuplicateCandidate;
}
