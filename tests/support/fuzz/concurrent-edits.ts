/**
 * Bursts of editor mutations on the same three groups at once — links added, evidence added, links
 * deleted, the groups merged into each other, one new id created as several kinds — so that
 * transactions read what a concurrent one is deleting or creating. Each answer must still be a
 * coded error or data, never an internal error, and the entities must keep one kind each.
 */
import fc from 'fast-check';
import { type FuzzRequest, JSON_HEADERS } from './fuzz-request.js';

/** The groups the bursts fight over; recreated before each burst (see RACE_SETUP). */
export const RACE_GROUPS = ['fuzz-race-1', 'fuzz-race-2', 'fuzz-race-3'];
/** An id that is free before each burst, which the burst creates as several kinds at once. */
export const RACE_NEW_ID = 'fuzz-race-new';

/** Creates (or keeps) one of RACE_GROUPS: `{ id }` as its variables. */
export const RACE_SETUP =
  'mutation($id: ID!) { upsertEntity(input: {id: $id, kind: Group, name: "Race group"}) { id } }';

const EVIDENCE = [{ source: 'src-insider-2022-04', quote: 'raced' }];
const pairArb = fc
  .tuple(fc.constantFrom(...RACE_GROUPS), fc.constantFrom(...RACE_GROUPS))
  .filter(([a, b]) => a !== b);

type Edit = [name: string, query: string, variables: Record<string, unknown>];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  pairArb.map(([from, to]): Edit => [
    'addRelation',
    'mutation($input: RelationInput!) { addRelation(input: $input) { id from { id } to { id } } }',
    { input: { type: 'RIVAL_OF', from, to, evidence: EVIDENCE } },
  ]),
  pairArb.map(([from, to]): Edit => [
    'addEvidence',
    'mutation($id: ID!, $evidence: [EvidenceInput!]!) { addEvidence(relationId: $id, evidence: $evidence) { id evidence { quote } } }',
    { id: `${from}~RIVAL_OF~${to}`, evidence: EVIDENCE },
  ]),
  pairArb.map(([from, to]): Edit => [
    'deleteRelation',
    'mutation($id: ID!) { deleteRelation(id: $id) }',
    { id: `${from}~RIVAL_OF~${to}` },
  ]),
  fc
    .constantFrom('Group', 'Person', 'Place', 'Organization')
    .map((kind): Edit => [
      'upsertEntity',
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id kind } }',
      { input: { id: RACE_NEW_ID, kind, name: `A new ${kind}` } },
    ]),
  pairArb.map(([keepId, mergeId]): Edit => [
    'mergeEntities',
    'mutation($keepId: ID!, $mergeId: ID!) { mergeEntities(keepId: $keepId, mergeId: $mergeId) { id aliases degree } }',
    { keepId, mergeId },
  ]),
);

/** One of a burst's requests, with the editor's headers. */
export function concurrentEditArb(
  editorHeaders: Record<string, string>,
): fc.Arbitrary<FuzzRequest> {
  return editArb.map(([name, query, variables]) => {
    const body = JSON.stringify({ query, variables });
    return Object.assign(
      {
        generator: `concurrent ${name}`,
        method: 'POST',
        path: '/graphql',
        headers: { ...JSON_HEADERS, ...editorHeaders },
        body,
        anonymousMutation: false,
      },
      { [fc.toStringMethod]: () => JSON.stringify(body) },
    );
  });
}
