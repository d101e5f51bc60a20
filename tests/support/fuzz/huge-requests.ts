/**
 * Huge requests: one string of up to twice the body limit inside an otherwise ordinary request — as
 * a search text, an id, a mutation input, a variable nobody uses, a comment or a literal. Past the
 * limit the server must answer 413 without reading the body.
 */
import fc from 'fast-check';
import { type FuzzRequest, JSON_HEADERS } from './fuzz-request.js';

/** Requests from 1 KB to twice `maxBodyBytes`, many of them just below or above it. */
export function hugeRequestArb(maxBodyBytes: number): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom(
        'a',
        'é',
        '\ud83d\ude00',
        '\u0000',
        '"',
        '\\',
        'ISKP ',
        '{',
        '\u202e',
        'AND ',
        '`',
      ),
      fc.oneof(
        fc.integer({ min: 1_000, max: maxBodyBytes - 1_000 }),
        fc.integer({ min: maxBodyBytes - 200, max: maxBodyBytes + 200 }),
        fc.integer({ min: maxBodyBytes + 1, max: maxBodyBytes * 2 }),
      ),
      fc.constantFrom('search', 'entity', 'upsert', 'unused variable', 'comment', 'literal'),
    )
    .map(([unit, bytes, where]) => {
      const text = unit.repeat(
        Math.max(1, Math.floor(bytes / Buffer.byteLength(JSON.stringify(unit)))),
      );
      const documents: Record<string, [string, Record<string, unknown>]> = {
        search: ['query($t: String!) { search(text: $t) { id } }', { t: text }],
        entity: ['query($t: ID!) { entity(id: $t) { id } }', { t: text }],
        upsert: [
          'mutation($t: String!) { upsertEntity(input: {id: "fuzz-huge", kind: Group, name: "x", description: $t}) { id } }',
          { t: text },
        ],
        'unused variable': ['{ __typename }', { pad: text }],
        comment: [`# ${text.replace(/[\r\n]/g, ' ')}\n{ __typename }`, {}],
        literal: [`{ search(text: ${JSON.stringify(text)}) { id } }`, {}],
      };
      const [query, variables] = documents[where]!;
      return {
        generator: `huge ${where}`,
        method: 'POST',
        path: '/graphql',
        headers: JSON_HEADERS,
        body: JSON.stringify({ query, variables }),
        anonymousMutation: where === 'upsert',
      };
    });
}
