/** Connects to Neo4j and prepares it (schema), for `npm start`, `npm run seed` and the tests alike. */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { CypherCatalog } from './cypher-catalog.js';
import { createDriver, describeConnectError } from './driver.js';
import { BULK_TIMEOUT_MS, Gateway } from './gateway.js';
import { applySchema } from './constraints.js';
import { UserError } from '../errors/user-error.js';

/** Neo4j cannot be reached, or refused the credentials; the message says which. */
export class ConnectError extends UserError {}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Database {
  driver: Driver;
  db: Gateway;
}

/** Opens the driver, checks that the credentials work and applies the schema. */
export async function openDatabase(
  connection: Connection,
  config: Pick<Config, 'queryTimeoutMs'>,
): Promise<Database> {
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    throw new ConnectError(describeConnectError(error, connection.uri));
  }
  await applySchema(driver, connection.database);
  const db = new Gateway(driver, CypherCatalog.load(), connection.database, config.queryTimeoutMs);
  // Links stored before the time rule's properties existed get them (docs/data-model.md, "Time").
  await db.withTimeout(BULK_TIMEOUT_MS).write('edit/refresh-link-times');
  return { driver, db };
}
