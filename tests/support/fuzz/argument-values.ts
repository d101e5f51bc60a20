/**
 * Values for an argument or input field of any GraphQL input type, walking lists, enums and input
 * objects down to scalars (named-values.ts): mostly of the right type, sometimes of any type.
 */
import fc from 'fast-check';
import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { maybe } from './chance.js';
import {
  anyValueArb,
  enumValue,
  type FuzzValue,
  list,
  NULL,
  num,
  object,
  str,
} from './fuzz-value.js';
import { namedString, scalarValue } from './named-values.js';
import type { Profile } from './profile.js';

/**
 * A value for `type` where the argument or field is called `name`; when noisy, one value in ten (at
 * each level of lists and input objects) is of any type instead.
 */
export function inputValueArb(
  type: GraphQLInputType,
  name: string,
  profile: Profile,
): fc.Arbitrary<FuzzValue> {
  const right = rightValueArb(type, name, profile);
  if (!profile.noisy) return right;
  return fc.oneof(
    { weight: 9, arbitrary: right },
    { weight: 1, arbitrary: anyValueArb(namedString(name, profile)) },
  );
}

function rightValueArb(
  type: GraphQLInputType,
  name: string,
  profile: Profile,
  nonNull = false,
): fc.Arbitrary<FuzzValue> {
  if (isNonNullType(type)) return rightValueArb(type.ofType, name, profile, true);
  // Null where null is allowed; where it is not, only as junk.
  const nullPercent = nonNull ? (profile.noisy ? 3 : 0) : 10;
  const nullable = (arb: fc.Arbitrary<FuzzValue>) =>
    fc.oneof(
      { weight: 100 - nullPercent, arbitrary: arb },
      { weight: nullPercent, arbitrary: fc.constant(NULL) },
    );
  if (isListType(type)) {
    const item = inputValueArb(type.ofType, name, profile);
    return nullable(
      fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }).map(list) },
        // A single value where a list is expected is coerced to a list of one.
        { weight: 2, arbitrary: item },
        // Past the 100-id cap of attack filters.
        {
          weight: 1,
          arbitrary: fc
            .tuple(item, fc.integer({ min: 99, max: 160 }))
            .map(([value, n]) => list(Array.from({ length: n }, () => value))),
        },
      ),
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    const known = fc.constantFrom(...names).map(enumValue);
    if (!profile.noisy) return nullable(known);
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: known },
        { weight: 1, arbitrary: fc.constantFrom('group', 'GROUP', 'Entity', 'NaN').map(enumValue) },
        // A string where an enum value is expected: fine in variables, an error inline.
        { weight: 1, arbitrary: fc.constantFrom(...names).map(str) },
      ),
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((field) => {
      const value = inputValueArb(field.type, field.name, profile);
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      // Required fields are left out now and then (when noisy), optional ones half of the time.
      return maybe(
        value.map((v): [string, FuzzValue] => [field.name, v]),
        required && !profile.noisy ? 100 : required ? 96 : 50,
        undefined,
      );
    });
    const unknown = maybe(
      fc.constant<[string, FuzzValue]>(['bogusField', num(1)]),
      profile.noisy ? 5 : 0,
      undefined,
    );
    return nullable(
      fc
        .tuple(fc.tuple(...fields), unknown)
        .map(([present, extra]) =>
          object([...present, extra].filter((f): f is [string, FuzzValue] => f !== undefined)),
        ),
    );
  }
  if (isScalarType(type)) return nullable(scalarValue(type.name, name, profile));
  return fc.constant(NULL);
}
