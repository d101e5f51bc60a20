/**
 * The ids editor requests use: five entities of known kinds in a `fuzz-` namespace the seed graph
 * does not use, the relations between them, and strings that are not entity ids at all.
 */
import fc from 'fast-check';
import { DOMAIN_RELATION_TYPES, type EntityKind } from '../../../server/src/domain/vocabulary.js';
import { nastyStringArb } from './nasty-text.js';

/**
 * Entity ids an editor's mutations use, and the kind each is meant to have: a handful, so that
 * later mutations find what earlier ones wrote.
 */
export const FUZZ_ENTITIES: Record<string, EntityKind> = {
  'fuzz-a': 'Group',
  'fuzz-b': 'Group',
  'fuzz-c': 'Person',
  'fuzz-source': 'Source',
  'fuzz-place': 'Place',
};
export const fuzzEntityIdArb = fc.constantFrom(...Object.keys(FUZZ_ENTITIES));
export const fuzzRelationIdArb = fc
  .tuple(fuzzEntityIdArb, fc.constantFrom(...DOMAIN_RELATION_TYPES), fuzzEntityIdArb)
  .map((parts) => parts.join('~'));

/** Ids that are not valid entity ids (and so can never match one). */
export const notAnIdArb = fc.oneof(
  nastyStringArb.filter((s) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)),
  fc.constantFrom('', 'Fuzz-A', 'fuzz--a', '-fuzz', 'fuzz a', 'x'.repeat(121)),
);
