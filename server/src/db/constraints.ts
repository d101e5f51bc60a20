/**
 * Applies cypher/constraints/*.cypher: constraints and indexes, each `IF NOT EXISTS`, so it is safe at
 * every start. Schema files are the one place with several statements per file (separated by `;`),
 * because they are applied as a set, in file order, and never called by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CYPHER_DIR } from './cypher-catalog.js';

export function schemaStatements(dir = path.join(CYPHER_DIR, 'constraints')): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split(/;\s*(?:\n|$)/))
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

/** Creates missing constraints and indexes and waits until they are online. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = schemaStatements();
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return statements.length;
}
