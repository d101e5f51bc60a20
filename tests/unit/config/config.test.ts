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

  it('reads editor tokens as token → name', () => {
    const config = loadConfig({
      ACTORGRAPH_EDITOR_TOKENS: 'alice:aaaaaaaaaaaaaaaa1, bob:bbbbbbbbbbbbbbbb2',
    });
    expect(config.editorTokens.get('bbbbbbbbbbbbbbbb2')).toBe('bob');
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(
      loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).neo4j.uri,
    ).toBe('neo4j+s://x.databases.neo4j.io');
  });
});
