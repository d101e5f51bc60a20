/**
 * What the workload picks its ids and search terms from: the entities of the built graph (seed plus
 * import), read once before the load starts. Bench-only Cypher, like bench/scale/bench-graph.ts.
 */
import type { BenchGraph } from '../scale/bench-graph.js';

export interface SampledEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  /** Attacks attributed to it (claimed, suspected or perpetrated); 0 for non-groups. */
  attacks: number;
  /** From the curated seed graph rather than an import. */
  curated: boolean;
}

export interface GraphSample {
  /** Busiest first. */
  groups: SampledEntity[];
  /** Persons, states, places and organizations. */
  others: SampledEntity[];
  /** States with places or attacks in them, the most places first (a cheap proxy for activity). */
  attackStates: SampledEntity[];
}

const ENTITIES = `
MATCH (e:Entity) WHERE NOT e:Attack AND NOT e:Source
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS kind, e.name AS name,
  coalesce(e.aliases, []) AS aliases, e.createdBy STARTS WITH 'import:' AS imported,
  COUNT { (e)-[:CLAIMED|SUSPECTED_OF|PERPETRATED]->(:Attack) } AS attacks,
  COUNT { (e)<-[:IN]-(:Place) } + COUNT { (e)<-[:OCCURRED_IN]-(:Attack) } AS within
ORDER BY attacks DESC, id`;

export async function sampleGraph(graph: BenchGraph): Promise<GraphSample> {
  const { records } = await graph.driver.executeQuery(
    ENTITIES,
    {},
    { database: graph.connection.database, routing: 'READ' },
  );
  const rows = records.map((record) => ({
    entity: {
      id: record.get('id') as string,
      kind: record.get('kind') as string,
      name: record.get('name') as string,
      aliases: record.get('aliases') as string[],
      attacks: record.get('attacks') as number,
      curated: record.get('imported') !== true,
    },
    within: record.get('within') as number,
  }));
  return {
    groups: rows.filter((r) => r.entity.kind === 'Group').map((r) => r.entity),
    others: rows.filter((r) => r.entity.kind !== 'Group').map((r) => r.entity),
    attackStates: rows
      .filter((r) => r.entity.kind === 'State' && r.within > 0)
      .sort((a, b) => b.within - a.within)
      .map((r) => r.entity),
  };
}
