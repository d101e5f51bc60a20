import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACLED } from '../../../server/src/importers/datasets/acled.js';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { datasetRows, TableRow } from '../../../server/src/importers/dataset-rows.js';
import { writeSynthetic } from '../../../bench/synthetic/write-synthetic.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generated(dataset: typeof GTD, rows: number, seed: number) {
  const file = path.join(dir, `${dataset.name}-${rows}-${seed}.csv`);
  await writeSynthetic(dataset, rows, seed, file);
  return file;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function tableOf(file: string, dataset: typeof GTD): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of datasetRows(file, dataset)) {
    if (!(row instanceof TableRow)) throw new Error(`rejected: ${row.reason}`);
    out.push(row);
  }
  return out;
}

describe('synthetic GTD files', () => {
  it('are the same for the same seed and differ for another', async () => {
    expect(sha(await generated(GTD, 500, 7))).toBe(sha(await generated(GTD, 500, 7)));
    expect(sha(await generated(GTD, 500, 8))).not.toBe(sha(await generated(GTD, 500, 7)));
  });

  it('use the real header and read back without a single reject or impossible date', async () => {
    const file = await generated(GTD, 3000, 1);
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe(GTD.header.join(','));
    const rows = await tableOf(file, GTD);
    expect(rows).toHaveLength(3000);
    for (const row of rows) GTD.toEvent(row);
  });

  it('have the shape of the real data', async () => {
    const rows = await tableOf(await generated(GTD, 3000, 1), GTD);
    const share = (test: (row: TableRow) => boolean) => rows.filter(test).length / rows.length;
    expect(share((r) => r.get('gname') === 'Unknown')).toBeGreaterThan(0.35);
    expect(share((r) => r.get('gname2') !== '')).toBeGreaterThan(0.01);
    expect(share((r) => r.get('iday') === '0')).toBeGreaterThan(0.005);
    expect(share((r) => r.get('related') !== '')).toBeGreaterThan(0.03);
    expect(share((r) => r.get('summary').includes('\n'))).toBeGreaterThan(0.005);
    expect(share((r) => r.get('claimed') === '1')).toBeGreaterThan(0.02);
    // Power law: the busiest named group has many times the incidents of the median one.
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (row.get('gname') !== 'Unknown') {
        counts.set(row.get('gname'), (counts.get(row.get('gname')) ?? 0) + 1);
      }
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]! / sorted[Math.floor(sorted.length / 2)]!).toBeGreaterThan(20);
    // Spelling variants of one group appear.
    expect(
      [...counts.keys()].some((name) => name === name.toUpperCase() && /[A-Z]{4}/.test(name)),
    ).toBe(true);
  });
});

describe('synthetic ACLED files', () => {
  it('use the real header, read back cleanly, and mix events in and out of scope', async () => {
    const file = await generated(ACLED, 2000, 3);
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe(ACLED.header.join(','));
    const events = (await tableOf(file, ACLED)).map((row) => ACLED.toEvent(row));
    const outOfScope = events.filter((e) => e === null).length / events.length;
    expect(outOfScope).toBeGreaterThan(0.1);
    expect(outOfScope).toBeLessThan(0.4);
    expect(events.some((e) => e?.actors.some((a) => a.kind === 'State'))).toBe(true);
  });
});
