import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../../server/src/db/gateway.js';
import { AppError } from '../../../server/src/errors.js';

/** An error as the driver raises it (GQL status fields are not read by the mapping). */
const driverError = (message: string, code = '') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

const codeOf = (error: unknown) =>
  error instanceof AppError ? error.extensions.code : 'passed through';

describe('mapDriverError', () => {
  it.each([
    ['connection refused', 'ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['routing table gone', 'SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['database starting', 'Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'SERVICE_UNAVAILABLE'],
    [
      'timed out',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'QUERY_TIMEOUT',
    ],
    // Read committed: what the transaction read was deleted by a concurrent one; a retry resolves it.
    ['node deleted meanwhile', 'Neo.ClientError.Statement.EntityNotFound', 'CONFLICT'],
    ['syntax error', 'Neo.ClientError.Statement.SyntaxError', 'passed through'],
    ['constraint', 'Neo.ClientError.Schema.ConstraintValidationFailed', 'passed through'],
  ])('%s (%s) becomes %s', (message, code, expected) => {
    expect(codeOf(mapDriverError(driverError(message, code)))).toBe(expected);
  });

  it('answers a full connection pool as unavailable', () => {
    const error = driverError(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100',
    );
    expect(codeOf(mapDriverError(error))).toBe('SERVICE_UNAVAILABLE');
  });

  it('tells HTTP clients when to retry an unavailable database', () => {
    const mapped = mapDriverError(driverError('down', 'ServiceUnavailable')) as AppError;
    expect(mapped.extensions.http).toEqual({ status: 503, headers: { 'retry-after': '5' } });
  });

  it('leaves anything else untouched, to be masked', () => {
    const error = new TypeError('x is undefined');
    expect(mapDriverError(error)).toBe(error);
  });
});
