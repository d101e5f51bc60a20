/**
 * Import speed, side by side: the same generated GTD file into two fresh instances, once through
 * Neo4j's own LOAD CSV (bench/cypher/load-csv-gtd.cypher) and once through `npm run import`'s
 * pipeline, with the same rows per transaction.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config/config.js';
import { type Params, toCypherValue } from '../../server/src/db/gateway.js';
import { entityWrite } from '../../server/src/domain/graph-write.js';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { runImport } from '../../server/src/importers/run-import.js';
import { type BenchGraph, graphSize, startBenchGraph } from './bench-graph.js';

export interface ImportPhase {
  seconds: number;
  rowsPerSecond: number;
  nodes: number;
  relationships: number;
}

/** Benchmark-only Cypher: kept out of the server's catalog (cypher/), which never runs LOAD CSV. */
const LOAD_CSV_GTD = path.join(ROOT_DIR, 'bench', 'cypher', 'load-csv-gtd.cypher');

const phase = async (graph: BenchGraph, rows: number, seconds: number): Promise<ImportPhase> => ({
  seconds: Number(seconds.toFixed(1)),
  rowsPerSecond: Math.round(rows / seconds),
  ...(await graphSize(graph)),
});

/** LOAD CSV of `file` into an instance of its own, which is stopped afterwards. */
export async function measureLoadCsv(
  file: string,
  rows: number,
  batchSize: number,
): Promise<ImportPhase> {
  const graph = await startBenchGraph();
  try {
    copyFileSync(file, path.join(graph.home, 'import', path.basename(file)));
    const editor = 'bench:load-csv';
    const now = new Date().toISOString();
    await graph.db.write('edit/upsert-entities', {
      entities: [entityWrite(GTD.source)],
      editor,
      now,
    });
    const params = { url: `file:///${path.basename(file)}`, batchSize, editor, now };
    console.error(`LOAD CSV of ${rows.toLocaleString('en')} rows…`);
    const started = Date.now();
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, which only a raw session gives.
    const session = graph.driver.session({ database: graph.connection.database });
    try {
      await session.run(readFileSync(LOAD_CSV_GTD, 'utf8'), toCypherValue(params) as Params);
    } finally {
      await session.close();
    }
    return await phase(graph, rows, (Date.now() - started) / 1000);
  } finally {
    await graph.stop();
  }
}

/** `npm run import`'s pipeline into `graph`, which stays up for the query benchmarks. */
export async function measureImporter(
  graph: BenchGraph,
  file: string,
  rows: number,
  batchSize: number,
): Promise<ImportPhase & { rejected: number }> {
  const summary = await runImport(graph.db, { dataset: GTD, file, batchSize });
  return { ...(await phase(graph, rows, summary.seconds)), rejected: summary.rejected };
}
