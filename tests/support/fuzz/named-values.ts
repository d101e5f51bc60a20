/**
 * Scalar values by what an argument or input field is for, judged by its name: real ids, the
 * vocabulary, dates, cursors, search text — mostly valid in clean documents, often wild in noisy
 * ones.
 */
import fc from 'fast-check';
import { DOMAIN_RELATION_TYPES, STATUSES } from '../../../server/src/domain/vocabulary.js';
import { fuzzEntityIdArb, fuzzRelationIdArb, notAnIdArb } from './fuzz-ids.js';
import { type FuzzValue, num, numberArb, str } from './fuzz-value.js';
import {
  dateLikeArb,
  idLikeArb,
  nastyStringArb,
  realDateArb,
  seedIdArb,
  seedSourceIdArb,
} from './nasty-text.js';
import type { Profile } from './profile.js';

const cursorArb = fc
  .tuple(dateLikeArb, idLikeArb)
  .map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url'));
const wildCursorArb = fc.oneof(
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => Buffer.from(s).toString('base64')),
  nastyStringArb,
);

const wildRelationTypeArb = fc.oneof(
  fc.constantFrom('REPORTED_BY', 'DUPLICATE_OF', 'rival_of', 'Entity', ''),
  nastyStringArb,
);

/** Valid values four times in five in clean documents, one time in two in noisy ones. */
function mostly<T>(valid: fc.Arbitrary<T>, wild: fc.Arbitrary<T>, noisy: boolean) {
  return fc.oneof({ weight: noisy ? 1 : 4, arbitrary: valid }, { weight: 1, arbitrary: wild });
}

/** Arguments whose name alone does not say what they hold. */
const ROLE_OF: Record<string, string> = { 'deleteRelation.id': 'relationId' };

/** String-typed values by the name of the argument or input field (`field.arg` or `field`). */
export function namedString(
  qualifiedName: string,
  { caller, noisy }: Profile,
): fc.Arbitrary<string> {
  const name = ROLE_OF[qualifiedName] ?? qualifiedName.split('.').at(-1)!;
  if (caller === 'editor') {
    if (['id', 'from', 'to', 'keepId', 'mergeId'].includes(name))
      return mostly(fuzzEntityIdArb, notAnIdArb, false);
    if (name === 'relationId') return mostly(fuzzRelationIdArb, notAnIdArb, noisy);
    if (name === 'source')
      return mostly(
        fc.oneof(seedSourceIdArb, fc.constant('fuzz-source')),
        fc.oneof(notAnIdArb, seedIdArb),
        noisy,
      );
  }
  switch (name) {
    case 'text':
    case 'quote':
    case 'name':
    case 'description':
      return fc.oneof(
        { weight: 4, arbitrary: nastyStringArb },
        // Many words, up to the 200-character limit of search, or just past it.
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(nastyStringArb, { minLength: 8, maxLength: 40 }), fc.boolean())
            .map(([words, past]) => words.join(' ').slice(0, past ? 201 : 200)),
        },
      );
    case 'type':
    case 'relationTypes':
      return mostly(fc.constantFrom(...DOMAIN_RELATION_TYPES), wildRelationTypeArb, noisy);
    case 'status':
    case 'statuses':
    case 'excludeStatuses':
      return mostly(fc.constantFrom(...STATUSES), nastyStringArb, noisy);
    case 'after':
      return mostly(cursorArb, wildCursorArb, noisy);
    case 'source':
      return mostly(seedSourceIdArb, idLikeArb, noisy);
    case 'iso2':
      return mostly(
        fc.constantFrom('AF', 'PK'),
        fc.oneof(fc.constantFrom('af', 'AFG'), nastyStringArb),
        noisy,
      );
    case 'placeType':
    case 'orgType':
      return mostly(
        fc.constantFrom('city', 'province', 'media', 'ngo', 'think-tank'),
        nastyStringArb,
        noisy,
      );
    default:
      return mostly(seedIdArb, idLikeArb, noisy);
  }
}

/** A value of the scalar type `typeName` for the argument or input field `fieldName`. */
export function scalarValue(
  typeName: string,
  fieldName: string,
  profile: Profile,
): fc.Arbitrary<FuzzValue> {
  switch (typeName) {
    case 'Int':
      return mostly(fc.integer({ min: 1, max: 10 }).map(num), numberArb, profile.noisy);
    case 'Float':
      return numberArb;
    case 'Boolean':
      return fc.boolean().map((value): FuzzValue => ({ kind: 'boolean', value }));
    case 'Date':
      return mostly(realDateArb, dateLikeArb, profile.noisy).map(str);
    default:
      return namedString(fieldName, profile).map(str);
  }
}
