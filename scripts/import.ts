/**
 * `npm run import -- gtd|acled <file.csv> [--rejects <folder>] [--batch-size <rows>] [--encoding utf8|latin1]`:
 * streams a GTD or ACLED export into the configured Neo4j (NEO4J_URI, or the local one), with a
 * progress bar on stderr, a reject report for bad rows and a summary at the end.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/src/bootstrap.js';
import { loadConfig, loadDotEnv } from '../server/src/config.js';
import { ImportFileError } from '../server/src/import/csv/table-rows.js';
import { DATASETS } from '../server/src/import/datasets/index.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/import/import-options.js';
import { runImport } from '../server/src/import/run-import.js';
import { formatSummary } from '../server/src/import/summary.js';
import { ensureNeo4j } from '../server/src/local-neo4j/local.js';
import { exitWithError } from '../server/src/startup-errors.js';

// A batch is a bulk write, not an interactive query: it gets minutes, not QUERY_TIMEOUT_MS.
const BATCH_TIMEOUT_MS = 300_000;
const USAGE =
  'Usage: npm run import -- gtd|acled <file.csv> [--rejects <folder>] [--batch-size <rows>] [--encoding utf8|latin1]';

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rejects: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      encoding: { type: 'string', default: 'utf8' },
    },
  });
  const [name, file] = positionals;
  const dataset = DATASETS[name ?? ''];
  if (!dataset) {
    usage(`Unknown dataset "${name ?? ''}": expected ${Object.keys(DATASETS).join(' or ')}.`);
  }
  if (!file || !existsSync(file)) usage(`No such file: "${file ?? ''}".`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    usage(`--batch-size must be a whole number of rows, got "${values['batch-size']}".`);
  }
  const encoding = values.encoding;
  if (encoding !== 'utf8' && encoding !== 'latin1') {
    usage(`--encoding must be utf8 or latin1, got "${encoding}".`);
  }

  loadDotEnv();
  const config = loadConfig();
  const connection = await ensureNeo4j(config.neo4j, (line) => console.error(line));
  const { driver, db } = await openDatabase(connection, { queryTimeoutMs: BATCH_TIMEOUT_MS });
  try {
    const summary = await runImport(db, {
      dataset,
      file,
      rejectsDir: values.rejects,
      batchSize,
      encoding,
    });
    console.log(formatSummary(summary));
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  if (!(error instanceof ImportFileError)) exitWithError(error);
  console.error(`The file cannot be imported: ${error.message}`);
  process.exit(1);
});
