import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED } from '../../../server/src/importers/datasets/acled.js';
import { writeSynthetic } from '../../../bench/synthetic/write-synthetic.js';
import { gql, startTestApp, type TestApp } from '../../support/app.js';
import { type Connection, connect, FIXTURES, fingerprint, graphCounts } from './import-helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-acled-'));
let connection: Connection;
let app: TestApp;
let before: Record<string, number>;

beforeAll(async () => {
  connection = await connect();
  app = await startTestApp();
  before = await graphCounts(connection);
});
afterAll(async () => {
  await connection?.cleanUp(ACLED);
  await app?.close();
  await connection?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function links(attack: string): Promise<string[]> {
  const { records } = await connection.raw.executeQuery(
    'MATCH (a:Attack {id: $attack})-[r]-(x:Entity) RETURN type(r) + CASE WHEN startNode(r) = a THEN " -> " ELSE " <- " END + x.id AS link ORDER BY link',
    { attack },
  );
  return records.map((r) => r.get('link') as string);
}

describe('importing ACLED', () => {
  it('imports the truncated real-format sample: violent events in, protests counted out, bad rows reported', async () => {
    const summary = await connection.run({
      dataset: ACLED,
      file: path.join(FIXTURES, 'acled-sample.csv'),
      rejectsDir: dir,
    });
    expect(summary).toMatchObject({ rows: 6, imported: 3, skipped: 1, rejected: 2 });
    expect(readFileSync(summary.rejectFile!, 'utf8').trim().split('\n')).toEqual([
      'row,line,id,reason',
      '5,7,AFG1004,impossible date: event_date=31 February 2021',
      '6,8,,truncated last line: has 29 fields where the header has 31',
    ]);
  });

  it('resolves actors through the same alias table: groups perpetrate, groups and states are targeted', async () => {
    expect(await links('acled-afg1001')).toEqual([
      'OCCURRED_IN -> kabul',
      'PERPETRATED <- is-k',
      'REPORTED_BY -> src-acled',
    ]);
    expect(await links('acled-pak2002')).toEqual([
      'OCCURRED_IN -> pakistan-khyber-pakhtunkhwa-bannu-bannu',
      'PERPETRATED <- ttp',
      'REPORTED_BY -> src-acled',
      'TARGETED -> pakistan',
    ]);
    expect(await links('acled-afg1003')).toEqual([
      'OCCURRED_IN -> afghanistan-panjshir-bazarak-bazarak',
      'REPORTED_BY -> src-acled',
      'TARGETED -> national-resistance-front',
    ]);
  });

  it("keeps the event's type, coordinates and sources, readable through the API", async () => {
    const { data } = await gql<{ entity: Record<string, unknown> }>(
      app,
      '{ entity(id: "acled-afg1001") { ... on Attack { attackType eventType latitude longitude citations } } }',
    );
    expect(data!.entity).toEqual({
      attackType: 'Suicide bomb',
      eventType: 'Explosions/Remote violence',
      latitude: 34.5167,
      longitude: 69.1833,
      citations: ['Example Wire', 'Example Daily'],
    });
  });

  it('imports a generated file and re-imports it without a change', async () => {
    const file = path.join(dir, 'acled-1500.csv');
    await writeSynthetic(ACLED, 1500, 5, file);
    const summary = await connection.run({ dataset: ACLED, file, batchSize: 300 });
    expect(summary.rows).toBe(1500);
    expect(summary.imported + summary.skipped).toBe(1500);
    expect(summary.rejected).toBe(0);
    const first = await fingerprint(connection, ACLED);
    const counts = await graphCounts(connection);
    expect((await connection.run({ dataset: ACLED, file })).created).toEqual({});
    expect(await fingerprint(connection, ACLED)).toEqual(first);
    expect(await graphCounts(connection)).toEqual(counts);
  });

  it('leaves the graph as other tests know it once cleaned up', async () => {
    await connection.cleanUp(ACLED);
    expect(await graphCounts(connection)).toEqual(before);
  });
});
