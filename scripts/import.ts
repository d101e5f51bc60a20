/**
 * `npm run import -- gtd|acled <file.csv> [options]`: streams a GTD or ACLED export into the
 * configured Neo4j (NEO4J_URI, or the local one), with a progress bar on stderr, a reject report
 * for bad rows and a summary at the end.
 */
import { existsSync } from 'node:fs';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { connectDatabase, readConfig } from '../server/src/cli/start-up.js';
import { BULK_TIMEOUT_MS } from '../server/src/db/gateway.js';
import { ENCODING_NAMES } from '../server/src/importers/csv/text-encoding.js';
import { DATASETS } from '../server/src/importers/datasets/index.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/importers/import-options.js';
import { formatReconcile, reconcile } from '../server/src/importers/reconcile.js';
import { runImport } from '../server/src/importers/run-import.js';
import { formatSummary } from '../server/src/importers/summary.js';

const COMMAND = {
  usage: 'npm run import -- gtd|acled <file.csv>  |  npm run import -- --reconcile',
  summary:
    'Streams a GTD or ACLED export into the configured Neo4j; bad rows go to a reject report, and ' +
    'running it again changes nothing. --reconcile merges the twins earlier imports made instead.',
  options: {
    reconcile: {
      type: 'boolean',
      description: 'merge the twins earlier imports made; list the uncertain ones as candidates',
    },
    rejects: {
      type: 'string',
      value: '<folder>',
      description: 'folder for the reject report (default: beside the file)',
    },
    'batch-size': {
      type: 'string',
      value: '<rows>',
      default: String(DEFAULT_BATCH_SIZE),
      description: 'rows per write transaction',
    },
    encoding: {
      type: 'string',
      value: '<name>',
      default: 'auto',
      description: 'auto (UTF-8 or Windows-1252, detected), utf-8 or windows-1252 (latin1)',
    },
  },
  positionals: 2,
} as const;

runCommand(async () => {
  const { values, positionals, fail } = parseCommand(COMMAND);
  if (values.reconcile) {
    if (positionals.length > 0) fail('--reconcile takes no dataset or file.');
    const database = await connectDatabase(
      readConfig(),
      (line) => console.error(line),
      BULK_TIMEOUT_MS,
    );
    try {
      console.log(formatReconcile(await reconcile(database.db)));
    } finally {
      await database.close();
    }
    return;
  }
  const [name, file] = positionals;
  const dataset = DATASETS[name ?? ''];
  if (!dataset) {
    fail(`Unknown dataset "${name ?? ''}": expected ${Object.keys(DATASETS).join(' or ')}.`);
  }
  if (!file || !existsSync(file)) fail(`No such file: "${file ?? ''}".`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    fail(`--batch-size must be a whole number of rows, got "${values['batch-size']}".`);
  }
  const encoding = ENCODING_NAMES[values.encoding.toLowerCase()];
  if (!encoding) fail(`--encoding must be auto, utf-8 or windows-1252, got "${values.encoding}".`);

  const config = readConfig();
  // A batch is a bulk write, not an interactive query: it gets minutes, not QUERY_TIMEOUT_MS.
  const database = await connectDatabase(config, (line) => console.error(line), BULK_TIMEOUT_MS);
  try {
    const summary = await runImport(database.db, {
      dataset: dataset!,
      file: file!,
      rejectsDir: values.rejects,
      batchSize,
      encoding,
    });
    console.log(formatSummary(summary));
  } finally {
    await database.close();
  }
});
