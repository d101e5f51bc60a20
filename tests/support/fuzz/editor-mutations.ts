/**
 * Well-formed editor mutations on the `fuzz-` ids: enough of them pass the resolvers' checks that
 * the graph really is written — entities with odd names and aliases, relations, evidence, merges,
 * deletions — so that the test can check that such writes touch nothing else.
 */
import fc from 'fast-check';
import {
  allowsEndpoints,
  DOMAIN_RELATION_TYPES,
  ENTITY_KINDS,
  type EntityKind,
  STATUSES,
} from '../../../server/src/domain/vocabulary.js';
import { FUZZ_ENTITIES, fuzzEntityIdArb } from './fuzz-ids.js';
import { maybe } from './chance.js';
import type { GeneratedDocument } from './documents.js';
import { enumValue, type FuzzValue, list, object, str, toJson } from './fuzz-value.js';
import { nastyStringArb, realDateArb, seedSourceIdArb } from './nasty-text.js';

/** Text the resolvers accept as a name, alias or quote: not blank, not too long. */
const wordsArb = nastyStringArb.filter((s) => s.trim().length > 0 && s.length <= 300);

const evidenceArb = fc
  .array(
    fc
      .tuple(fc.oneof(seedSourceIdArb, fc.constant('fuzz-source')), wordsArb)
      .map(([source, quote]) =>
        object([
          ['source', str(source)],
          ['quote', str(quote)],
        ]),
      ),
    { minLength: 1, maxLength: 3 },
  )
  .map(list);

const optional = (name: string, arb: fc.Arbitrary<FuzzValue>) =>
  maybe(
    arb.map((v): [string, FuzzValue] => [name, v]),
    50,
    undefined,
  );

const entityInputArb = fc
  .tuple(
    fuzzEntityIdArb,
    // Mostly the id's own kind, so that relations and merges can succeed; now and then another.
    maybe(fc.constantFrom<EntityKind>(...ENTITY_KINDS), 10, undefined),
    wordsArb,
    optional(
      'aliases',
      fc
        .oneof(
          fc.array(wordsArb, { maxLength: 4 }),
          // Around the limit of 100 spellings.
          fc
            .tuple(wordsArb, fc.integer({ min: 98, max: 101 }))
            .map(([word, n]) => Array.from({ length: n }, (_, i) => `${word} ${i}`)),
        )
        .map((a) => list(a.map(str))),
    ),
    optional('description', nastyStringArb.map(str)),
    optional('evidence', evidenceArb),
    optional('date', realDateArb.map(str)),
  )
  .map(([id, kind, name, ...rest]) =>
    object([
      ['id', str(id)],
      ['kind', enumValue(kind ?? FUZZ_ENTITIES[id]!)],
      ['name', str(name)],
      ...rest.filter((f): f is [string, FuzzValue] => f !== undefined),
    ]),
  );

const SINCE_ARB = fc.constantFrom('2021', '2022-06');

const fuzzIds = Object.keys(FUZZ_ENTITIES);
/** Every relation the vocabulary allows between the fuzz entities, by their own kinds. */
const allowedRelations = DOMAIN_RELATION_TYPES.flatMap((type) =>
  fuzzIds.flatMap((from) =>
    fuzzIds
      .filter(
        (to) => to !== from && allowsEndpoints(type, FUZZ_ENTITIES[from]!, FUZZ_ENTITIES[to]!),
      )
      .map((to): [string, string, string] => [type, from, to]),
  ),
);
const relationParts = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...allowedRelations) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(...DOMAIN_RELATION_TYPES),
      fuzzEntityIdArb,
      fuzzEntityIdArb,
    ),
  },
);

const relationInputArb = fc
  .tuple(
    relationParts,
    evidenceArb,
    optional('status', fc.constantFrom(...STATUSES).map(str)),
    // A few fixed dates, so that addEvidence and deleteRelation can name dated relations too.
    optional('since', fc.oneof(SINCE_ARB, realDateArb).map(str)),
  )
  .map(([[type, from, to], evidence, ...rest]) =>
    object([
      ['type', str(type)],
      ['from', str(from)],
      ['to', str(to)],
      ['evidence', evidence],
      ...rest.filter((f): f is [string, FuzzValue] => f !== undefined),
    ]),
  );

/** Ids of relations the generator creates: `from~TYPE~to`, plus `~since` for dated ones. */
const relationIdArb = fc
  .tuple(relationParts, maybe(SINCE_ARB, 30, undefined))
  .map(([[type, from, to], since]) => [from, type, to, ...(since ? [since] : [])].join('~'));

/** One mutation, its values passed as variables so that any text reaches the resolvers intact. */
const mutationArb: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    weight: 4,
    arbitrary: entityInputArb.map((input): [string, string] => [
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id name aliases degree } }',
      `{"input":${toJson(input)}}`,
    ]),
  },
  {
    weight: 3,
    arbitrary: relationInputArb.map((input): [string, string] => [
      'mutation($input: RelationInput!) { addRelation(input: $input) { id evidence { quote source { id } } independentSources } }',
      `{"input":${toJson(input)}}`,
    ]),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(relationIdArb, evidenceArb)
      .map(([id, evidence]): [string, string] => [
        'mutation($id: ID!, $evidence: [EvidenceInput!]!) { addEvidence(relationId: $id, evidence: $evidence) { id } }',
        `{"id":${JSON.stringify(id)},"evidence":${toJson(evidence)}}`,
      ]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fuzzEntityIdArb, fuzzEntityIdArb)
      .map(([keep, merge]): [string, string] => [
        'mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { id aliases degree } }',
        JSON.stringify({ keep, merge }),
      ]),
  },
  {
    weight: 1,
    arbitrary: relationIdArb.map((id): [string, string] => [
      'mutation($id: ID!) { deleteRelation(id: $id) }',
      JSON.stringify({ id }),
    ]),
  },
);

export const editorMutationArb: fc.Arbitrary<GeneratedDocument> = mutationArb.map(
  ([query, variables]) => ({ query, variables, generator: 'editor mutation', mutation: true }),
);
