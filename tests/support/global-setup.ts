/**
 * Vitest global setup for the integration and e2e layers: one throwaway Neo4j for the whole run,
 * schema applied and the seed graph loaded; stopped at the end, also when tests fail.
 */
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/src/bootstrap.js';
import { seedDatabase } from '../../server/src/seed/load-seeds.js';
import { startTestDatabase, type TestDatabaseInfo } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabaseInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { info, stop } = await startTestDatabase();
  try {
    const { driver, db } = await openDatabase(info, { queryTimeoutMs: 30_000 });
    await seedDatabase(db);
    await driver.close();
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('neo4j', info);
  return stop;
}
