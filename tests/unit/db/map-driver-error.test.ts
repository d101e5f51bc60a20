/**
 * Driver errors that cannot be provoked cheaply and surely against a real Neo4j (a cluster's
 * expired session, a database still starting, a deadlock the driver did not retry away, a node
 * deleted between two reads, a full pool). The ones that can — timeout, unreachable server, syntax
 * error, constraint violation, wrong password — are provoked for real in
 * tests/integration/db/driver-errors.int.test.ts.
 */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../../server/src/db/gateway.js';
import { AppError } from '../../../server/src/errors/api-errors.js';

/** An error as the driver raises it (GQL status fields are not read by the mapping). */
const driverError = (message: string, code = '') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

const codeOf = (error: unknown) =>
  error instanceof AppError ? error.extensions.code : 'passed through';

describe('mapDriverError', () => {
  it.each([
    ['routing table gone', 'SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['database starting', 'Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'SERVICE_UNAVAILABLE'],
    // Read committed: what the transaction read was deleted by a concurrent one; a retry resolves it.
    ['node deleted meanwhile', 'Neo.ClientError.Statement.EntityNotFound', 'CONFLICT'],
  ])('%s (%s) becomes %s', (message, code, expected) => {
    expect(codeOf(mapDriverError(driverError(message, code)))).toBe(expected);
  });

  it('answers a full connection pool as unavailable', () => {
    const error = driverError(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100',
    );
    expect(codeOf(mapDriverError(error))).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves anything else untouched, to be masked', () => {
    const error = new TypeError('x is undefined');
    expect(mapDriverError(error)).toBe(error);
  });
});
