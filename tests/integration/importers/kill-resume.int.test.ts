import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { writeSynthetic } from '../../../bench/synthetic/write-synthetic.js';
import { type Connection, connect, finished, fingerprint, spawnImport } from './import-helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-kill-'));
const file = path.join(dir, 'gtd-3000.csv');
let connection: Connection;

beforeAll(async () => {
  connection = await connect();
  await writeSynthetic(GTD, 3000, 23, file);
});
afterAll(async () => {
  await connection?.cleanUp(GTD);
  await connection?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importedAttacks(): Promise<number> {
  const { records } = await connection.raw.executeQuery(
    "MATCH (a:Attack) WHERE a.id STARTS WITH 'gtd-' RETURN count(a) AS n",
  );
  return records[0]!.get('n') as number;
}

describe('an import killed mid-file', () => {
  it('ends, when run again, with exactly the graph of an uninterrupted run', async () => {
    const child = spawnImport(['gtd', file, '--batch-size', '100']);
    const exit = finished(child);
    // Kill it once a few batches are committed, well before the end of the file.
    while ((await importedAttacks()) < 300) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    const partial = await importedAttacks();
    expect(partial).toBeGreaterThanOrEqual(300);
    expect(partial).toBeLessThan(3000);
    expect(partial % 100).toBe(0); // only whole batches landed

    const resumed = await finished(spawnImport(['gtd', file, '--batch-size', '100']));
    expect(resumed.code, resumed.output).toBe(0);
    expect(resumed.output).toMatch(/attacks\s+3,000/);
    const afterResume = await fingerprint(connection, GTD);

    await connection.cleanUp(GTD);
    const summary = await connection.run({ dataset: GTD, file, batchSize: 100 });
    expect(summary.imported).toBe(3000);
    expect(afterResume).toEqual(await fingerprint(connection, GTD));
  }, 240_000); // three imports of the file, two of them as child processes
});
