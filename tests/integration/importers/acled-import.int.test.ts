import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED } from '../../../server/src/importers/datasets/acled.js';
import { writeSynthetic } from '../../../bench/synthetic/write-synthetic.js';
import { editorHeaders, gql, startTestApp, type TestApp } from '../../support/app.js';
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

// AFG1001's notes with its source column, as the importer stores them (citation-sources.ts).
const AFG1001_NOTES =
  'On 26 August 2021, a suicide bomber of "IS Khorasan" attacked crowds at the airport gate, Kabul city, killing 170 civilians.';
const AFG1001_TEXT = `${AFG1001_NOTES}\n\nSource: Example Wire; Example Daily`;

interface EvidenceRow {
  quote: string;
  offset: number | null;
  verified: boolean;
  source: { id: string; publisher: string | null; text: string | null };
}

/** The evidence of the attack's link with its (one) perpetrator. */
async function evidenceOf(attack: string): Promise<EvidenceRow[]> {
  const { data } = await gql<{
    entity: { perpetrators: { relation: { evidence: EvidenceRow[] } }[] };
  }>(
    app,
    `query($id: ID!) { entity(id: $id) { ... on Attack { perpetrators { relation {
      evidence { quote offset verified source { id publisher text } } } } } } }`,
    { id: attack },
  );
  return data!.entity.perpetrators[0]!.relation.evidence;
}

describe('importing ACLED', () => {
  it('(before the import) an editor adds a source whose text is one row’s citation', async () => {
    const { data } = await gql<{ addSource: { source: { id: string } } }>(
      app,
      'mutation($input: SourceInput!) { addSource(input: $input) { source { id } } }',
      { input: { id: 'src-test-kabul-airport', title: 'Kabul airport', text: AFG1001_TEXT } },
      editorHeaders,
    );
    expect(data?.addSource.source.id).toBe('src-test-kabul-airport');
  });

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

  it('cites each row’s notes with a verified quote, in the source that already holds the text', async () => {
    // AFG1001's text was added by an editor first: the import cites that source, not a copy.
    const airport = await evidenceOf('acled-afg1001');
    expect(airport.map((e) => e.source.id)).toEqual(['src-acled', 'src-test-kabul-airport']);
    expect(airport[1]).toMatchObject({ quote: AFG1001_NOTES, offset: 0, verified: true });
    const { records } = await connection.raw.executeQuery(
      'MATCH (s:Source {sha256: $sha}) RETURN count(s) AS n',
      { sha: createHash('sha256').update(AFG1001_TEXT).digest('hex') },
    );
    expect(records[0]!.get('n')).toBe(1);

    const [row, cited] = await evidenceOf('acled-pak2002');
    expect(row).toMatchObject({ verified: false, source: { id: 'src-acled' } });
    expect(cited).toMatchObject({
      quote:
        'Around 3 September 2021 (week of), TTP militants clashed with soldiers near Bannu.\nThree soldiers were killed.',
      offset: 0,
      verified: true,
      source: { publisher: 'Example Wire' },
    });
    expect(cited!.source.text).toBe(`${cited!.quote}\n\nSource: Example Wire`);
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
    await connection.raw.executeQuery(
      "MATCH (s:Source {id: 'src-test-kabul-airport'}), (t:SourceText {sha256: s.sha256}) DETACH DELETE s, t",
    );
    expect(await graphCounts(connection)).toEqual(before);
  });
});
