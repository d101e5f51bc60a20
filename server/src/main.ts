/**
 * `npm start`: Neo4j (local or external) up, schema applied, seeds loaded into an empty database,
 * GraphQL API and explorer served on one port. Ctrl-C stops the server and the Neo4j it started.
 */
import type { Server } from 'node:http';
import { type Connection, openDatabase } from './bootstrap.js';
import { type Config, loadConfig, loadDotEnv } from './config.js';
import { CypherCatalog } from './db/cypher-catalog.js';
import { Gateway } from './db/gateway.js';
import { createHttpServer } from './http/server.js';
import { ensureNeo4j } from './local-neo4j/local.js';
import { stopNeo4j } from './local-neo4j/launcher.js';
import { seedDatabase } from './seed/load-seeds.js';
import { exitWithError } from './startup-errors.js';

const log = (line: string) => console.log(line);

/**
 * Seeding writes the whole seed graph in one transaction, into a database that has just started:
 * on a busy machine that outlasts the per-request QUERY_TIMEOUT_MS (found by the npm start test).
 */
const SEED_TIMEOUT_MS = 120_000;

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use: stop that program or set PORT to a free port.`,
            )
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
}

/** Everything after Neo4j is up: schema, seeds when empty, and the HTTP server listening. */
async function serve(neo4j: Connection, config: Config) {
  const { driver, db } = await openDatabase(neo4j, config);
  try {
    const [state] = await db.read<{ empty: boolean }>('stats/is-empty');
    if (state?.empty) {
      const seeder = new Gateway(
        driver,
        CypherCatalog.load(),
        neo4j.database,
        Math.max(config.queryTimeoutMs, SEED_TIMEOUT_MS),
      );
      const summary = await seedDatabase(seeder);
      log(
        `Loaded the seed graph: ${summary.entities} entities, ${summary.relations} relations, ${summary.casualtyReports} casualty reports.`,
      );
    }
    const server = createHttpServer(db, config);
    await listen(server, config.port, config.host);
    return { driver, server };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const neo4j = await ensureNeo4j(config.neo4j, log);
  // A start that fails half-way (port taken, bad seed) must not leave its own Neo4j running.
  const { driver, server } = await serve(neo4j, config).catch(async (error: unknown) => {
    if (neo4j.startedHome) await stopNeo4j(neo4j.startedHome);
    throw error;
  });
  const shown =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  log(
    `\nActorGraph is running.\n  Explorer: http://${shown}:${config.port}/\n  GraphQL:  http://${shown}:${config.port}/graphql\nPress Ctrl-C to stop.`,
  );

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('\nStopping…');
    server.closeAllConnections();
    server.close();
    await driver.close();
    if (neo4j.startedHome) await stopNeo4j(neo4j.startedHome);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch(exitWithError);
