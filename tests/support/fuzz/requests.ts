/**
 * HTTP requests to /graphql, for anonymous clients and for editors: generated documents in
 * well-formed POSTs (some damaged), huge requests and malformed ones.
 */
import fc from 'fast-check';
import { maybe } from './chance.js';
import { documentArb, type GeneratedDocument, operationArb } from './documents.js';
import { editorMutationArb } from './editor-mutations.js';
import { type FuzzRequest, JSON_HEADERS } from './fuzz-request.js';
import { hugeRequestArb } from './huge-requests.js';
import { acceptArb, malformedRequestArb } from './malformed-requests.js';
import { textDamageArb } from './text-mutations.js';

export type { FuzzRequest } from './fuzz-request.js';

/** `{"query": …, "variables": …, "operationName": …}` as text, variables kept raw. */
const body = (doc: GeneratedDocument) =>
  `{"query":${JSON.stringify(doc.query)},"variables":${doc.variables}${
    doc.operationName === undefined ? '' : `,"operationName":${JSON.stringify(doc.operationName)}`
  }}`;

/** A generated document in a POST; its query or variables damaged now and then. */
function documentRequestArb(
  documents: fc.Arbitrary<GeneratedDocument>,
  headers: Record<string, string>,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      documents,
      maybe(textDamageArb, 12, undefined),
      fc.boolean(),
      maybe(acceptArb, 8, undefined),
    )
    .map(([doc, damage, damageQuery, accept]) => {
      const damaged: GeneratedDocument = damage
        ? {
            ...doc,
            ...(damageQuery ? { query: damage(doc.query) } : { variables: damage(doc.variables) }),
          }
        : doc;
      return {
        generator: damage ? `damaged ${doc.generator}` : doc.generator,
        method: 'POST',
        path: '/graphql',
        headers: { ...JSON_HEADERS, ...(accept ? { accept } : {}), ...headers },
        body: body(damaged),
        anonymousMutation: doc.mutation && !headers.authorization,
      };
    });
}

/** How a request shows in fast-check's report of a counterexample: short, and readable. */
function summarized(request: FuzzRequest): FuzzRequest {
  const line = `${request.generator}: ${request.method} ${request.path.slice(0, 200)} ${(request.body ?? '').slice(0, 300)}`;
  return Object.assign(request, { [fc.toStringMethod]: () => JSON.stringify(line) });
}

/** Anything an anonymous client might send. */
export function anonymousRequestArb(maxBodyBytes: number): fc.Arbitrary<FuzzRequest> {
  return fc
    .oneof(
      { weight: 16, arbitrary: documentRequestArb(documentArb(), {}) },
      { weight: 1, arbitrary: hugeRequestArb(maxBodyBytes) },
      { weight: 3, arbitrary: malformedRequestArb() },
    )
    .map(summarized);
}

/**
 * Requests with the editor token: mutations that can succeed on the `fuzz-` ids, mutations walked
 * from the schema (see argument-values.ts for the ids they may use), and reads of what was written.
 */
export function editorRequestArb(editorHeaders: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const documents = fc.oneof(
    { weight: 4, arbitrary: editorMutationArb },
    { weight: 1, arbitrary: operationArb({ caller: 'editor', noisy: true }, 'mutation') },
    { weight: 1, arbitrary: operationArb({ caller: 'editor', noisy: false }, 'mutation') },
    { weight: 2, arbitrary: operationArb({ caller: 'editor', noisy: false }, 'query') },
  );
  return documentRequestArb(documents, editorHeaders).map(summarized);
}
