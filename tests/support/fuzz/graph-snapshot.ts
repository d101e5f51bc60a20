/**
 * Every node and relationship of the database with all its properties, to tell what a fuzz run
 * changed: pre-existing elements must come out byte for byte the same; new ones must have been
 * created by the test editor, and are removed afterwards.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { TestDatabaseInfo } from '../test-database.js';

/** Element id → a canonical description of the element (labels or type, ends, properties). */
export type GraphSnapshot = Map<string, string>;

/** JSON with object keys sorted, so equal properties give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function openDriver(info: TestDatabaseInfo): Driver {
  return neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
    disableLosslessIntegers: true,
  });
}

export async function snapshot(driver: Driver): Promise<GraphSnapshot> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n) RETURN elementId(n) AS key, [labels(n), properties(n)] AS value
      UNION ALL
      MATCH (a)-[r]->(b) RETURN elementId(r) AS key, [type(r), elementId(a), elementId(b), properties(r)] AS value
    }
    RETURN key, value`);
  return new Map(records.map((r) => [r.get('key') as string, canonical(r.get('value'))]));
}

export interface GraphChanges {
  /** Elements that existed before and are gone or different now. */
  changed: string[];
  /** Descriptions of the elements that are new. */
  added: string[];
}

export function compare(before: GraphSnapshot, after: GraphSnapshot): GraphChanges {
  const changed = [...before]
    .filter(([key, value]) => after.get(key) !== value)
    .map(([key, value]) => `${value} → ${after.get(key) ?? 'deleted'}`);
  const added = [...after].filter(([key]) => !before.has(key)).map(([, value]) => value);
  return { changed, added };
}

/** Deletes the elements that are not in `before` (relationships first, then nodes). */
export async function restore(driver: Driver, before: GraphSnapshot): Promise<void> {
  const keep = [...before.keys()];
  await driver.executeQuery('MATCH ()-[r]->() WHERE NOT elementId(r) IN $keep DELETE r', { keep });
  await driver.executeQuery('MATCH (n) WHERE NOT elementId(n) IN $keep DETACH DELETE n', { keep });
}

/** Entities that break the one-kind rule: labels other than :Entity and the label of their kind. */
export async function kindLabelProblems(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH (n:Entity)
    WHERE size(labels(n)) <> 2 OR NOT n.kind IN labels(n)
    RETURN n.id AS id, labels(n) AS labels, n.kind AS kind`);
  return records.map(
    (r) =>
      `${r.get('id')} has the labels ${JSON.stringify(r.get('labels'))} and kind ${r.get('kind')}`,
  );
}
