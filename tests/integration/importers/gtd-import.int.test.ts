import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { GTD_HEADER } from '../../../server/src/importers/datasets/gtd-header.js';
import { csvLine } from '../../../bench/synthetic/csv-line.js';
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
  place { id } state { id } perpetrators { actor { id } type status relation { independentSources
    evidence { quote offset verified source { id hasText } } } }
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
            // The row's words cite the dataset; its two citations are sources with their texts.
            independentSources: 3,
            evidence: [
              {
                quote:
                  'eventid=201901010001; gname=Khorasan Chapter of the Islamic State; guncertain1=0; claimed=1',
                offset: null,
                verified: false,
                source: { id: 'src-gtd', hasText: false },
              },
              {
                quote: '"Suicide blast hits Kabul office," Example Wire, January 1, 2019.',
                offset: 0,
                verified: true,
                source: { hasText: true },
              },
              {
                quote: 'Example Daily, "Four killed in Kabul," January 2, 2019.',
                offset: 0,
                verified: true,
                source: { hasText: true },
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

  it('keeps each row’s coordinates and specificity as the attack’s location point', async () => {
    const { records } = await connection.raw.executeQuery(
      `MATCH (a:Attack) WHERE a.createdBy = 'import:gtd' AND a.id STARTS WITH 'gtd-2019'
       RETURN a.id AS id, a.location.latitude AS latitude, a.location.longitude AS longitude,
         a.location.srid AS srid, a.locationPrecision AS precision ORDER BY id`,
    );
    // The fixture's latitude, longitude and specificity cells of the four imported rows.
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: 'gtd-201901000001',
        latitude: null,
        longitude: null,
        srid: null,
        precision: 'GTD specificity=5',
      },
      {
        id: 'gtd-201901010001',
        latitude: 34.516895,
        longitude: 69.147011,
        srid: 4326,
        precision: 'GTD specificity=1',
      },
      {
        id: 'gtd-201901010002',
        latitude: 34.52,
        longitude: 69.15,
        srid: 4326,
        precision: 'GTD specificity=1',
      },
      {
        id: 'gtd-201901020001',
        latitude: 34.008,
        longitude: 71.578,
        srid: 4326,
        precision: 'GTD specificity=1',
      },
    ]);
    const { data } = await gql<{
      attacks: { edges: { node: { id: string; location: unknown } }[] };
    }>(
      app,
      `{ attacks(filter: { within: { south: 34, west: 69, north: 35, east: 70 } }) {
        edges { node { id location { latitude longitude precision } } } } }`,
    );
    expect(
      data!.attacks.edges
        .map((e) => e.node)
        .filter((node) => node.id.startsWith('gtd-2019'))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([
      {
        id: 'gtd-201901010001',
        location: { latitude: 34.516895, longitude: 69.147011, precision: 'GTD specificity=1' },
      },
      {
        id: 'gtd-201901010002',
        location: { latitude: 34.52, longitude: 69.15, precision: 'GTD specificity=1' },
      },
    ]);
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

  it('gives every verified quote of an imported link the span of its source text at its offset', async () => {
    const { records } = await connection.raw.executeQuery(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.createdBy = 'import:gtd'
       UNWIND range(0, size(r.evidenceSources) - 1) AS i
       WITH r, i WHERE r.evidenceOffsets[i] >= 0
       MATCH (s:Source {id: r.evidenceSources[i]})
       MATCH (t:SourceText {sha256: s.sha256})
       RETURN r.evidenceQuotes[i] AS quote,
         substring(t.text, r.evidenceOffsets[i], size(r.evidenceQuotes[i])) AS span`,
    );
    // OCCURRED_IN and the perpetrators of three rows with citations (four citations in all).
    expect(records.length).toBeGreaterThanOrEqual(6);
    for (const r of records) expect(r.get('span')).toBe(r.get('quote'));
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

  it('makes one source of a citation shared by rows, imports rows without one, and reports bad ones', async () => {
    const row = (eventid: string, cells: Record<string, string>) =>
      csvLine(
        GTD_HEADER.map(
          (column) =>
            ({
              eventid,
              iyear: '2019',
              imonth: '5',
              iday: '1',
              country_txt: 'Afghanistan',
              gname: 'Taliban',
              ...cells,
            })[column] ?? '',
        ),
      );
    const shared = '"Shared wire report," Example Wire, May 1, 2019.';
    const file = path.join(dir, 'gtd-citations.csv');
    writeFileSync(
      file,
      csvLine(GTD_HEADER) +
        row('201905010001', { scite1: shared }) +
        row('201905010002', { scite2: shared }) +
        row('201905010003', {}) +
        row('201905010004', { scite1: 'Bell\u0007 Wire' }) +
        row('201905010005', { scite3: 'x'.repeat(6000) }),
    );
    const summary = await connection.run({ dataset: GTD, file, rejectsDir: dir });
    expect(summary).toMatchObject({ imported: 3, rejected: 2 });
    expect(readFileSync(summary.rejectFile!, 'utf8').trim().split('\n').slice(1)).toEqual([
      '4,5,201905010004,scite1 contains U+0007 (a control character)',
      '5,6,201905010005,"scite3 is 6,000 characters; a citation may have at most 5,000"',
    ]);
    const cited = async () =>
      (
        await connection.raw.executeQuery(
          `MATCH (g:Group {id: 'taliban'})-[r:PERPETRATED]->(a:Attack) WHERE a.id STARTS WITH 'gtd-20190501'
           RETURN a.id AS attack, r.evidenceSources AS sources ORDER BY attack`,
        )
      ).records.map((r) => [r.get('attack'), [...r.get('sources')].sort()]);
    const [one, two, none] = (await cited()).map(([, sources]) => sources as string[]);
    expect(one).toBeDefined();
    expect(one).toEqual(two);
    expect(one).toHaveLength(2);
    expect(none).toEqual(['src-gtd']);
    const textCount = async () =>
      (
        await connection.raw.executeQuery('MATCH (t:SourceText) RETURN count(t) AS n')
      ).records[0]!.get('n');
    const { records } = await connection.raw.executeQuery(
      'MATCH (s:Source {id: $id}), (t:SourceText {sha256: s.sha256}) RETURN t.text AS text, s.textLength AS length',
      { id: one!.find((id) => id !== 'src-gtd') },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ text: shared, length: shared.length }]);

    const texts = await textCount();
    const first = await fingerprint(connection, GTD);
    await connection.run({ dataset: GTD, file, rejectsDir: dir });
    expect(await textCount()).toBe(texts);
    expect(await fingerprint(connection, GTD)).toEqual(first);
  });

  it('leaves the graph as other tests know it once cleaned up', async () => {
    await connection.cleanUp(GTD);
    expect(await graphCounts(connection)).toEqual(before);
  });
});
