/**
 * A throwaway Neo4j for one benchmark phase, started with the project's launcher in a temporary
 * folder on free ports (never the user's .neo4j/local), with the schema and the seed graph.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type Connection, openDatabase } from '../../server/src/db/connect.js';
import { loadConfig } from '../../server/src/config/config.js';
import type { Gateway } from '../../server/src/db/gateway.js';
import { boltUri } from '../../server/src/local-neo4j/instance.js';
import { ensureNeo4jJars } from '../../server/src/local-neo4j/install.js';
import { startNeo4j, stopNeo4j } from '../../server/src/local-neo4j/launcher.js';
import { seedDatabase } from '../../server/src/seed/load-seeds.js';
import { freePort } from '../../tests/support/test-database.js';

export interface BenchGraph {
  connection: Connection;
  /** The instance's folder; LOAD CSV reads files from its import/ folder. */
  home: string;
  driver: Driver;
  db: Gateway;
  stop(): Promise<void>;
}

/** Memory for each benchmark instance: the same for every phase, so the phases compare. */
const HEAP = '2g';
const PAGE_CACHE = '1g';

export async function startBenchGraph(): Promise<BenchGraph> {
  const lib = await ensureNeo4jJars(
    loadConfig({ ...process.env, NEO4J_URI: '' }).neo4j.dir,
    (line) => console.error(line),
  );
  const home = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-neo4j-'));
  const options = {
    home,
    lib,
    boltPort: await freePort(),
    httpPort: await freePort(),
    password: randomBytes(12).toString('base64url'),
    heap: HEAP,
    pageCache: PAGE_CACHE,
    // The LOAD CSV baseline reads its file from import/; no other Neo4j of the project may.
    csvFileImport: true,
  };
  await startNeo4j(options);
  const connection = {
    uri: boltUri(options.boltPort),
    user: 'neo4j',
    password: options.password,
    database: 'neo4j',
  };
  const { driver, db } = await openDatabase(connection, { queryTimeoutMs: 600_000 });
  await seedDatabase(db);
  return {
    connection,
    home,
    driver,
    db,
    stop: async () => {
      await driver.close();
      await stopNeo4j(home);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Nodes and relationships in the graph. */
export async function graphSize(
  graph: BenchGraph,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await graph.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: graph.connection.database },
  );
  return {
    nodes: records[0]!.get('nodes') as number,
    relationships: records[0]!.get('relationships') as number,
  };
}
