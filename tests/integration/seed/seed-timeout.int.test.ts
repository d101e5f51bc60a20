/**
 * A first start never times out on its own data: `npm start` with QUERY_TIMEOUT_MS=1 on an empty
 * database comes up with the whole seed graph, because loading the seeds (and applying the
 * schema) is bulk work with its own limit. A Neo4j of this file's own, since the run's shared one
 * already holds the seeds.
 */
import { spawn } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import { SEEDS_DIR } from '../../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import { freePort, startTestDatabase } from '../../support/test-database.js';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(async () => {
  await database?.stop();
});

describe('the first start with a 1 ms query timeout', () => {
  it('loads the full seed graph into an empty database and serves', async () => {
    const { info } = database;
    const main = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        NEO4J_URI: info.uri,
        NEO4J_USER: info.user,
        NEO4J_PASSWORD: info.password,
        PORT: String(await freePort()),
        QUERY_TIMEOUT_MS: '1',
        // Tests never read the article texts.
        ACTORGRAPH_SOURCES_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    main.stdout.on('data', (data: Buffer) => (output += data.toString()));
    main.stderr.on('data', (data: Buffer) => (output += data.toString()));
    const exited = new Promise<number | null>((resolve) => main.once('close', resolve));
    try {
      const ready = await Promise.race([
        new Promise<boolean>((resolve) =>
          main.stdout.on('data', () => output.includes('ActorGraph is running.') && resolve(true)),
        ),
        exited.then(() => false),
      ]);
      expect(ready, output).toBe(true);
    } finally {
      main.kill('SIGTERM');
      await exited;
    }
    const set = readSeeds(SEEDS_DIR);
    const entities = set.sources.length + set.entities.length;
    expect(output).toContain(
      `Loaded the seed graph: ${entities} entities, ${set.relations.length} relations,`,
    );
    const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
      disableLosslessIntegers: true,
    });
    try {
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS links',
      );
      expect(records[0]!.get('nodes')).toBe(entities);
      expect(records[0]!.get('links')).toBeGreaterThanOrEqual(set.relations.length);
    } finally {
      await driver.close();
    }
  });
});
