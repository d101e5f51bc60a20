/**
 * The start-up every command that needs the database shares: `.env` and the configuration, Neo4j
 * (the local one, started when needed, or NEO4J_URI), the connection and the schema. A start that
 * fails after it started the local Neo4j stops that Neo4j again.
 */
import type { Driver } from 'neo4j-driver';
import { openDatabase } from '../db/connect.js';
import { type Config, loadConfig, loadDotEnv } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { stopNeo4j } from '../local-neo4j/launcher.js';
import { ensureNeo4j, type Neo4jConnection } from '../local-neo4j/local.js';

/** Loads `.env` (shell values win) and reads the configuration; throws ConfigError. */
export function readConfig(): Config {
  loadDotEnv();
  return loadConfig();
}

export interface OpenedDatabase {
  connection: Neo4jConnection;
  driver: Driver;
  db: Gateway;
  /** Closes the driver; with `stopStarted`, also stops the Neo4j this process started. */
  close(stopStarted?: boolean): Promise<void>;
}

/** Neo4j up, connected and with the schema; queries get `queryTimeoutMs` (QUERY_TIMEOUT_MS). */
export async function connectDatabase(
  config: Config,
  log: (line: string) => void,
  queryTimeoutMs = config.queryTimeoutMs,
): Promise<OpenedDatabase> {
  const connection = await ensureNeo4j(config.neo4j, log);
  const stopStartedNeo4j = async () => {
    if (connection.startedHome) await stopNeo4j(connection.startedHome);
  };
  try {
    const { driver, db } = await openDatabase(connection, { queryTimeoutMs });
    return {
      connection,
      driver,
      db,
      close: async (stopStarted = false) => {
        await driver.close();
        if (stopStarted) await stopStartedNeo4j();
      },
    };
  } catch (error) {
    await stopStartedNeo4j();
    throw error;
  }
}
