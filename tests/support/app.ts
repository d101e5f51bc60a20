/**
 * The real application for integration and browser tests: driver, gateway and HTTP server (API and
 * built explorer) on a free port, against the run's throwaway Neo4j.
 */
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { type Connection, openDatabase } from '../../server/src/db/connect.js';
import { type Config, loadConfig } from '../../server/src/config/config.js';
import type { Gateway } from '../../server/src/db/gateway.js';
import { createHttpServer } from '../../server/src/http/server.js';

/** Editor token the test app accepts (ACTORGRAPH_EDITOR_TOKENS is replaced for tests). */
const TEST_EDITOR_TOKEN = 'test-editor-token-0123456789abcdef';
export const TEST_EDITOR = 'test-editor';

export interface TestApp {
  url: string;
  graphqlUrl: string;
  db: Gateway;
  close(): Promise<void>;
}

/**
 * For tests whose traffic comes from one address but stands for many clients (racing editors,
 * load under faults): no rate limit or in-flight cap, which would answer 429 instead, and every
 * database slot open to it, so that its transactions really run side by side.
 */
export const MANY_CLIENTS = {
  RATE_LIMIT_POINTS_PER_MINUTE: '0',
  CLIENT_MAX_IN_FLIGHT: '0',
  DB_MAX_PER_CLIENT: '8',
} as const;

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    ACTORGRAPH_EDITOR_TOKENS: `${TEST_EDITOR}:${TEST_EDITOR_TOKEN}`,
    PORT: '0',
    // A test file is one client running many queries: charged for their measured database time,
    // a slow machine would use up its budget. fairness.int.test.ts tests that charge.
    DB_MS_PER_POINT: '60000',
    ...overrides,
  });
}

/**
 * Starts the app against `connection`: the run's shared Neo4j unless a test brings its own (the
 * fault tests do, so that killing it leaves the other test files alone).
 */
export async function startTestApp(
  config: Config = testConfig(),
  connection: Connection = inject('neo4j'),
): Promise<TestApp> {
  const { driver, db } = await openDatabase(connection, config);
  const server = createHttpServer(db, config);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** POSTs a GraphQL document to the app and returns the parsed body and HTTP status. */
export async function gql<T = Record<string, unknown>>(
  app: Pick<TestApp, 'graphqlUrl'>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export const editorHeaders = { authorization: `Bearer ${TEST_EDITOR_TOKEN}` };
