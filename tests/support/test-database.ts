/** A throwaway local Neo4j for one test run: free ports, a temporary folder, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config/config.js';
import { boltUri } from '../../server/src/local-neo4j/instance.js';
import { ensureNeo4jJars } from '../../server/src/local-neo4j/install.js';
import { startNeo4j, stopNeo4j } from '../../server/src/local-neo4j/launcher.js';

export interface TestDatabaseInfo {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Folder of the instance, so fault tests can stop and restart it. */
  home: string;
  lib: string;
  boltPort: number;
  httpPort: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startTestDatabase(): Promise<{
  info: TestDatabaseInfo;
  /** Starts it again in the same folder, on the same ports (after a fault test killed it). */
  start: () => Promise<void>;
  stop: () => Promise<void>;
}> {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const lib = await ensureNeo4jJars(config.neo4j.dir, (line) => console.log(line));
  const home = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-test-neo4j-'));
  const info: TestDatabaseInfo = {
    uri: '',
    user: 'neo4j',
    password: `test-${process.pid}-${Date.now()}`,
    database: 'neo4j',
    home,
    lib,
    boltPort: await freePort(),
    httpPort: await freePort(),
  };
  info.uri = boltUri(info.boltPort);
  const options = { ...info, heap: '1g', pageCache: '256m' };
  await startNeo4j(options);
  return {
    info,
    start: async () => {
      await startNeo4j(options);
    },
    stop: async () => {
      await stopNeo4j(home, 15_000);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
