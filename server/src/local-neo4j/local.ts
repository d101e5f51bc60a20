/** The project's default Neo4j: one instance under `.neo4j/local`, on the configured ports. */
import path from 'node:path';
import type { Neo4jConfig } from '../config/config.js';
import { type InstanceOptions, boltUri } from './instance.js';
import { ensureNeo4jJars } from './install.js';
import { checkJava } from './java.js';
import { startNeo4j, stopNeo4j } from './launcher.js';
import { claimNeo4j, findOrphan } from './owner.js';
import { localPassword } from './password.js';

/** Folder of the local instance (data, logs, pid file). */
export const localHome = (config: Neo4jConfig): string => path.join(config.dir, 'local');

/** The local instance's settings, its jars fetched first when missing (Java checked before: Maven needs it too). */
export async function localInstance(
  config: Neo4jConfig,
  log?: (line: string) => void,
): Promise<InstanceOptions> {
  checkJava();
  return {
    home: localHome(config),
    lib: await ensureNeo4jJars(config.dir, log),
    boltPort: config.boltPort,
    httpPort: config.httpPort,
    password: localPassword(config.dir, config.password),
    heap: config.heap,
    pageCache: config.pageCache,
  };
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Set when this process started the local server, so it also stops it. */
  startedHome: string | undefined;
}

/** Stops the Neo4j in `home` if the server that started it died without stopping it. */
export async function stopOrphan(home: string, log: (line: string) => void): Promise<boolean> {
  const orphan = findOrphan(home);
  if (!orphan) return false;
  log(
    `The local Neo4j (pid ${orphan.pid}) was left running by an ActorGraph server (pid ${orphan.ownerPid}) ` +
      'that ended without stopping it. Stopping it, then starting afresh.',
  );
  await stopNeo4j(home);
  return true;
}

/** Connection settings for the configured server, starting the local one when NEO4J_URI is unset. */
export async function ensureNeo4j(
  config: Neo4jConfig,
  log: (line: string) => void,
): Promise<Neo4jConnection> {
  if (config.uri) {
    return {
      uri: config.uri,
      user: config.user,
      password: config.password ?? '',
      database: config.database,
      startedHome: undefined,
    };
  }
  const instance = await localInstance(config, log);
  await stopOrphan(instance.home, log);
  const { reused } = await startNeo4j(instance);
  if (!reused) claimNeo4j(instance.home);
  log(
    reused
      ? `Using the local Neo4j already running on port ${instance.boltPort}.`
      : `Started the local Neo4j on port ${instance.boltPort}.`,
  );
  return {
    uri: boltUri(instance.boltPort),
    user: 'neo4j',
    password: instance.password,
    database: config.database,
    startedHome: reused ? undefined : instance.home,
  };
}
