/**
 * Shared by the import integration tests: the run's database, a quiet importer, the CLI as a child
 * process, and a fingerprint of everything an import wrote (timestamps left out, evidence sorted),
 * so two graphs can be compared exactly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { openDatabase } from '../../../server/src/db/connect.js';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import type { Dataset } from '../../../server/src/importers/datasets/dataset.js';
import { importEditor, type ImportOptions } from '../../../server/src/importers/import-options.js';
import { runImport } from '../../../server/src/importers/run-import.js';

export const FIXTURES = path.join(ROOT_DIR, 'tests/integration/importers/fixtures');
const info = inject('neo4j');

export async function connect() {
  const database = await openDatabase(info, { queryTimeoutMs: 120_000 });
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
    disableLosslessIntegers: true,
  });
  return {
    ...database,
    raw: driver,
    /** Imports without drawing progress. */
    run: (options: Omit<ImportOptions, 'progress'>) =>
      runImport(database.db, { ...options, progress: { out: { write: () => true } } }),
    /** Removes what the importers created (cypher/import/delete-imported). */
    cleanUp: (...datasets: Dataset[]) =>
      database.db.write('import/delete-imported', { editors: datasets.map(importEditor) }),
    close: async () => {
      await driver.close();
      await database.driver.close();
    },
  };
}

export type Connection = Awaited<ReturnType<typeof connect>>;

const VOLATILE = new Set(['createdAt', 'updatedAt', 'evidenceSources', 'evidenceQuotes']);

/** Properties without the write times, and evidence as sorted source: quote pairs. */
const withoutTimestamps = (props: Record<string, unknown>) => {
  const sources = (props.evidenceSources as string[] | undefined) ?? [];
  const evidence = sources.map((s, i) => `${s}: ${(props.evidenceQuotes as string[])[i]}`).sort();
  const rest = Object.entries(props).filter(([key]) => !VOLATILE.has(key));
  return JSON.stringify({ ...Object.fromEntries(rest.sort()), evidence });
};

/** Every entity an import of `dataset` created and every link touching one, as sorted lines. */
export async function fingerprint(connection: Connection, dataset: Dataset): Promise<string[]> {
  const editor = importEditor(dataset);
  const nodes = await connection.raw.executeQuery(
    'MATCH (n:Entity) WHERE n.createdBy = $editor RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
    { editor },
  );
  const links = await connection.raw.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.createdBy = $editor OR b.createdBy = $editor
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { editor },
  );
  return [
    ...nodes.records.map(
      (r) =>
        `${r.get('id')} ${[...r.get('labels')].sort().join(':')} ${withoutTimestamps(r.get('props'))}`,
    ),
    ...links.records.map(
      (r) =>
        `${r.get('from')} -${r.get('type')}-> ${r.get('to')} ${withoutTimestamps(r.get('props'))}`,
    ),
  ].sort();
}

/** Counts per kind and relationship type of the whole graph: what other test files rely on. */
export async function graphCounts(connection: Connection): Promise<Record<string, number>> {
  const { records } = await connection.raw.executeQuery(`
    CALL () { MATCH (n:Entity) RETURN n.kind AS key, count(*) AS n
      UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n }
    RETURN key, n ORDER BY key`);
  return Object.fromEntries(records.map((r) => [r.get('key'), r.get('n')]));
}

/** `npm run import` as a child process against the test database. */
export function spawnImport(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      NEO4J_URI: info.uri,
      NEO4J_USER: info.user,
      NEO4J_PASSWORD: info.password,
      NEO4J_DATABASE: info.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the exit code (or signal) and the output of a child process. */
export function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
}
