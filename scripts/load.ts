/**
 * `npm run load [-- --rows 200000] [--seconds 60] [--connections 8,64,256]`: the load test
 * (bench/load/run-load.ts) in a throwaway Neo4j. Results go to bench/results/load.{md,json}.
 * `npm run load -- --rows 5000 --seconds 5` is a quick check of the whole run.
 */
import { parseArgs } from 'node:util';
import { Cleanup } from '../bench/load/cleanup.js';
import { loadMarkdown } from '../bench/load/report.js';
import { log, runLoad } from '../bench/load/run-load.js';
import { writeResults } from '../bench/scale/run-scale.js';
import { DEFAULT_BATCH_SIZE } from '../server/src/import/import-options.js';

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of at least 1, got "${raw}".`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '200000' },
      seconds: { type: 'string', default: '60' },
      connections: { type: 'string', default: '8,64,256' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const options = {
    rows: positive('rows', values.rows),
    seconds: positive('seconds', values.seconds),
    connections: values.connections.split(',').map((c) => positive('connections', c.trim())),
    batchSize: positive('batch-size', values['batch-size']),
  };
  const cleanup = new Cleanup();
  cleanup.onSignals(log);
  try {
    const results = await runLoad(options, cleanup);
    const report = loadMarkdown(results);
    console.log(report);
    console.log(`Wrote ${writeResults('load', results, report)}`);
  } finally {
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
