/**
 * attacks(filter: { within, near }) against the real Neo4j: the expectation is computed here from
 * the coordinates stored on the attacks, with an independent box test and haversine distance, and
 * compared with every page the API returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityWrite } from '../../../../../server/src/domain/graph-write.js';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import { attacks as seedAttacks } from '../../../../support/graphql/seed-graph.js';
import { connect, type Connection } from '../../../importers/import-helpers.js';

let app: TestApp;
let connection: Connection;

/** Planted attacks: either side of the antimeridian, near Kabul at known distances, no location. */
const PLANTED: [string, number | null, number | null][] = [
  ['geo-test-fiji', -17.8, 178.4],
  ['geo-test-fiji-east', -16.5, 179.99],
  ['geo-test-samoa', -13.8, -172.1],
  ['geo-test-tonga-west', -16.0, -179.9],
  ['geo-test-greenwich', -15.0, 0],
  ['geo-test-kabul-10km', 34.52813 + 0.09, 69.17233],
  ['geo-test-kabul-50km', 34.52813 + 0.45, 69.17233],
  ['geo-test-unlocated', null, null],
];
const RELEVANT = new Set([...PLANTED.map(([id]) => id), ...seedAttacks.map((a) => a.id)]);

beforeAll(async () => {
  app = await startTestApp();
  connection = await connect();
  const entities = PLANTED.map(([id, latitude, longitude], i) =>
    entityWrite({
      id,
      kind: 'Attack',
      name: `Location test attack ${id}`,
      date: `2020-01-${String(i + 1).padStart(2, '0')}`,
      attackType: 'Bombing/Explosion',
      location:
        latitude === null || longitude === null
          ? null
          : { latitude, longitude, precision: 'planted by the test' },
    }),
  );
  await app.db.write('edit/upsert-entities', {
    entities,
    editor: 'test',
    now: new Date().toISOString(),
  });
});
afterAll(async () => {
  for (const [id] of PLANTED) await app?.db.write('edit/delete-entity', { id });
  await connection?.close();
  await app?.close();
});

interface Stored {
  id: string;
  latitude: number;
  longitude: number;
}

/** The relevant attacks' stored points, read past the API. */
async function stored(): Promise<Stored[]> {
  const { records } = await connection.raw.executeQuery(
    `MATCH (a:Attack) WHERE a.location IS NOT NULL
     RETURN a.id AS id, a.location.latitude AS latitude, a.location.longitude AS longitude`,
  );
  return records.map((r) => r.toObject() as Stored).filter((a) => RELEVANT.has(a.id));
}

interface PageData {
  attacks: {
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

/** Every page of attacks(filter), two at a time so paging is exercised; the relevant ids, sorted. */
async function allIds(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: Awaited<ReturnType<typeof gql<PageData>>> = await gql<PageData>(
      app,
      `query($filter: AttackFilter, $after: String) { attacks(filter: $filter, first: 2, after: $after) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    expect(result.errors).toBeUndefined();
    ids.push(...result.data!.attacks.edges.map((e) => e.node.id));
    if (!result.data!.attacks.pageInfo.hasNextPage) break;
    after = result.data!.attacks.pageInfo.endCursor;
  }
  expect(new Set(ids).size).toBe(ids.length);
  return ids.filter((id) => RELEVANT.has(id)).sort();
}

const inBox = (a: Stored, b: { south: number; west: number; north: number; east: number }) =>
  a.latitude >= b.south &&
  a.latitude <= b.north &&
  (b.west <= b.east
    ? a.longitude >= b.west && a.longitude <= b.east
    : a.longitude >= b.west || a.longitude <= b.east);

function haversineKm(a: { latitude: number; longitude: number }, b: Stored): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const BOXES = {
  afghanistan: { south: 29.3, west: 60.5, north: 38.5, east: 74.9 },
  kabul: { south: 34.4, west: 69.0, north: 34.65, east: 69.35 },
  'across the antimeridian': { south: -20, west: 178, north: -10, east: -171 },
  'the whole earth': { south: -90, west: -180, north: 90, east: 180 },
  'empty (south Pacific)': { south: -45, west: -140, north: -40, east: -130 },
  'a single point': { south: -17.8, west: 178.4, north: -17.8, east: 178.4 },
};

describe('attacks(filter: { within })', () => {
  it.each(Object.entries(BOXES))(
    'returns exactly the attacks inside the box: %s',
    async (_name, box) => {
      const expected = (await stored())
        .filter((a) => inBox(a, box))
        .map((a) => a.id)
        .sort();
      expect(await allIds({ within: box })).toEqual(expected);
    },
  );

  it('has test cases on both sides of the antimeridian, in Kabul and nowhere', async () => {
    const points = await stored();
    expect(points.filter((a) => inBox(a, BOXES['across the antimeridian'])).length).toBe(4);
    expect(points.filter((a) => inBox(a, BOXES.kabul)).length).toBeGreaterThan(3);
    expect(points.filter((a) => inBox(a, BOXES['empty (south Pacific)']))).toEqual([]);
  });

  it('combines with the group and date filters', async () => {
    const filter = { within: BOXES.afghanistan, groupIds: ['is-k'], from: '2021-01-01' };
    const ids = await allIds(filter);
    const alone = await allIds({ groupIds: ['is-k'], from: '2021-01-01' });
    const inside = new Set(
      (await stored()).filter((a) => inBox(a, BOXES.afghanistan)).map((a) => a.id),
    );
    expect(ids).toEqual(alone.filter((id) => inside.has(id)));
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('attacks(filter: { near })', () => {
  // Neo4j's and this haversine's earth radii differ by a fraction of a percent, so the radii chosen
  // leave every relevant point clearly inside or outside (checked below).
  it.each([
    ['Kabul, 30 km', { latitude: 34.52813, longitude: 69.17233, km: 30 }],
    ['Kabul, 100 km', { latitude: 34.52813, longitude: 69.17233, km: 100 }],
    ['across the antimeridian', { latitude: -17, longitude: 180, km: 300 }],
    ['the open ocean', { latitude: -42, longitude: -135, km: 500 }],
  ])('returns exactly the attacks within the distance: %s', async (_name, near) => {
    const points = await stored();
    for (const a of points) {
      const ratio = haversineKm(near, a) / near.km;
      expect(Math.abs(ratio - 1), `${a.id} is too close to the edge`).toBeGreaterThan(0.01);
    }
    const expected = points
      .filter((a) => haversineKm(near, a) <= near.km)
      .map((a) => a.id)
      .sort();
    expect(await allIds({ near })).toEqual(expected);
  });

  it('finds the planted points at their distances', async () => {
    const ids = await allIds({ near: { latitude: 34.52813, longitude: 69.17233, km: 30 } });
    expect(ids).toContain('geo-test-kabul-10km');
    expect(ids).not.toContain('geo-test-kabul-50km');
  });
});

describe('locations in the API', () => {
  it('gives places their gazetteer point and seed attacks their place’s, with the precision', async () => {
    const { data } = await gql<{ entity: unknown; attack: unknown; unlocated: unknown }>(
      app,
      `{ entity: entity(id: "kabul") { ... on Place { location { latitude longitude precision } } }
         attack: entity(id: "kabul-market-explosion-2024") { ... on Attack { location { latitude longitude precision } } }
         unlocated: entity(id: "geo-test-unlocated") { ... on Attack { location { latitude } } } }`,
    );
    expect(data).toEqual({
      entity: {
        location: { latitude: 34.52813, longitude: 69.17233, precision: 'city centre (GeoNames)' },
      },
      attack: {
        location: {
          latitude: 34.52813,
          longitude: 69.17233,
          precision: 'inherited from place kabul: city centre (GeoNames)',
        },
      },
      unlocated: { location: null },
    });
  });
});

describe('bad coordinates', () => {
  it.each([
    [{ within: { south: -91, west: 0, north: 0, east: 1 } }, ['filter', 'within', 'south']],
    [{ within: { south: 0, west: 0, north: 90.5, east: 1 } }, ['filter', 'within', 'north']],
    [{ within: { south: 0, west: -181, north: 1, east: 1 } }, ['filter', 'within', 'west']],
    [{ within: { south: 0, west: 0, north: 1, east: 200 } }, ['filter', 'within', 'east']],
    [{ within: { south: 10, west: 0, north: 5, east: 1 } }, ['filter', 'within', 'south']],
    [{ near: { latitude: 95, longitude: 0, km: 10 } }, ['filter', 'near', 'latitude']],
    [{ near: { latitude: 0, longitude: -180.5, km: 10 } }, ['filter', 'near', 'longitude']],
    [{ near: { latitude: 0, longitude: 0, km: 0 } }, ['filter', 'near', 'km']],
    [{ near: { latitude: 0, longitude: 0, km: -5 } }, ['filter', 'near', 'km']],
    [{ near: { latitude: 0, longitude: 0, km: 1e9 } }, ['filter', 'near', 'km']],
  ])('rejects %j naming the field', async (filter, path) => {
    const result = await gql(
      app,
      'query($f: AttackFilter) { attacks(filter: $f) { totalCount } }',
      {
        f: filter,
      },
    );
    expectBadInput(result, path);
  });
});
