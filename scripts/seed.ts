/** `npm run seed`: (re)loads seeds/ into the configured Neo4j, idempotently, in one transaction. */
import { openDatabase } from '../server/src/bootstrap.js';
import { loadConfig, loadDotEnv } from '../server/src/config.js';
import { ensureNeo4j } from '../server/src/local-neo4j/local.js';
import { seedDatabase } from '../server/src/seed/load-seeds.js';
import { exitWithError } from '../server/src/startup-errors.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const connection = await ensureNeo4j(config.neo4j, console.log);
  const { driver, db } = await openDatabase(connection, config);
  try {
    const summary = await seedDatabase(db, { log: console.log });
    console.log(
      `Seed graph loaded: ${summary.entities} entities, ${summary.relations} relations, ${summary.casualtyReports} casualty reports, ${summary.duplicateSources} duplicate source link(s).`,
    );
  } finally {
    await driver.close();
  }
}

main().catch(exitWithError);
