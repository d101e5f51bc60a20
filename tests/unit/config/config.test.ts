import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config/config.js';

describe('loadConfig', () => {
  it('has defaults for a local start', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({
      uri: undefined,
      boltPort: 7687,
      httpPort: 7474,
      database: 'neo4j',
    });
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI must start with/);
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' })).toThrow(
      /NEO4J_PASSWORD must be set/,
    );
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ ACTORGRAPH_EDITOR_TOKENS: 'alice:short' })).toThrow(
      /16\+ characters/,
    );
  });

  it('reads editor tokens as token → name with the EDITOR role', () => {
    const config = loadConfig({
      ACTORGRAPH_EDITOR_TOKENS: 'alice:aaaaaaaaaaaaaaaa1, bob:bbbbbbbbbbbbbbbb2',
    });
    expect(config.tokens.get('bbbbbbbbbbbbbbbb2')).toEqual({ name: 'bob', role: 'EDITOR' });
    expect(config.readRequiresToken).toBe(false);
  });

  it('reads name:role:token entries, roles in any case, with the old list beside them', () => {
    const config = loadConfig({
      ACTORGRAPH_TOKENS: 'vera:viewer:vvvvvvvvvvvvvvvv1,ada : ADMIN : aaaa:aaaaaaaaaaaa2',
      ACTORGRAPH_EDITOR_TOKENS: 'ed:eeeeeeeeeeeeeeee3',
      ACTORGRAPH_READ_REQUIRES_TOKEN: 'true',
    });
    expect([...config.tokens]).toEqual([
      ['vvvvvvvvvvvvvvvv1', { name: 'vera', role: 'VIEWER' }],
      ['aaaa:aaaaaaaaaaaa2', { name: 'ada', role: 'ADMIN' }],
      ['eeeeeeeeeeeeeeee3', { name: 'ed', role: 'EDITOR' }],
    ]);
    expect(config.readRequiresToken).toBe(true);
  });

  it.each([
    ['vera:viewer', /ACTORGRAPH_TOKENS: entry 1 is not name:role:token/],
    ['vera:owner:vvvvvvvvvvvvvvvv1', /entry 1 has role "owner", not one of VIEWER, EDITOR, ADMIN/],
    ['a:editor:aaaaaaaaaaaaaaaa1,:editor:bbbbbbbbbbbbbbbb2', /entry 2 has no name/],
    ['vera:viewer:short', /entry 1 needs a token of 16\+ characters/],
    ['a:editor:aaaaaaaaaaaaaaaa1,b:admin:aaaaaaaaaaaaaaaa1', /entry 2 repeats a token/],
  ])('refuses ACTORGRAPH_TOKENS=%s at start-up, never quoting a token', (value, message) => {
    let thrown: unknown;
    try {
      loadConfig({ ACTORGRAPH_TOKENS: value });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/aaaaaaaaaaaaaaaa1|vvvvvvvvvvvvvvvv1|short/);
  });

  it('refuses a token given in both lists', () => {
    expect(() =>
      loadConfig({
        ACTORGRAPH_TOKENS: 'a:viewer:aaaaaaaaaaaaaaaa1',
        ACTORGRAPH_EDITOR_TOKENS: 'b:aaaaaaaaaaaaaaaa1',
      }),
    ).toThrow(/ACTORGRAPH_EDITOR_TOKENS: entry 1 repeats a token/);
    expect(() => loadConfig({ ACTORGRAPH_READ_REQUIRES_TOKEN: 'maybe' })).toThrow(
      /ACTORGRAPH_READ_REQUIRES_TOKEN must be true or false/,
    );
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(
      loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).neo4j.uri,
    ).toBe('neo4j+s://x.databases.neo4j.io');
  });
});
