/**
 * Whole GraphQL documents: operations walked from the schema, and the shapes that stress a server's
 * limits and validation — alias, directive and token floods, deep nesting, fragment cycles, several
 * operations in one document, introspection.
 */
import fc from 'fast-check';
import { DOCUMENT_LIMITS } from '../../../server/src/graphql/document-limits.js';
import type { Profile } from './profile.js';
import { maybe } from './chance.js';
import { str, toLiteral } from './fuzz-value.js';
import { nastyStringArb } from './nasty-text.js';
import { type AssembledDocument, assemble } from './pieces.js';
import { schema, SelectionWalker } from './schema-walk.js';

export interface GeneratedDocument extends AssembledDocument {
  /** Which generator made it, for failure reports. */
  generator: string;
  operationName?: string | undefined;
  /** True when the document's operation is a mutation (anonymous ones must be refused). */
  mutation: boolean;
}

/** An operation from the schema walk: a query, or a mutation, `depth` levels deep at most. */
export function operationArb(
  profile: Profile,
  keyword: 'query' | 'mutation',
): fc.Arbitrary<GeneratedDocument> {
  const walker = new SelectionWalker(profile);
  const root = keyword === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return fc
    .tuple(
      fc.integer({ min: 1, max: 4 }).chain((depth) => walker.selectionSet(root, depth)),
      maybe(fc.constantFrom('Fuzz', 'q', ...(profile.noisy ? ['Ω', 'query'] : [])), 30, undefined),
    )
    .map(([selection, name]) => {
      // The walker's set carries its own braces; assemble adds the operation's.
      const inner = selection.slice(1, -1);
      return {
        ...assemble(keyword, name, inner),
        generator: `schema ${keyword}${profile.noisy ? '' : ' (clean)'}`,
        mutation: keyword === 'mutation',
      };
    });
}

const plain = (generator: string, query: string, mutation = false): GeneratedDocument => ({
  query,
  variables: '{}',
  generator,
  mutation,
});

const CHEAP_FIELDS = [
  'entity(id: "is-k") { id }',
  'search(text: "taliban") { id }',
  '__typename',
  'vocabulary { statuses }',
  'counts { kinds { count } }',
];

/** Around and far past the alias limit. */
const aliasFloodArb = fc
  .tuple(
    fc.integer({ min: DOCUMENT_LIMITS.maxAliases - 5, max: 250 }),
    fc.constantFrom(...CHEAP_FIELDS),
  )
  .map(([n, field]) =>
    plain('alias flood', `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`),
  );

/** Around and far past the directive limit, known and unknown directives mixed. */
const directiveFloodArb = fc
  .tuple(
    fc.integer({ min: DOCUMENT_LIMITS.maxDirectives - 5, max: 300 }),
    fc.constantFrom(
      '@include(if: true)',
      '@skip(if: false)',
      '@nope',
      '@deprecated',
      '@include(if: $b)',
    ),
  )
  .map(([n, directive]) =>
    plain(
      'directive flood',
      `query Flood($b: Boolean = true) ${directive} { entity(id: "kabul") ${directive} { ${`id ${directive} `.repeat(n)} } }`,
    ),
  );

/** Past the token limit without being large: repeated fields, or one long list literal. */
const tokenFloodArb = fc
  .tuple(fc.integer({ min: DOCUMENT_LIMITS.maxTokens - 50, max: 20_000 }), fc.boolean())
  .map(([n, list]) =>
    plain(
      'token flood',
      list
        ? `{ search(text: "kabul", kinds: [${'Place '.repeat(n)}]) { id } }`
        : `{ entity(id: "kabul") { ${'id '.repeat(n)} } }`,
    ),
  );

/**
 * Selections, inline fragments, list literals or bare braces nested `n` levels: around the depth
 * limit, and far past what a recursive parser survives without the token limit.
 */
const deepNestingArb = fc
  .tuple(
    fc.oneof(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 1_000, max: 50_000 })),
    fc.constantFrom('evidence', 'place', 'fragments', 'list', 'braces'),
  )
  .map(([n, how]) => {
    switch (how) {
      case 'evidence':
        return plain(
          'deep selection',
          `{ entity(id: "is-k") { ${'evidence { source { '.repeat(n)} id ${'} } '.repeat(n)} } }`,
        );
      case 'place':
        return plain(
          'deep selection',
          `{ entity(id: "kabul") { ${'... on Place { within { '.repeat(n)} id ${'} } '.repeat(n)} } }`,
        );
      case 'fragments':
        return plain(
          'deep fragments',
          `{ ${'... on Query { '.repeat(n)} __typename ${'} '.repeat(n)} }`,
        );
      case 'list':
        return plain(
          'deep list',
          `{ search(text: "x", kinds: ${'['.repeat(n)}Group${']'.repeat(n)}) { id } }`,
        );
      default:
        return plain('deep braces', `${'{ '.repeat(n)}__typename${' }'.repeat(n)}`);
    }
  });

/** Fragments spreading each other in a cycle, unknown and ill-typed spreads. */
const fragmentArb = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.constantFrom('cycle', 'unknown', 'wrong type', 'valid', 'unused'),
  )
  .map(([n, how]) => {
    const names = Array.from({ length: n }, (_, i) => `F${i}`);
    switch (how) {
      case 'cycle':
        return plain(
          'fragment cycle',
          [
            `{ entity(id: "is-k") { ...F0 } }`,
            ...names.map((f, i) => `fragment ${f} on Entity { id ...${names[(i + 1) % n]} }`),
          ].join('\n'),
        );
      case 'unknown':
        return plain('unknown fragment', `{ entity(id: "is-k") { ...Missing${n} } }`);
      case 'wrong type':
        return plain(
          'fragment on wrong type',
          `{ entity(id: "is-k") { ...F0 } }\nfragment F0 on ${['Relation', 'Query', 'Nope', 'String', 'Mutation'][n - 1]} { __typename }`,
        );
      case 'valid':
        return plain(
          'fragments',
          [
            `{ a: entity(id: "is-k") { ...F0 } b: entity(id: "kabul") { ...F${n - 1} } }`,
            ...names.map(
              (f, i) => `fragment ${f} on Entity { id name ${i > 0 ? `...F${i - 1}` : ''} }`,
            ),
          ].join('\n'),
        );
      default:
        return plain('unused fragment', `{ __typename }\nfragment F0 on Entity { id }`);
    }
  });

/** Several operations in one document, and operationName that names one, none or a missing one. */
const multiOperationArb = fc
  .tuple(
    fc.constantFrom<[string, string]>(['A', 'B'], ['A', 'A'], ['', 'B']),
    fc.constantFrom(undefined, 'A', 'B', 'C', ''),
  )
  .map(([[a, b], operationName]) => ({
    ...plain(
      'several operations',
      `query ${a} { entity(id: "is-k") { id } }\nquery ${b} { search(text: "ISKP") { id } }`,
    ),
    operationName,
  }));

/** Introspection, with nasty type names. */
const introspectionArb = nastyStringArb.map((name) =>
  plain(
    'introspection',
    `{ __schema { queryType { name } types { name fields { name args { name } } } } __type(name: ${toLiteral(str(name))}) { name kind } }`,
  ),
);

/** Operation kinds the schema does not have, and an empty document. */
const oddOperationArb = fc.constantFrom(
  plain('subscription', 'subscription { search(text: "x") { id } }'),
  plain('empty document', ''),
  plain('only a comment', '# nothing here'),
  plain('schema definition', 'type Query { x: Int }'),
  plain('conflicting fields', '{ entity(id: "is-k") { id } entity(id: "kabul") { id } }'),
);

/** Every kind of document an anonymous client might send: queries mostly, mutations sometimes. */
export function documentArb(): fc.Arbitrary<GeneratedDocument> {
  const noisy: Profile = { caller: 'anonymous', noisy: true };
  const clean: Profile = { caller: 'anonymous', noisy: false };
  return fc.oneof(
    { weight: 18, arbitrary: operationArb(noisy, 'query') },
    { weight: 12, arbitrary: operationArb(clean, 'query') },
    { weight: 4, arbitrary: operationArb(noisy, 'mutation') },
    { weight: 4, arbitrary: operationArb(clean, 'mutation') },
    { weight: 2, arbitrary: aliasFloodArb },
    { weight: 2, arbitrary: directiveFloodArb },
    { weight: 1, arbitrary: tokenFloodArb },
    { weight: 2, arbitrary: deepNestingArb },
    { weight: 2, arbitrary: fragmentArb },
    { weight: 1, arbitrary: multiOperationArb },
    { weight: 1, arbitrary: introspectionArb },
    { weight: 1, arbitrary: oddOperationArb },
  );
}
