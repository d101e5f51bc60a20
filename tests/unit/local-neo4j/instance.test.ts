/**
 * The neo4j.conf the launcher writes. Whether Neo4j obeys it is tested against the test run's
 * real instance (tests/integration/db/local-neo4j.int.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { type InstanceOptions, neo4jConf } from '../../../server/src/local-neo4j/instance.js';

const options: InstanceOptions = {
  home: '/tmp/actorgraph-conf-test',
  lib: '/tmp/lib',
  boltPort: 7787,
  httpPort: 7574,
  password: 'secret',
  heap: '512m',
  pageCache: '64m',
};

const setting = (conf: string, name: string) =>
  conf
    .split('\n')
    .filter((line) => line.startsWith(`${name}=`))
    .map((line) => line.slice(name.length + 1));

describe('neo4jConf', () => {
  it('refuses LOAD CSV from file: URLs unless asked (Neo4j itself allows them by default)', () => {
    const name = 'dbms.security.allow_csv_import_from_file_urls';
    expect(setting(neo4jConf(options), name)).toEqual(['false']);
    expect(setting(neo4jConf({ ...options, csvFileImport: false }), name)).toEqual(['false']);
    expect(setting(neo4jConf({ ...options, csvFileImport: true }), name)).toEqual(['true']);
  });

  it('keeps the import folder inside the instance', () => {
    expect(setting(neo4jConf(options), 'server.directories.import')).toEqual([
      '/tmp/actorgraph-conf-test/import',
    ]);
  });
});
