/** Date (full or partial ISO calendar date) and DateTime scalars, validated on the way in. */
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { PARTIAL_DATE_PROBLEM, partialDateProblem } from '../domain/dates.js';

/** The same date rule as the seed files and importers (domain/dates.ts). */
function parseDate(value: unknown): string {
  if (typeof value === 'string' && partialDateProblem(value) === undefined) return value;
  throw new GraphQLError(
    `Date ${PARTIAL_DATE_PROBLEM}; got ${JSON.stringify(value)?.slice(0, 40)}.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO 8601 calendar date, full or partial: 2021, 2021-08 or 2021-08-26.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 (UTC).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('DateTime must be an ISO 8601 timestamp.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  },
});

/** A plain JSON object; the field that takes one checks its shape (e.g. an investigation's view). */
function parseObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new GraphQLError(
    `JSONObject must be an object; got ${JSON.stringify(value)?.slice(0, 40)}.`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: parseObject,
  parseLiteral: (ast, variables) => parseObject(valueFromASTUntyped(ast, variables)),
});
