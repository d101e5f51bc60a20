/** The one neo4j-driver instance of a process, with settings that fail fast when the database is away. */
import neo4j, { type Driver } from 'neo4j-driver';
import { MAX_CONNECTION_POOL_SIZE } from '../config/pool-size.js';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // Integers become JS numbers here, once; ids and counts in this graph stay far below 2^53.
    disableLosslessIntegers: true,
    // A missing database should surface as SERVICE_UNAVAILABLE within seconds, not hang requests.
    // connectionTimeout bounds the TCP connect only; a hung server is bounded by the gateway.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    // One retry, after the driver's first back-off of about a second, then the error: a dropped
    // connection or a deadlock gets a second chance, and a request to a dead database fails in
    // ~1 s (at 2 s the driver retried twice more, the second time after another 2 s: ~3 s).
    maxTransactionRetryTime: 500,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    logging: { level: 'error', logger: (_level, message) => console.error(`[neo4j] ${message}`) },
    userAgent: 'actorgraph/0.1',
  });
}

/** A user-facing explanation of why connecting failed (wrong password, unreachable server). */
export function describeConnectError(error: unknown, uri: string): string {
  const code = (error as { code?: string }).code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return `Neo4j at ${uri} rejected the user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (code === 'ServiceUnavailable') {
    return `Neo4j at ${uri} cannot be reached. Check NEO4J_URI, the network, and that the server runs.`;
  }
  return `Could not connect to Neo4j at ${uri}: ${(error as Error).message}`;
}
