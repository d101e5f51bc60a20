/**
 * `npm start`: Neo4j (local or external) up, schema applied, seeds loaded into an empty database,
 * GraphQL API and explorer served on one port. Ctrl-C stops the server and the Neo4j it started.
 */
import { parseCommand } from './cli/command-line.js';
import { runCommand } from './cli/report-error.js';
import { connectDatabase, readConfig } from './cli/start-up.js';
import { BULK_TIMEOUT_MS } from './db/gateway.js';
import { createHttpServer } from './http/server.js';
import { listen } from './http/listen.js';
import { exitCleanlyOnCrash } from './cli/last-resort.js';
import { seedDatabase } from './seed/load-seeds.js';

const log = (line: string) => console.log(line);

const COMMAND = {
  usage: 'npm start',
  summary:
    'Starts Neo4j (the local one, or NEO4J_URI), loads the seeds into an empty database and serves ' +
    'the API and the explorer on PORT. Settings come from the environment and .env (see .env.example).',
  options: {},
};

runCommand(async () => {
  parseCommand(COMMAND);
  const config = readConfig();
  const database = await connectDatabase(config, log);
  const { db, connection } = database;
  exitCleanlyOnCrash(connection.startedHome);
  let server;
  try {
    // Start-up work, not an interactive query: not bound by QUERY_TIMEOUT_MS.
    const bulk = db.withTimeout(BULK_TIMEOUT_MS);
    const [state] = await bulk.read<{ empty: boolean }>('stats/is-empty');
    if (state?.empty) {
      const summary = await seedDatabase(bulk, { seedDir: config.seedsDir, log });
      log(
        `Loaded the seed graph: ${summary.entities} entities, ${summary.relations} relations, ${summary.casualtyReports} casualty reports.`,
      );
    }
    server = createHttpServer(db, config);
    await listen(server, config.port, config.host);
  } catch (error) {
    // A start that fails half-way (port taken, bad seed) must not leave its own Neo4j running.
    await database.close(true);
    throw error;
  }
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
    await database.close(connection.startedHome !== undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
});
