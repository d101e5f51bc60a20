/**
 * Requests whose right answer is known without the code under test: read from the seed files
 * (entity by id, search by name or alias in another letter case), and ids no seed uses. The
 * server's answers are checked against them by `wrongAnswer` in oracle.ts.
 */
import fc from 'fast-check';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import type { SeedEntityOfKind } from '../../../server/src/seed/seed-set.js';
import { SEEDS_DIR } from '../../../server/src/seed/load-seeds.js';
import { type FuzzRequest, JSON_HEADERS } from './fuzz-request.js';

/** What the answer must contain, from the seed files alone. */
export type Expected =
  | { question: 'entity'; id: string; name: string; kind: string }
  | { question: 'missing'; id: string }
  | { question: 'search'; text: string; id: string };

export interface KnownRequest extends FuzzRequest {
  expected: Expected;
}

/** The seed entities, read straight from seeds/*.json (no article texts needed). */
export function seedEntities(): SeedEntityOfKind[] {
  return readSeeds(SEEDS_DIR).entities;
}

const post = (query: string, variables: Record<string, unknown>): string =>
  JSON.stringify({ query, variables });

/** Letter case a user might type: the search is documented as insensitive to it. */
const recasedArb = (text: string) => fc.constantFrom(text, text.toLowerCase(), text.toUpperCase());

export function knownRequestArb(entities: readonly SeedEntityOfKind[]): fc.Arbitrary<KnownRequest> {
  const entity = fc.constantFrom(...entities);
  const byId = entity.chain((e) =>
    fc
      .constantFrom<[string, Record<string, unknown>]>(
        [`{ entity(id: ${JSON.stringify(e.id)}) { id name kind } }`, {}],
        ['query ($id: ID!) { entity(id: $id) { id name kind } }', { id: e.id }],
        ['query ($id: ID!) { e: entity(id: $id) { kind name id } }', { id: e.id }],
      )
      .map(([query, variables]) => ({
        body: post(query, variables),
        expected: { question: 'entity', id: e.id, name: e.name, kind: e.kind } as Expected,
      })),
  );
  const missing = fc.stringMatching(/^[a-z0-9-]{1,30}$/).map((tail) => {
    const id = `no-such-seed-${tail}`;
    return {
      body: post('query ($id: ID!) { entity(id: $id) { id } }', { id }),
      expected: { question: 'missing', id } as Expected,
    };
  });
  const search = entity.chain((e) =>
    fc
      .constantFrom(e.name, ...e.aliases)
      .chain(recasedArb)
      .map((text) => ({
        body: post('query ($t: String!) { search(text: $t, first: 50) { id } }', { t: text }),
        expected: { question: 'search', text, id: e.id } as Expected,
      })),
  );
  return fc.oneof(byId, missing, search).map(({ body, expected }) => ({
    generator: `known answer (${expected.question})`,
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS },
    body,
    anonymousMutation: false,
    expected,
  }));
}
