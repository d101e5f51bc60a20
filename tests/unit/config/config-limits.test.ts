/** The settings for rate limiting and persisted operations (the rest: config.test.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config/config.js';
import { sha256Hex } from '../../../server/src/graphql/persisted/read-manifest.js';

const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const vocabulary = 'query Vocabulary { vocabulary { kinds } }';
const manifest = path.join(dir, 'manifest.json');
writeFileSync(manifest, JSON.stringify({ [sha256Hex(vocabulary)]: vocabulary }));

describe('loadConfig: rate limit and persisted operations', () => {
  it('limits by default, trusts no proxy and runs any document', () => {
    const { http } = loadConfig({});
    expect(http.rateLimitPointsPerMinute).toBe(3000);
    expect(http.trustProxy).toBe(false);
    expect(http.persistedOperations).toEqual({ operations: undefined, only: false });
  });

  it('switches rate limiting off with 0', () => {
    expect(loadConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '0' }).http.rateLimitPointsPerMinute).toBe(0);
  });

  it('reads the proxy switch, and the manifest at start-up', () => {
    const { http } = loadConfig({
      TRUST_PROXY: 'true',
      ACTORGRAPH_PERSISTED_OPERATIONS: manifest,
      ACTORGRAPH_PERSISTED_ONLY: 'yes',
    });
    expect(http.trustProxy).toBe(true);
    expect(http.persistedOperations).toEqual({
      operations: new Map([[sha256Hex(vocabulary), vocabulary]]),
      only: true,
    });
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '-5' })).toThrow(
      /RATE_LIMIT_POINTS_PER_MINUTE must be a whole number from 0/,
    );
    expect(() => loadConfig({ RATE_LIMIT_POINTS_PER_MINUTE: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'sometimes' })).toThrow(/TRUST_PROXY must be true/);
    expect(() => loadConfig({ ACTORGRAPH_PERSISTED_ONLY: 'true' })).toThrow(
      /ACTORGRAPH_PERSISTED_OPERATIONS must name the manifest/,
    );
    const missing = path.join(dir, 'missing.json');
    expect(() => loadConfig({ ACTORGRAPH_PERSISTED_OPERATIONS: missing })).toThrow(ConfigError);
    expect(() => loadConfig({ ACTORGRAPH_PERSISTED_OPERATIONS: missing })).toThrow(
      /^ACTORGRAPH_PERSISTED_OPERATIONS: cannot read .*missing\.json/,
    );
  });
});
