/**
 * How the gateway maps the errors the real driver raises, provoked for real against the run's
 * Neo4j (and a port where none listens): a timed-out transaction is QUERY_TIMEOUT, an unreachable
 * server SERVICE_UNAVAILABLE with Retry-After; syntax errors, constraint violations and a wrong
 * password are the server's own faults and stay internal (masked for clients). The probe queries
 * live in a temporary catalog, so cypher/ keeps only the application's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CypherCatalog } from '../../../server/src/db/cypher-catalog.js';
import { createDriver } from '../../../server/src/db/driver.js';
import { Gateway } from '../../../server/src/db/gateway.js';
import { boltUri } from '../../../server/src/local-neo4j/instance.js';
import { AppError } from '../../../server/src/errors/api-errors.js';
import { freePort } from '../../support/test-database.js';

const PROBES = {
  'probe/one': 'RETURN 1 AS one',
  'probe/syntax-error': 'RETURN 1 +',
  // Neo4j runs CALL … IN TRANSACTIONS only in an auto-commit (implicit) transaction.
  'probe/in-transactions':
    'UNWIND [1, 2] AS x CALL (x) { RETURN x * 2 AS y } IN TRANSACTIONS RETURN y',
  'probe/create-entity': 'CREATE (:Entity {id: $id})',
  // Far longer than the transaction timeout below: about a billion rows to filter.
  'probe/slow': 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
};
/** Short, so the slow probe is stopped by Neo4j itself, well before the gateway's deadline. */
const TIMEOUT_MS = 1_000;

const info = inject('neo4j');
let catalogDir: string;
const drivers: Driver[] = [];

function gateway(overrides: { uri?: string; password?: string } = {}): Gateway {
  const driver = createDriver({ ...info, ...overrides });
  drivers.push(driver);
  return new Gateway(driver, CypherCatalog.load(catalogDir), info.database, TIMEOUT_MS);
}

/** The error `work` rejects with (fails the test if it resolves). */
async function failure(work: Promise<unknown>): Promise<Error & { code?: string }> {
  const outcome = await work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error as Error & { code?: string };
}

const codeOf = (error: unknown) => (error as AppError).extensions?.code;

beforeAll(() => {
  catalogDir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-probes-'));
  mkdirSync(path.join(catalogDir, 'probe'));
  for (const [name, text] of Object.entries(PROBES))
    writeFileSync(path.join(catalogDir, `${name}.cypher`), text);
});
afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.close()));
  rmSync(catalogDir, { recursive: true, force: true });
});

describe('errors of the real driver, through the gateway', () => {
  it('runs a probe, so the failures below are the ones provoked', async () => {
    expect(await gateway().read('probe/one')).toEqual([{ one: 1 }]);
  });

  it('runs a read as an auto-commit transaction', async () => {
    expect(await gateway().read('probe/in-transactions')).toEqual([{ y: 2 }, { y: 4 }]);
  });

  it('a transaction over its timeout is QUERY_TIMEOUT', async () => {
    const error = await failure(gateway().read('probe/slow'));
    expect(error).toBeInstanceOf(AppError);
    expect(codeOf(error)).toBe('QUERY_TIMEOUT');
  });

  it('an unreachable server is SERVICE_UNAVAILABLE with Retry-After', async () => {
    const error = await failure(gateway({ uri: boltUri(await freePort()) }).read('probe/one'));
    expect(error).toBeInstanceOf(AppError);
    expect(codeOf(error)).toBe('SERVICE_UNAVAILABLE');
    expect((error as AppError).extensions.http).toEqual({
      status: 503,
      headers: { 'retry-after': '5' },
    });
  });

  it.each([
    ['a syntax error', 'probe/syntax-error', {}, 'Neo.ClientError.Statement.SyntaxError'],
    [
      'a uniqueness constraint violation',
      'probe/create-entity',
      { id: 'is-k' },
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    ],
  ])('%s stays the driver error (masked for clients)', async (_label, name, params, code) => {
    const error = await failure(gateway().write(name, params));
    expect(error).not.toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
  });

  it('a wrong password stays the driver error (masked for clients)', async () => {
    const error = await failure(gateway({ password: 'not-the-password' }).read('probe/one'));
    expect(error).not.toBeInstanceOf(AppError);
    expect(error.code).toBe('Neo.ClientError.Security.Unauthorized');
  });
});
