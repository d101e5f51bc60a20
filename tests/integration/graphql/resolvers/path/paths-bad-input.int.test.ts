/** `shortestPath` and `paths` refuse bad arguments with BAD_USER_INPUT naming them, or NOT_FOUND. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import {
  expectBadInput,
  expectError,
  expectInvalidValue,
} from '../../../../support/graphql/expect-error.js';

const ARGS =
  '$from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [String!], $excludeStatuses: [String!], $asOf: Date, $between: DateRange, $avoid: [ID!], $viaKinds: [EntityKind!], $maxDegree: Int';
const PASS =
  'from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, excludeStatuses: $excludeStatuses, asOf: $asOf, between: $between, avoid: $avoid, viaKinds: $viaKinds, maxDegree: $maxDegree';
const NEIGHBORHOOD =
  'query Around($id: ID!, $avoid: [ID!], $maxDegree: Int) { neighborhood(id: $id, avoid: $avoid, maxDegree: $maxDegree) { nodes { id } } }';
const SHORTEST = `query Shortest(${ARGS}) { shortestPath(${PASS}) { length } }`;
const PATHS = `query Paths(${ARGS}, $first: Int) { paths(${PASS}, first: $first) { length } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('paths and shortestPath reject bad input', () => {
  const both = [
    ['shortestPath', SHORTEST],
    ['paths', PATHS],
  ] as const;

  it.each(both)('%s: maxHops 50 and 0', async (_name, query) => {
    for (const maxHops of [50, 0])
      expectBadInput(await gql(app, query, { from: 'ttp', to: 'is-k', maxHops }), ['maxHops']);
  });

  it.each(both)('%s: relationship types that are not in the vocabulary', async (_name, query) => {
    for (const type of ['ALLY_OF]-(x) DETACH DELETE x //', 'REPORTED_BY', 'DUPLICATE_OF', '*']) {
      expectBadInput(await gql(app, query, { from: 'ttp', to: 'is-k', relationTypes: [type] }), [
        'relationTypes',
        0,
      ]);
    }
  });

  it.each(both)('%s: unknown statuses', async (_name, query) => {
    expectBadInput(
      await gql(app, query, { from: 'ttp', to: 'is-k', excludeStatuses: ['rumoured'] }),
      ['excludeStatuses', 0],
    );
  });

  it.each(both)('%s: the same entity at both ends', async (_name, query) => {
    expectBadInput(await gql(app, query, { from: 'ttp', to: 'ttp' }), ['to']);
  });

  it.each(both)('%s: unknown and malformed ids', async (_name, query) => {
    expectError(await gql(app, query, { from: 'ttp', to: 'no-such-entity' }), 'NOT_FOUND');
    expectError(await gql(app, query, { from: 'no-such-entity', to: 'ttp' }), 'NOT_FOUND');
    expectBadInput(await gql(app, query, { from: 'TTP', to: 'is-k' }), ['from']);
  });

  it.each(both)(
    '%s: asOf with between, and a window that ends before it starts',
    async (_name, query) => {
      expectBadInput(
        await gql(app, query, { from: 'ttp', to: 'is-k', asOf: '2021', between: { from: '2020' } }),
        ['between'],
      );
      expectBadInput(
        await gql(app, query, {
          from: 'ttp',
          to: 'is-k',
          between: { from: '2022', to: '2021-12' },
        }),
        ['between'],
      );
    },
  );

  it.each(both)('%s: invalid dates', async (_name, query) => {
    expectInvalidValue(
      await gql(app, query, { from: 'ttp', to: 'is-k', asOf: '2021-02-29' }),
      '2021-02-29',
    );
    expectInvalidValue(
      await gql(app, query, { from: 'ttp', to: 'is-k', between: { from: 'last week' } }),
      'last week',
    );
  });

  it('paths: first outside 1..10', async () => {
    for (const first of [0, 11])
      expectBadInput(await gql(app, PATHS, { from: 'ttp', to: 'is-k', first }), ['first']);
  });

  it.each(both)('%s: avoided ids that are malformed, unknown or an end', async (_name, query) => {
    const ask = (avoid: string[]) => gql(app, query, { from: 'ttp', to: 'is-k', avoid });
    expectBadInput(await ask(['pakistan', 'Pakistan']), ['avoid', 1]);
    const unknown = expectBadInput(await ask(['pakistan', 'no-such-entity']), ['avoid', 1]);
    expect(unknown.message).toContain('"no-such-entity"');
    expectBadInput(await ask(['is-k']), ['avoid', 0]);
  });

  it.each(both)('%s: maxDegree below 1 and kinds outside the vocabulary', async (_name, query) => {
    for (const maxDegree of [0, -3])
      expectBadInput(await gql(app, query, { from: 'ttp', to: 'is-k', maxDegree }), ['maxDegree']);
    // The SDL's enum refuses it before any resolver runs: no data, the value named.
    const kind = await gql(app, query, { from: 'ttp', to: 'is-k', viaKinds: ['Dragon'] });
    expect(kind.status).toBe(400);
    expect(kind).not.toHaveProperty('data');
    expect(kind.errors![0]!.message).toContain('"Dragon"');
  });

  it('paths: an order that does not exist', async () => {
    const result = await gql(
      app,
      'query { paths(from: "ttp", to: "is-k", orderBy: LONGEST) { length } }',
    );
    expectError(result, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('neighborhood: the same checks on its hub control', async () => {
    expectBadInput(await gql(app, NEIGHBORHOOD, { id: 'ttp', maxDegree: 0 }), ['maxDegree']);
    expectBadInput(await gql(app, NEIGHBORHOOD, { id: 'ttp', avoid: ['nope-x'] }), ['avoid', 0]);
    expectBadInput(await gql(app, NEIGHBORHOOD, { id: 'ttp', avoid: ['ttp'] }), ['avoid', 0]);
  });
});
