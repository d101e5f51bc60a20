/** The settings for sharing the server between clients: in-flight cap, admission, charging. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config/config.js';
import { MAX_CONNECTION_POOL_SIZE } from '../../../server/src/config/pool-size.js';

describe('loadConfig: fairness', () => {
  it('caps each client at 4 requests in flight and the database at 8 transactions by default', () => {
    expect(loadConfig({}).http.fairness).toEqual({
      clientMaxInFlight: 4,
      clientMaxQueued: 16,
      dbMaxConcurrency: 8,
      dbMaxPerClient: 1,
      admissionWaitMs: 10_000,
      dbMsPerPoint: 10,
    });
  });

  it('reads each variable, and 0 switches the in-flight cap off', () => {
    const { fairness } = loadConfig({
      CLIENT_MAX_IN_FLIGHT: '0',
      CLIENT_MAX_QUEUED: '0',
      DB_MAX_CONCURRENCY: '2',
      DB_MAX_PER_CLIENT: '2',
      ADMISSION_WAIT_MS: '500',
      DB_MS_PER_POINT: '1',
    }).http;
    expect(fairness).toEqual({
      clientMaxInFlight: 0,
      clientMaxQueued: 0,
      dbMaxConcurrency: 2,
      dbMaxPerClient: 2,
      admissionWaitMs: 500,
      dbMsPerPoint: 1,
    });
  });

  it('derives a client’s share from the whole, and refuses a share larger than it', () => {
    expect(loadConfig({ DB_MAX_CONCURRENCY: '32' }).http.fairness.dbMaxPerClient).toBe(4);
    expect(() => loadConfig({ DB_MAX_CONCURRENCY: '4', DB_MAX_PER_CLIENT: '5' })).toThrow(
      /DB_MAX_PER_CLIENT \(5\) must not exceed DB_MAX_CONCURRENCY \(4\)/,
    );
  });

  it.each([
    ['CLIENT_MAX_IN_FLIGHT', '-1', /CLIENT_MAX_IN_FLIGHT must be a whole number from 0 to/],
    ['CLIENT_MAX_IN_FLIGHT', 'four', /CLIENT_MAX_IN_FLIGHT .* got "four"/],
    ['CLIENT_MAX_QUEUED', '2.5', /CLIENT_MAX_QUEUED must be a whole number from 0 to/],
    ['DB_MAX_CONCURRENCY', '0', /DB_MAX_CONCURRENCY must be a whole number from 1 to/],
    // At or over the driver's pool, it would no longer keep connections free.
    ['DB_MAX_CONCURRENCY', String(MAX_CONNECTION_POOL_SIZE), /DB_MAX_CONCURRENCY .* got "100"/],
    ['DB_MAX_PER_CLIENT', '0', /DB_MAX_PER_CLIENT must be a whole number from 1 to/],
    ['ADMISSION_WAIT_MS', '10', /ADMISSION_WAIT_MS must be a whole number from 100 to/],
    ['DB_MS_PER_POINT', '0', /DB_MS_PER_POINT must be a whole number from 1 to/],
    ['DB_MS_PER_POINT', '1e9', /DB_MS_PER_POINT .* got "1e9"/],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
