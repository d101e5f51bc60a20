import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ConnectError, openDatabase } from '../../../server/src/db/connect.js';
import { neo4jVersion } from '../../../server/src/local-neo4j/install.js';
import { Neo4jStartError, startNeo4j } from '../../../server/src/local-neo4j/launcher.js';
import { freePort } from '../../support/test-database.js';

const info = inject('neo4j');
const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
afterAll(() => driver.close());

describe('the local Neo4j', () => {
  it('is the pinned Community version, bound to loopback, with auth on', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    expect(records[0]?.toObject()).toEqual({ version: neo4jVersion(), edition: 'community' });
    expect(neo4jVersion()).toMatch(/^5\.26\./);
    const settings = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.bolt.listen_address', 'dbms.security.auth_enabled'] RETURN name, value ORDER BY name",
    );
    expect(settings.records.map((r) => r.get('value'))).toEqual([
      'true',
      `127.0.0.1:${info.boltPort}`,
    ]);
  });

  it('refuses LOAD CSV from a file: URL, naming the setting (only bench instances allow it)', async () => {
    // A real file in the instance's import folder, so the refusal is not a missing file.
    writeFileSync(path.join(info.home, 'import', 'probe.csv'), 'id\n1\n');
    const settings = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.security.allow_csv_import_from_file_urls' RETURN value",
    );
    expect(settings.records.map((r) => r.get('value'))).toEqual(['false']);
    const attempt = driver.executeQuery(
      "LOAD CSV WITH HEADERS FROM 'file:///probe.csv' AS row RETURN count(row) AS rows",
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ExternalResourceFailed',
    });
    await expect(attempt).rejects.toThrow(/dbms\.security\.allow_csv_import_from_file_urls/);
  });

  it('reuses the instance already running in a folder instead of starting a second', async () => {
    const result = await startNeo4j({ ...info, heap: '512m', pageCache: '64m' });
    expect(result.reused).toBe(true);
  });

  it('refuses a wrong password with an actionable message', async () => {
    await expect(
      openDatabase({ ...info, password: 'not-the-password' }, { queryTimeoutMs: 5000 }),
    ).rejects.toThrow(ConnectError);
    await expect(
      openDatabase({ ...info, password: 'not-the-password' }, { queryTimeoutMs: 5000 }),
    ).rejects.toThrow(/NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('says what to do when an external server cannot be reached', async () => {
    const port = await freePort();
    await expect(
      openDatabase({ ...info, uri: `bolt://127.0.0.1:${port}` }, { queryTimeoutMs: 5000 }),
    ).rejects.toThrow(/cannot be reached\. Check NEO4J_URI/);
  });

  it('names the busy port instead of failing obscurely', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-port-test-'));
    try {
      const attempt = startNeo4j({
        ...info,
        home,
        httpPort: await freePort(),
        heap: '256m',
        pageCache: '32m',
      });
      await expect(attempt).rejects.toThrow(Neo4jStartError);
      await expect(
        startNeo4j({ ...info, home, httpPort: await freePort(), heap: '256m', pageCache: '32m' }),
      ).rejects.toThrow(
        new RegExp(`Port ${info.boltPort} \\(Neo4j Bolt\\) is already in use.*NEO4J_BOLT_PORT`),
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('applies the schema idempotently: constraints and the full-text index exist once', async () => {
    // A database from before entity_name_search still has its predecessor, which must go.
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Group|Person) ON EACH [n.name]',
    );
    const { driver: second } = await openDatabase(info, { queryTimeoutMs: 10_000 });
    await second.close();
    const { records } = await driver.executeQuery(
      'SHOW INDEXES YIELD name, type, state RETURN name, type, state',
    );
    const indexes = records.map((r) => r.toObject());
    expect(indexes.filter((i) => i.type === 'FULLTEXT')).toEqual([
      { name: 'entity_name_search', type: 'FULLTEXT', state: 'ONLINE' },
    ]);
    const constraints = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
    );
    expect(constraints.records[0]?.get('names')).toEqual(
      expect.arrayContaining(['entity_id', 'group_id', 'attack_id', 'source_id']),
    );
  });
});
