/** Assertions on the errors of a GraphQL response, shared by the API tests. */
import { expect } from 'vitest';
import type { gql } from '../app.js';

export type GqlResult = Awaited<ReturnType<typeof gql>>;
type GqlError = NonNullable<GqlResult['errors']>[number];

/** The single error of `result`, after checking that it has exactly one, with this code. */
export function expectError(result: GqlResult, code: string): GqlError {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.code, error!.message).toBe(code);
  return error!;
}

/** BAD_USER_INPUT naming the offending argument in `extensions.argumentPath`. */
export function expectBadInput(
  result: GqlResult,
  argumentPath: readonly (string | number)[],
): GqlError {
  const error = expectError(result, 'BAD_USER_INPUT');
  expect(error.extensions?.argumentPath, error.message).toEqual(argumentPath);
  return error;
}

/**
 * A value the scalar rejects (an invalid Date): the document fails validation, so the response has
 * no `data` and, for application/graphql-response+json, HTTP 400.
 */
export function expectInvalidValue(result: GqlResult, quoted: string): GqlError {
  expect(result.status).toBe(400);
  expect(result).not.toHaveProperty('data');
  const error = expectError(result, 'BAD_USER_INPUT');
  expect(error.message).toContain(JSON.stringify(quoted));
  return error;
}
