/**
 * Where a query's time goes: `PROFILE` of a named query with the parameters the API gave it, over
 * the bare driver, flattened to one row per plan operator with its rows and database hits.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { CypherCatalog } from '../../server/src/db/cypher-catalog.js';
import { type Params, toCypherValue } from '../../server/src/db/gateway.js';
import type { RecordedQuery } from '../scale/record-queries.js';

interface OperatorRow {
  /** Depth in the plan tree (0 = the root, which produces the result). */
  depth: number;
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

export interface QueryProfile {
  name: string;
  ms: number;
  totalDbHits: number;
  operators: OperatorRow[];
}

const num = (value: unknown) => Number(value ?? 0);

function flatten(plan: ProfiledPlan, depth: number, into: OperatorRow[]): OperatorRow[] {
  const args = plan.arguments as Record<string, unknown>;
  into.push({
    depth,
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: String(args['Details'] ?? '').slice(0, 160),
    rows: num(plan.rows),
    dbHits: num(plan.dbHits),
  });
  for (const child of plan.children) flatten(child, depth + 1, into);
  return into;
}

/** PROFILEs `query` once; `timeoutMs` stops a search that would run away. */
export async function profileQuery(
  driver: Driver,
  database: string,
  query: RecordedQuery,
  timeoutMs: number,
): Promise<QueryProfile> {
  const text = `PROFILE\n${CypherCatalog.load().get(query.name)}`;
  const start = performance.now();
  const { summary } = await driver.executeQuery(text, toCypherValue(query.params) as Params, {
    database,
    routing: 'READ',
    transactionConfig: { timeout: timeoutMs },
  });
  const ms = performance.now() - start;
  if (!summary.profile) throw new Error(`No profile for ${query.name}`);
  const operators = flatten(summary.profile, 0, []);
  return {
    name: query.name,
    ms: Math.round(ms),
    totalDbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
    operators,
  };
}
