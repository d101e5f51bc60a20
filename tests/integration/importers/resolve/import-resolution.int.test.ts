/**
 * Imports onto the seed graph join it (issue 22): GTD rows in Karachi, Islamabad, Kunduz and
 * Mazar-i-Sharif land on the curated places, the real GTD group names on the curated groups,
 * Cairo (Egypt) and Cairo (Illinois) stay apart, a close name becomes a duplicate candidate; two
 * overlapping imports at once make no twins; --reconcile repairs twins an earlier importer made.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../../../bench/synthetic/csv-line.js';
import { entityWrite, relationWrite } from '../../../../server/src/domain/graph-write.js';
import { GTD } from '../../../../server/src/importers/datasets/gtd.js';
import { GTD_HEADER } from '../../../../server/src/importers/datasets/gtd-header.js';
import { RECONCILE_EDITOR, reconcile } from '../../../../server/src/importers/reconcile.js';
import { findTwins } from '../../../../server/src/importers/resolve/find-twins.js';
import type { KnownEntity } from '../../../../server/src/importers/resolve/name-resolver.js';
import { gql, startTestApp, type TestApp } from '../../../support/app.js';
import { expectBadInput } from '../../../support/graphql/expect-error.js';
import { type Connection, connect, finished, spawnImport } from '../import-helpers.js';

/** Curates the test's own places, so merging into them leaves the seed graph as it was. */
const CURATOR = 'resolve-test';
const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-resolve-'));
let connection: Connection;
let app: TestApp;

beforeAll(async () => {
  connection = await connect();
  app = await startTestApp();
});
afterAll(async () => {
  await connection?.db.write('import/delete-imported', {
    editors: ['import:gtd', RECONCILE_EDITOR, CURATOR],
  });
  await app?.close();
  await connection?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Row = [
  id: string,
  country: string,
  province: string,
  city: string,
  group: string,
  at?: string,
];

/** A GTD export of `rows` (the other columns empty), written to `name` in the test folder. */
function gtdFile(name: string, rows: readonly Row[]): string {
  const file = path.join(dir, name);
  const lines = rows.map(([id, country, provstate, city, gname, at = '']) => {
    const [latitude = '', longitude = ''] = at.split(' ');
    const values: Record<string, string> = {
      eventid: id,
      iyear: id.slice(0, 4),
      imonth: id.slice(4, 6).replace(/^0/, ''),
      iday: id.slice(6, 8).replace(/^0/, ''),
      country_txt: country,
      provstate,
      city,
      latitude,
      longitude,
      gname,
      attacktype1_txt: 'Bombing/Explosion',
    };
    return csvLine(GTD_HEADER.map((column) => values[column] ?? ''));
  });
  writeFileSync(file, csvLine(GTD_HEADER) + lines.join(''));
  return file;
}

const ROWS: Row[] = [
  ['201901010001', 'Pakistan', 'Sindh', 'Karachi', 'Tehrik-i-Taliban Pakistan (TTP)'],
  [
    '201901010002',
    'Pakistan',
    'Islamabad Capital Territory',
    'Islamabad',
    'Khorasan Chapter of the Islamic State',
  ],
  [
    '201901010003',
    'Afghanistan',
    'Kunduz',
    'Kunduz',
    'Islamic State of Iraq and the Levant (ISIL)',
  ],
  ['201901010004', 'Afghanistan', 'Balkh', 'Mazar-i-Sharif', 'Taliban'],
  ['201901010005', 'Egypt', 'Cairo', 'Cairo', 'Unknown', '30.044 31.236'],
  ['201901010006', 'United States', 'Illinois', 'Cairo', 'Unknown', '37.005 -89.176'],
  ['201901010007', 'Afghanistan', 'Kunduz', 'Kunduz', 'Tehreek-e-Taliban Pakistan'],
  ['201901010008', 'Afghanistan', 'Kabul', 'Kabul', 'Haqqani Networks'],
];

const read = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
  (await connection.raw.executeQuery(cypher, params)).records.map((r) => r.toObject() as T);
const known = () => connection.db.read<KnownEntity>('import/known-entities');
const placeOf = async (attack: string) =>
  (
    await read<{ id: string }>(
      'MATCH (:Attack {id: $attack})-[:OCCURRED_IN]->(p) RETURN p.id AS id',
      { attack },
    )
  ).map((r) => r.id);
const perpetrators = async (attack: string) =>
  (
    await read<{ id: string }>(
      'MATCH (g:Group)-[:PERPETRATED]->(:Attack {id: $attack}) RETURN g.id AS id',
      { attack },
    )
  ).map((r) => r.id);
const parents = async (id: string) =>
  (
    await read<{ id: string }>(
      'MATCH (:Entity {id: $id})-[:IN]->(p) RETURN p.id AS id ORDER BY id',
      { id },
    )
  ).map((r) => r.id);

describe('an import onto the seed graph', () => {
  it('attaches the attacks to the curated places and groups, creating no twin', async () => {
    const summary = await connection.run({ dataset: GTD, file: gtdFile('curated.csv', ROWS) });
    expect(summary).toMatchObject({ imported: 8, rejected: 0, candidates: 1 });
    expect(summary.resolved).toBeGreaterThanOrEqual(10);

    expect(await placeOf('gtd-201901010001')).toEqual(['karachi']);
    expect(await placeOf('gtd-201901010002')).toEqual(['islamabad']);
    expect(await placeOf('gtd-201901010003')).toEqual(['kunduz']);
    expect(await placeOf('gtd-201901010004')).toEqual(['mazar-e-sharif']);
    expect(await placeOf('gtd-201901010008')).toEqual(['kabul']);
    // The missing levels are attached to the curated places instead.
    expect(await parents('karachi')).toEqual(['pakistan-sindh']);
    expect(await parents('pakistan-sindh')).toEqual(['pakistan']);
    expect(await parents('kunduz')).toEqual(['afghanistan', 'kunduz-province']);
    expect(await parents('mazar-e-sharif')).toEqual(['afghanistan', 'afghanistan-balkh']);
    const twins = findTwins(await known());
    expect(twins).toEqual([]);

    expect(await perpetrators('gtd-201901010001')).toEqual(['ttp']);
    expect(await perpetrators('gtd-201901010002')).toEqual(['is-k']);
    expect(await perpetrators('gtd-201901010003')).toEqual(['islamic-state']);
    expect(await perpetrators('gtd-201901010004')).toEqual(['taliban']);
    expect(await perpetrators('gtd-201901010007')).toEqual(['ttp']);
  });

  it('keeps Cairo, Egypt and Cairo, Illinois apart', async () => {
    const [egypt, illinois] = [
      await placeOf('gtd-201901010005'),
      await placeOf('gtd-201901010006'),
    ];
    expect(egypt).toEqual(['egypt-cairo-cairo']);
    expect(illinois).toEqual(['united-states-illinois-cairo']);
  });

  it('records a close but uncertain name as a candidate, listed page by page', async () => {
    expect(await perpetrators('gtd-201901010008')).toEqual(['haqqani-networks']);
    const query = `query($kind: EntityKind, $first: Int, $after: String) {
      duplicateCandidates(kind: $kind, first: $first, after: $after) {
        edges { cursor node { id kind first { id } second { id } score reason } }
        pageInfo { hasNextPage endCursor } } }`;
    const { data } = await gql<{
      duplicateCandidates: {
        edges: { node: Record<string, unknown> }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(app, query, { kind: 'Group', first: 1 });
    expect(data?.duplicateCandidates.edges.map((e) => e.node)).toEqual([
      {
        id: 'haqqani-network|haqqani-networks',
        kind: 'Group',
        first: { id: 'haqqani-network' },
        second: { id: 'haqqani-networks' },
        score: expect.any(Number),
        reason: 'similar name',
      },
    ]);
    const next = await gql<{ duplicateCandidates: { edges: unknown[] } }>(app, query, {
      kind: 'Group',
      after: data?.duplicateCandidates.pageInfo.endCursor,
    });
    expect(next.data?.duplicateCandidates.edges).toEqual([]);
    const places = await gql<{ duplicateCandidates: { edges: unknown[] } }>(app, query, {
      kind: 'Place',
    });
    expect(places.data?.duplicateCandidates.edges).toEqual([]);
    expectBadInput(await gql(app, query, { after: 'not-a-cursor' }), ['after']);
    expectBadInput(await gql(app, query, { first: 0 }), ['first']);
  });
});

describe('two imports of overlapping files at once', () => {
  it('create each new place and group once', async () => {
    const a = gtdFile('a.csv', [
      ['201902010001', 'Pakistan', 'Balochistan', 'Quetta', 'Lashkar Resolver Front'],
      ['201902010002', 'Pakistan', 'Sindh', 'Hyderabad', 'Lashkar Resolver Front'],
    ]);
    const b = gtdFile('b.csv', [
      ['201902020001', 'Pakistan', 'Balochistan', 'Quetta', 'Lashkar Resolver Front'],
      ['201902020002', 'Pakistan', 'Balochistan', 'Turbat', 'Lashkar-Resolver-Front'],
    ]);
    const summaries = await Promise.all([
      connection.run({ dataset: GTD, file: a }),
      connection.run({ dataset: GTD, file: b }),
    ]);
    expect(summaries.map((s) => s.rejected)).toEqual([0, 0]);
    const count = (name: string) =>
      read<{ n: number }>('MATCH (n:Entity {name: $name}) RETURN count(n) AS n', { name });
    for (const name of ['Balochistan', 'Quetta', 'Lashkar Resolver Front']) {
      expect(await count(name), name).toEqual([{ n: 1 }]);
    }
    expect(findTwins(await known())).toEqual([]);
  });
});

describe('npm run import -- --reconcile', () => {
  it('merges the twins an earlier importer made and lists the uncertain pairs, once', async () => {
    const now = new Date().toISOString();
    const source = GTD.source.id;
    const evidence = [{ source, quote: 'eventid=201903010001' }];
    // As the importer before resolution wrote them: the twin of a curated province with an
    // attack, and two same-named towns of one state far apart.
    const curated = entityWrite({
      id: 'karez-province',
      kind: 'Place',
      name: 'Karez province',
      placeType: 'province',
    });
    await connection.db.write('edit/upsert-entities', {
      entities: [curated],
      editor: CURATOR,
      now,
    });
    const located = relationWrite({
      type: 'IN',
      from: 'karez-province',
      to: 'afghanistan',
      evidence,
    });
    await connection.db.write('edit/upsert-relations', {
      relations: [located],
      editor: CURATOR,
      now,
    });
    const entities = [
      entityWrite({
        id: 'twin-karez',
        kind: 'Place',
        name: 'Karez',
        placeType: 'province',
        evidence,
      }),
      entityWrite({
        id: 'gtd-201903010001',
        kind: 'Attack',
        name: 'Twin test attack',
        date: '2019-03-01',
        evidence,
      }),
      {
        ...entityWrite({
          id: 'far-town-a',
          kind: 'Place',
          name: 'Fartown',
          placeType: 'city',
          evidence,
        }),
        properties: {
          ...entityWrite({ id: 'far-town-a', kind: 'Place', name: 'Fartown', placeType: 'city' })
            .properties,
          latitude: 31,
          longitude: 65,
        },
      },
      {
        ...entityWrite({
          id: 'far-town-b',
          kind: 'Place',
          name: 'Fartown',
          placeType: 'city',
          evidence,
        }),
        properties: {
          ...entityWrite({ id: 'far-town-b', kind: 'Place', name: 'Fartown', placeType: 'city' })
            .properties,
          latitude: 36,
          longitude: 70,
        },
      },
    ];
    const relations = [
      relationWrite({ type: 'IN', from: 'twin-karez', to: 'afghanistan', evidence }),
      relationWrite({ type: 'IN', from: 'far-town-a', to: 'afghanistan', evidence }),
      relationWrite({ type: 'IN', from: 'far-town-b', to: 'afghanistan', evidence }),
      relationWrite({ type: 'OCCURRED_IN', from: 'gtd-201903010001', to: 'twin-karez', evidence }),
    ];
    await connection.db.write('edit/upsert-entities', { entities, editor: 'import:gtd', now });
    await connection.db.write('edit/upsert-relations', { relations, editor: 'import:gtd', now });

    const first = await reconcile(connection.db);
    expect(first.merged).toEqual([{ keep: 'karez-province', merge: 'twin-karez' }]);
    expect(first.candidates).toBe(1);
    expect(await placeOf('gtd-201903010001')).toEqual(['karez-province']);
    expect(await read('MATCH (n:Entity {id: "twin-karez"}) RETURN n.id AS id')).toEqual([]);
    const aliases = await read<{ aliases: string[] }>(
      'MATCH (n:Place {id: "karez-province"}) RETURN n.aliases AS aliases',
    );
    expect(aliases).toEqual([{ aliases: ['Karez'] }]);

    const again = await reconcile(connection.db);
    expect(again).toEqual({ merged: [], candidates: 1 });
    expect(
      await read<{ n: number }>(
        'MATCH (d:DuplicateCandidate {id: "far-town-a|far-town-b"}) RETURN count(d) AS n',
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('refuses a dataset or file beside --reconcile', async () => {
    const { code, output } = await finished(spawnImport(['--reconcile', 'gtd']));
    expect(code).not.toBe(0);
    expect(output).toContain('--reconcile takes no dataset or file.');
  });
});
