/**
 * Configuration, read once from the environment (and `.env` when present). Every other module gets
 * its settings from here, so the set of variables is documented in one place: docs/configuration.md
 * and .env.example (a unit test keeps both in step with what this file reads).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_CONNECTION_POOL_SIZE } from './pool-size.js';
import { readManifest } from '../graphql/persisted/read-manifest.js';
import { UserError } from '../errors/user-error.js';
import { parseTokens, type TokenHolder } from './tokens.js';
import type { FetchSettings } from '../fetch/download.js';

/** The repository root, whatever the working directory. */
export const ROOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);

export interface Neo4jConfig {
  /** Set for an external server (cluster, Aura); unset means the project's local Neo4j. */
  uri: string | undefined;
  user: string;
  /** Unset for the local server: the launcher then uses the generated password file. */
  password: string | undefined;
  database: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Folder for the Neo4j jars and the local database. */
  dir: string;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Bearer token → its holder's name and role (config/tokens.ts). */
  tokens: Map<string, TokenHolder>;
  /** Every read needs at least a viewer's token (a private deployment). */
  readRequiresToken: boolean;
  /** Longest a single Cypher transaction may run (seed loading and imports get longer). */
  queryTimeoutMs: number;
  /** The seed folder `npm start` (into an empty database) and `npm run seed` load. */
  seedsDir: string;
  http: HttpConfig;
  /** Limits of `fetchSource` (fetch/download.ts). */
  fetch: FetchSettings;
}

export interface HttpConfig {
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Serve GraphiQL on GET /graphql (switch off in production). */
  graphiql: boolean;
  /** Answer introspection queries (switch off in production). */
  introspection: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Time a client has to send a whole request, headers included. */
  requestTimeoutMs: number;
  /** Time a client has to send a request's headers (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** Sockets one address may hold open at once; 0 is no cap (see http/connection-caps.ts). */
  maxConnectionsPerClient: number;
  /** Request-body bytes one address may have in flight at once; 0 is no cap. */
  maxBufferedBytesPerClient: number;
  /**
   * Points each client may spend per minute on operations, which is also its burst (see
   * limits/operation-cost.ts for the prices); 0 switches rate limiting off.
   */
  rateLimitPointsPerMinute: number;
  /** Tell clients apart by the last X-Forwarded-For entry: only behind a proxy that appends it. */
  trustProxy: boolean;
  fairness: FairnessConfig;
  persistedOperations: PersistedOperationsConfig;
}

/** Sharing the server between clients (limits/fair-scheduler.ts). */
interface FairnessConfig {
  /** GraphQL requests one client may have in flight; 0 switches the cap off. */
  clientMaxInFlight: number;
  /** Requests of one client that may wait for one of its slots; more get 429 at once. */
  clientMaxQueued: number;
  /** Database transactions running at once, over all clients, served round-robin. */
  dbMaxConcurrency: number;
  /** Of those, the most one client may hold. */
  dbMaxPerClient: number;
  /** Longest a request or a transaction waits for its turn: then 429 or 503, with Retry-After. */
  admissionWaitMs: number;
  /** Transaction time that costs a client one point of its rate limit, charged after the run. */
  dbMsPerPoint: number;
}

interface PersistedOperationsConfig {
  /** Hash → document, from the manifest file; undefined when none is set. */
  operations: ReadonlyMap<string, string> | undefined;
  /** Run nothing but the manifest's operations. */
  only: boolean;
}

/** A setting with a bad value; the message names the variable and quotes the value. */
export class ConfigError extends UserError {
  constructor(message: string) {
    super(message, 'Set it in .env or the environment (.env.example lists every setting).');
  }
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min = 1,
  max = 65535,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function memorySize(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!/^\d+[kmg]$/i.test(value)) {
    throw new ConfigError(`${name} must be a size such as 512m or 2g, got "${value}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}".`);
}

/** The manifest is read here, so a bad one stops `npm start` before Neo4j starts. */
function persistedOperations(env: NodeJS.ProcessEnv): PersistedOperationsConfig {
  const file = env.ACTORGRAPH_PERSISTED_OPERATIONS || undefined;
  const only = flag(env, 'ACTORGRAPH_PERSISTED_ONLY', false);
  if (only && !file) {
    throw new ConfigError(
      'ACTORGRAPH_PERSISTED_ONLY is true, so ACTORGRAPH_PERSISTED_OPERATIONS must name the manifest ' +
        '(npm run persisted writes the explorer’s to build/persisted-operations.json).',
    );
  }
  if (!file) return { operations: undefined, only };
  try {
    return { operations: readManifest(path.resolve(ROOT_DIR, file)), only };
  } catch (error) {
    throw new ConfigError(`ACTORGRAPH_PERSISTED_OPERATIONS: ${(error as Error).message}`);
  }
}

function origins(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entries must be origins such as https://analyst.example.org, got "${origin}".`,
      );
    }
  }
  return list;
}

/** Node refuses a headers timeout longer than the request timeout; say so by name instead. */
function headersTimeout(env: NodeJS.ProcessEnv): number {
  const request = integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000);
  return integer(env, 'HEADERS_TIMEOUT_MS', Math.min(10_000, request), 500, request);
}

/** Reads and checks the environment; throws ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}".`,
    );
  }
  if (uri && !env.NEO4J_PASSWORD) {
    throw new ConfigError(
      'NEO4J_URI is set, so NEO4J_PASSWORD must be set too (the external server’s password).',
    );
  }
  return {
    port: integer(env, 'PORT', 4000, 0),
    host: env.HOST || '127.0.0.1',
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
      boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687),
      httpPort: integer(env, 'NEO4J_HTTP_PORT', 7474),
      heap: memorySize(env, 'NEO4J_HEAP', '1g'),
      pageCache: memorySize(env, 'NEO4J_PAGECACHE', '512m'),
      dir: path.resolve(ROOT_DIR, env.ACTORGRAPH_NEO4J_DIR || '.neo4j'),
    },
    tokens: parseTokens(env),
    readRequiresToken: flag(env, 'ACTORGRAPH_READ_REQUIRES_TOKEN', false),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 10_000, 1, 600_000),
    seedsDir: path.resolve(ROOT_DIR, env.ACTORGRAPH_SEEDS_DIR || 'seeds'),
    http: {
      corsOrigins: origins(env.CORS_ORIGINS),
      graphiql: flag(env, 'ACTORGRAPH_GRAPHIQL', true),
      introspection: flag(env, 'ACTORGRAPH_INTROSPECTION', true),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000),
      headersTimeoutMs: headersTimeout(env),
      maxConnectionsPerClient: integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 64, 0, 1_000_000),
      maxBufferedBytesPerClient: integer(
        env,
        'MAX_BUFFERED_BYTES_PER_CLIENT',
        4 * 1024 * 1024,
        0,
        1024 * 1024 * 1024,
      ),
      // About six times what a busy analyst spends in the explorer (a trace is ~50 points).
      rateLimitPointsPerMinute: integer(env, 'RATE_LIMIT_POINTS_PER_MINUTE', 3000, 0, 10_000_000),
      trustProxy: flag(env, 'TRUST_PROXY', false),
      fairness: fairness(env),
      persistedOperations: persistedOperations(env),
    },
    fetch: {
      maxBytes: integer(env, 'FETCH_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      timeoutMs: integer(env, 'FETCH_TIMEOUT_MS', 20_000, 100, 600_000),
      maxRedirects: integer(env, 'FETCH_MAX_REDIRECTS', 5, 0, 20),
      allowPrivateAddresses: flag(env, 'FETCH_ALLOW_PRIVATE_ADDRESSES', false),
    },
  };
}

/** The fairness settings; a client's share of the database must fit in the whole. */
function fairness(env: NodeJS.ProcessEnv): FairnessConfig {
  // Kept below the driver's pool, so connections stay free for /ready and for imports.
  const dbMaxConcurrency = integer(env, 'DB_MAX_CONCURRENCY', 8, 1, MAX_CONNECTION_POOL_SIZE - 10);
  // An eighth by default (one slot of 8): with a quarter, two timelines of every attack from one
  // client slowed another client's lookups to a p99 of 3 s on 2 cores (npm run bench:fairness).
  const dbMaxPerClient = integer(
    env,
    'DB_MAX_PER_CLIENT',
    Math.max(1, Math.floor(dbMaxConcurrency / 8)),
    1,
    MAX_CONNECTION_POOL_SIZE,
  );
  if (dbMaxPerClient > dbMaxConcurrency) {
    throw new ConfigError(
      `DB_MAX_PER_CLIENT (${dbMaxPerClient}) must not exceed DB_MAX_CONCURRENCY (${dbMaxConcurrency}).`,
    );
  }
  return {
    clientMaxInFlight: integer(env, 'CLIENT_MAX_IN_FLIGHT', 4, 0, 10_000),
    clientMaxQueued: integer(env, 'CLIENT_MAX_QUEUED', 16, 0, 100_000),
    dbMaxConcurrency,
    dbMaxPerClient,
    admissionWaitMs: integer(env, 'ADMISSION_WAIT_MS', 10_000, 100, 600_000),
    dbMsPerPoint: integer(env, 'DB_MS_PER_POINT', 10, 1, 60_000),
  };
}

/** Loads `.env` from the repository root into process.env when it exists (shell values win). */
export function loadDotEnv(): void {
  const file = path.join(ROOT_DIR, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
