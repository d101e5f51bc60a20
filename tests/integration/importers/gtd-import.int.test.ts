import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { writeSynthetic } from '../../../bench/synthetic/write-synthetic.js';
import { gql, startTestApp, type TestApp } from '../../support/app.js';
import { type Connection, connect, FIXTURES, fingerprint, graphCounts } from './import-helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-gtd-'));
let connection: Connection;
let app: TestApp;
let before: Record<string, number>;

beforeAll(async () => {
  connection = await connect();
  app = await startTestApp();
  before = await graphCounts(connection);
});
afterAll(async () => {
  await connection?.cleanUp(GTD);
  await app?.close();
  await connection?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface AttackNode {
  id: string;
  perpetrators: { actor: { id: string }; type: string }[];
}

const ATTACK = `query($ids: [ID!]) { attacks(filter: { groupIds: $ids }, first: 50) { edges { node {
  id date dateApprox target targetType weaponType latitude longitude citations dbsource
  place { id } state { id } perpetrators { actor { id } type status relation { evidence { quote source { id } } } }
  casualtyReports { killed wounded quote source { id title } } } } } }`;

describe('importing the GTD', () => {
  it('imports the truncated real-format sample, rejecting bad rows with row number and reason', async () => {
    const summary = await connection.run({
      dataset: GTD,
      file: path.join(FIXTURES, 'gtd-sample.csv'),
      rejectsDir: dir,
      // Given as UTF-8, so its one Windows-1252 row is a reject (detection would read it all as such).
      encoding: 'utf-8',
    });
    expect(summary).toMatchObject({
      encoding: 'utf-8 (given)',
      rows: 9,
      imported: 4,
      rejected: 5,
      skipped: 0,
      unmatchedRelated: 0,
    });
    expect(summary.created).toEqual({ Place: 3, Group: 1 });
    expect(readFileSync(summary.rejectFile!, 'utf8').trim().split('\n')).toEqual([
      'row,line,id,reason',
      '5,7,,contains bytes that are not UTF-8 in a UTF-8 file (--encoding windows-1252 reads Windows-1252/Latin-1)',
      '6,8,201902300001,impossible date: iyear=2019; imonth=2; iday=30',
      '7,9,,missing eventid',
      '8,10,,has 13 fields where the header has 135',
      '9,11,,truncated last line: has 47 fields where the header has 135',
    ]);
  });

  it('resolves dataset names to the curated groups, places and states, with the GTD as evidence', async () => {
    const { data } = await gql<{ attacks: { edges: { node: AttackNode }[] } }>(app, ATTACK, {
      ids: ['is-k', 'taliban', 'ttp'],
    });
    const byId = Object.fromEntries(data!.attacks.edges.map((e) => [e.node.id, e.node]));
    expect(byId['gtd-201901010001']).toMatchObject({
      date: '2019-01-01',
      target: 'Government office',
      targetType: 'Government (General)',
      weaponType: 'Explosives',
      latitude: 34.516895,
      longitude: 69.147011,
      citations: [
        '"Suicide blast hits Kabul office," Example Wire, January 1, 2019.',
        'Example Daily, "Four killed in Kabul," January 2, 2019.',
      ],
      dbsource: 'START Primary Collection',
      place: { id: 'kabul' },
      state: { id: 'afghanistan' },
      perpetrators: [
        {
          actor: { id: 'is-k' },
          type: 'CLAIMED',
          status: 'claimed',
          relation: {
            evidence: [
              {
                quote:
                  'eventid=201901010001; gname=Khorasan Chapter of the Islamic State; guncertain1=0; claimed=1',
                source: { id: 'src-gtd' },
              },
            ],
          },
        },
      ],
      casualtyReports: [
        {
          killed: 4,
          wounded: 12,
          quote: 'eventid=201901010001; nkill=4; nwound=12',
          source: { id: 'src-gtd', title: 'Global Terrorism Database (GTD)' },
        },
      ],
    });
    expect(byId['gtd-201901010002']!.perpetrators).toMatchObject([
      { actor: { id: 'taliban' }, type: 'SUSPECTED_OF', status: 'suspected' },
    ]);
    expect(
      byId['gtd-201901020001']!.perpetrators.map((p) => `${p.actor.id} ${p.type}`).sort(),
    ).toEqual(['northern-hills-liberation-front CLAIMED', 'ttp CLAIMED']);
    expect(byId['gtd-201901020001']).toMatchObject({
      place: { id: 'pakistan-khyber-pakhtunkhwa-peshawar' },
      state: { id: 'pakistan' },
    });
  });

  it('links related incidents once per pair, with each row’s words', async () => {
    const { records } = await connection.raw.executeQuery(
      "MATCH (a:Attack)-[r:RELATED_TO]->(b:Attack) WHERE a.id STARTS WITH 'gtd-' RETURN a.id AS a, b.id AS b, r.evidenceQuotes AS quotes",
    );
    expect(records.map((r) => ({ ...r.toObject(), quotes: [...r.get('quotes')].sort() }))).toEqual([
      {
        a: 'gtd-201901010001',
        b: 'gtd-201901010002',
        quotes: [
          'eventid=201901010001; related=201901010001, 201901010002',
          'eventid=201901010002; related=201901010001, 201901010002',
        ],
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const first = await fingerprint(connection, GTD);
    const counts = await graphCounts(connection);
    const summary = await connection.run({
      dataset: GTD,
      file: path.join(FIXTURES, 'gtd-sample.csv'),
      rejectsDir: dir,
      encoding: 'utf-8',
    });
    expect(summary.created).toEqual({});
    expect(await fingerprint(connection, GTD)).toEqual(first);
    expect(await graphCounts(connection)).toEqual(counts);
  });

  it('imports a generated file and re-imports it without a change', async () => {
    const file = path.join(dir, 'gtd-1500.csv');
    await writeSynthetic(GTD, 1500, 11, file);
    const summary = await connection.run({ dataset: GTD, file, batchSize: 200 });
    expect(summary).toMatchObject({ rows: 1500, imported: 1500, rejected: 0, rejectFile: null });
    expect(existsSync(`${file}.rejects.csv`)).toBe(false);
    const first = await fingerprint(connection, GTD);
    const again = await connection.run({ dataset: GTD, file, batchSize: 500 });
    expect(again.created).toEqual({});
    expect(await fingerprint(connection, GTD)).toEqual(first);
  });

  it('leaves the graph as other tests know it once cleaned up', async () => {
    await connection.cleanUp(GTD);
    expect(await graphCounts(connection)).toEqual(before);
  });
});
