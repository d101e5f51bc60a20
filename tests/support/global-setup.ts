/**
 * Vitest global setup for the integration and e2e layers: one throwaway Neo4j for the whole run,
 * schema applied and the seed graph loaded; stopped at the end, also when tests fail.
 */
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/src/db/connect.js';
import { seedDatabase } from '../../server/src/seed/load-seeds.js';
import { startTestDatabase, type TestDatabaseInfo } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabaseInfo;
    /** Why the run's Neo4j could not start; empty when it did. */
    neo4jError: string;
  }
}

/**
 * A database that cannot start fails this layer's files (see require-database.ts) instead of
 * aborting the whole run, so the other layers still run and the summary names the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let database: Awaited<ReturnType<typeof startTestDatabase>> | undefined;
  try {
    database = await startTestDatabase();
    // Seeding is one large transaction into a cold database: on a busy machine it can take minutes.
    const { driver, db } = await openDatabase(database.info, { queryTimeoutMs: 120_000 });
    try {
      await seedDatabase(db);
    } finally {
      await driver.close();
    }
  } catch (error) {
    await database?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    project.provide('neo4jError', `Neo4j could not start: ${reason.split('\n')[0]}`);
    return async () => {};
  }
  project.provide('neo4jError', '');
  project.provide('neo4j', database.info);
  return database.stop;
}
