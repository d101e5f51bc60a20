/**
 * A value the fuzzer sends, kept abstract until it is written out either as a GraphQL literal in the
 * document or as JSON in `variables`. Numbers stay raw text, so that `1e999`, `-0` or
 * `2147483648` reach the server exactly as written instead of as whatever JavaScript makes of them.
 */
import fc from 'fast-check';

export type FuzzValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; raw: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  /** A bare name: an enum value in a document, a string in JSON (also NaN, Infinity …). */
  | { kind: 'enum'; name: string }
  | { kind: 'list'; items: FuzzValue[] }
  | { kind: 'object'; fields: [string, FuzzValue][] };

export const str = (value: string): FuzzValue => ({ kind: 'string', value });
export const num = (raw: string | number): FuzzValue => ({ kind: 'number', raw: String(raw) });
export const enumValue = (name: string): FuzzValue => ({ kind: 'enum', name });
export const list = (items: FuzzValue[]): FuzzValue => ({ kind: 'list', items });
export const object = (fields: [string, FuzzValue][]): FuzzValue => ({ kind: 'object', fields });
export const NULL: FuzzValue = { kind: 'null' };

/** The value as a GraphQL literal. Strings are JSON-quoted, which GraphQL reads the same way. */
export function toLiteral(value: FuzzValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return value.raw;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'enum':
      return value.name;
    case 'list':
      return `[${value.items.map(toLiteral).join(', ')}]`;
    case 'object':
      return `{${value.fields.map(([k, v]) => `${k}: ${toLiteral(v)}`).join(', ')}}`;
  }
}

/** The value as JSON text (numbers raw, so the text may hold 1e999 or 9007199254740993). */
export function toJson(value: FuzzValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.raw)
        ? value.raw
        : JSON.stringify(value.raw);
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'enum':
      return JSON.stringify(value.name);
    case 'list':
      return `[${value.items.map(toJson).join(',')}]`;
    case 'object':
      return `{${value.fields.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
}

/** Numeric text of every awkward kind: extremes, fractions, exponents, and tokens that are not numbers. */
export const numberArb: fc.Arbitrary<FuzzValue> = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: -3, max: 300 }).map(String) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '0',
        '-0',
        '-1',
        '2147483647',
        '-2147483648',
        '2147483648',
        '-2147483649',
        '4294967296',
        '9007199254740991',
        '9007199254740993',
        '99999999999999999999999999',
        '1e308',
        '1e309',
        '1e999',
        '-1e999',
        '5e-324',
        '1e-999',
        '0.5',
        '1.0',
        '100.0000000001',
        '-0.0',
        '3.4028235e38',
      ),
    },
    { weight: 2, arbitrary: fc.double().map((d) => (Number.isFinite(d) ? String(d) : '1e999')) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    // Not numbers at all in GraphQL; parse errors there, and strings in JSON.
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '0x1F',
        '1_000',
        '01',
        '.5',
        '5.',
        '--1',
        '+1',
      ),
    },
  )
  .map(num);

/** Any value of any kind: what a field receives when the fuzzer sends the wrong type. */
export function anyValueArb(leaf: fc.Arbitrary<string>): fc.Arbitrary<FuzzValue> {
  const { value } = fc.letrec<{ value: FuzzValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf.map(str),
      numberArb,
      fc.boolean().map((b): FuzzValue => ({ kind: 'boolean', value: b })),
      fc.constant(NULL),
      fc.constantFrom('Group', 'DEGREE', 'BETWEENNESS', 'NaN', 'true', 'Unknown').map(enumValue),
      fc.array(tie('value'), { maxLength: 4 }).map(list),
      fc
        .array(
          fc.tuple(fc.constantFrom('id', 'from', 'to', 'x', 'groupIds', 'query'), tie('value')),
          {
            maxLength: 3,
          },
        )
        .map(object),
    ),
  }));
  return value;
}
