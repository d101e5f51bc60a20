/**
 * The API's overhead is measured against the very Cypher it runs: one request goes through the
 * real schema and resolvers with a gateway that notes each named query and its parameters, and
 * the benchmark then replays that list over the raw driver.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../server/src/config/config.js';
import { CypherCatalog } from '../../server/src/db/cypher-catalog.js';
import { Gateway, type Params, toCypherValue } from '../../server/src/db/gateway.js';
import { createYogaApp } from '../../server/src/graphql/yoga.js';
import type { GraphqlRequest } from './api-queries.js';

export interface RecordedQuery {
  name: string;
  params: Params;
}

class RecordingGateway extends Gateway {
  readonly recorded: RecordedQuery[] = [];

  override read<T>(name: string, params: Params = {}): Promise<T[]> {
    this.recorded.push({ name, params });
    return super.read<T>(name, params);
  }
}

/** The named queries one request runs, in the order the resolvers ran them. */
export async function recordQueries(
  driver: Driver,
  database: string,
  request: GraphqlRequest,
): Promise<RecordedQuery[]> {
  const gateway = new RecordingGateway(driver, CypherCatalog.load(), database, 600_000);
  const yoga = createYogaApp(gateway, loadConfig({}));
  const response = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) {
    throw new Error(`The API answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
  return gateway.recorded;
}

/** Runs the recorded queries over the raw driver, one after another, as the API did. */
export function rawReplay(
  driver: Driver,
  database: string,
  recorded: readonly RecordedQuery[],
): () => Promise<void> {
  const catalog = CypherCatalog.load();
  const queries = recorded.map((q) => ({
    text: catalog.get(q.name),
    params: toCypherValue(q.params) as Params,
  }));
  return async () => {
    for (const query of queries) {
      await driver.executeQuery(query.text, query.params, { database, routing: 'READ' });
    }
  };
}
