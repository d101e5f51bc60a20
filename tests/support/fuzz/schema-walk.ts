/**
 * Selections generated from the real schema (server/src/graphql/schema.graphql): random fields of
 * each type with their arguments, nested to a given depth, through inline fragments on the kinds of
 * Entity — plus, now and then, an alias, a directive, an unknown field or argument, a variable of
 * the wrong type, a missing or superfluous selection set.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { inputValueArb } from './argument-values.js';
import { maybe } from './chance.js';
import { anyValueArb, toLiteral } from './fuzz-value.js';
import { nastyStringArb } from './nasty-text.js';
import { joinPieces, type Piece } from './pieces.js';
import type { Profile } from './profile.js';

export const schema: GraphQLSchema = buildSchema(
  readFileSync(new URL('../../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
);

/** Variable types to declare instead of the right one. */
const WRONG_DECLARED_TYPES = [
  'Int',
  'String',
  'String!',
  '[ID!]!',
  'Float',
  'Boolean!',
  'EntityKind',
  'AttackFilter',
  'Nope',
  '[[Int]]',
];

/** Directives known and unknown, well and badly used. */
const DIRECTIVES = [
  '@include(if: true)',
  '@skip(if: false)',
  '@skip(if: true)',
  '@include(if: "yes")',
  '@deprecated',
  '@nope',
  '@skip',
  '@include(if: true) @include(if: false)',
];

/** One argument: `name: value`, the value inline or as a variable (declared right or wrong). */
function argumentArb(
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
  profile: Profile,
): fc.Arbitrary<Piece[]> {
  const value = inputValueArb(arg.type, `${field.name}.${arg.name}`, profile);
  const junk = profile.noisy ? 1 : 0;
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v): Piece[] => [`${arg.name}: ${toLiteral(v)}`]) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(value, maybe(fc.constantFrom(...WRONG_DECLARED_TYPES), 15 * junk, undefined))
        .map(([v, wrong]): Piece[] => [
          `${arg.name}: `,
          { declared: wrong ?? String(arg.type), value: v },
        ]),
    },
    // Declared but never sent: a missing variable.
    {
      weight: junk,
      arbitrary: fc.constant<Piece[]>([
        `${arg.name}: `,
        { declared: String(arg.type), value: undefined },
      ]),
    },
  );
}

function argumentsArb(
  field: GraphQLField<unknown, unknown>,
  profile: Profile,
): fc.Arbitrary<Piece[]> {
  const junk = profile.noisy ? 1 : 0;
  if (field.args.length === 0) return maybe(fc.constant<Piece[]>(['(bogus: 1)']), 5 * junk, []);
  const args = field.args.map((arg) =>
    // Required arguments are left out now and then (when noisy), optional ones half of the time.
    maybe(
      argumentArb(field, arg, profile),
      isNonNullType(arg.type) ? 100 - 4 * junk : 50,
      undefined,
    ),
  );
  const unknown = maybe(
    fc.oneof(
      anyValueArb(nastyStringArb).map((v): Piece[] => [`bogusArg: ${toLiteral(v)}`]),
      fc.constant<Piece[]>([`first: 1, first: 2`]),
    ),
    5 * junk,
    undefined,
  );
  return fc.tuple(fc.tuple(...args), unknown).map(([present, extra]) => {
    const list = [...present, extra].filter((p): p is Piece[] => p !== undefined);
    return list.length === 0 ? [] : ['(', ...joinPieces(list, ', '), ')'];
  });
}

/** Builds and caches the selection-set arbitraries, one per (type, depth). */
export class SelectionWalker {
  private readonly cache = new Map<string, fc.Arbitrary<Piece[]>>();
  private readonly junk: number;

  constructor(private readonly profile: Profile) {
    this.junk = profile.noisy ? 1 : 0;
  }

  /** `{ … }` for a composite type, `depth` levels of objects deep at most. */
  selectionSet(type: GraphQLNamedType, depth: number): fc.Arbitrary<Piece[]> {
    const key = `${type.name}/${depth}`;
    let arb = this.cache.get(key);
    if (!arb) {
      const selection = this.selection(type, depth);
      // Clean sets use each field once: two uses with different arguments would conflict.
      const selections = this.junk
        ? fc.array(selection, { minLength: 1, maxLength: 4 })
        : fc.uniqueArray(selection, {
            minLength: 1,
            maxLength: 4,
            selector: (pieces) => `${String(pieces[0])} ${String(pieces[1])}`,
          });
      arb = selections.map((list) => ['{ ', ...joinPieces(list), ' }']);
      this.cache.set(key, arb);
    }
    return arb;
  }

  private selection(type: GraphQLNamedType, depth: number): fc.Arbitrary<Piece[]> {
    const choices: fc.WeightedArbitrary<Piece[]>[] = [
      { weight: 1, arbitrary: fc.constant(['__typename']) },
    ];
    if (this.junk) {
      choices.push({
        weight: 1,
        arbitrary: fc.constantFrom(['bogusField'], ['id { id }'], ['__typename { x }']),
      });
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const composite = isCompositeType(getNamedType(field.type));
        if (composite && depth === 0) continue;
        choices.push({ weight: composite ? 4 : 3, arbitrary: this.field(field, depth) });
      }
    }
    if (isInterfaceType(type) && depth > 0) {
      for (const kind of schema.getImplementations(type).objects) {
        choices.push({
          weight: 2,
          arbitrary: this.selectionSet(kind, depth - 1).map((set) => [
            `... on ${kind.name} `,
            ...set,
          ]),
        });
      }
    }
    return fc.oneof(...choices);
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Piece[]> {
    const named = getNamedType(field.type);
    // Now and then (when noisy) a composite field without a selection set, or a scalar with one.
    const set = isCompositeType(named) ? this.selectionSet(named, depth - 1) : fc.constant([]);
    const wrongSet = fc.constant<Piece[]>(isCompositeType(named) ? [] : ['{ id }']);
    const sub = this.junk
      ? fc.oneof({ weight: 19, arbitrary: set }, { weight: 1, arbitrary: wrongSet })
      : set;
    return fc
      .tuple(
        maybe(
          fc.nat(40).map((n) => `a${n}: `),
          15 * this.junk,
          '',
        ),
        argumentsArb(field, this.profile),
        maybe(fc.constantFrom(...DIRECTIVES), 8 * this.junk, ''),
        sub,
      )
      .map(([alias, args, directive, set]) => [
        alias,
        field.name,
        ...args,
        directive ? ` ${directive}` : '',
        set.length > 0 ? ' ' : '',
        ...set,
      ]);
  }
}
