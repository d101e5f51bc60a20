import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_DETAILS } from '../../../client/src/api/entity-details.js';
import { NEIGHBORHOOD, NEIGHBOURS_PER_EXPANSION } from '../../../client/src/api/neighborhood.js';
import { PATHS } from '../../../client/src/api/paths.js';
import { SEARCH } from '../../../client/src/api/search.js';
import { loadConfig } from '../../../server/src/config/config.js';
import { operationCost } from '../../../server/src/limits/operation-cost.js';

const schema = buildSchema(
  readFileSync(new URL('../../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const cost = (document: string, variables?: Record<string, unknown>, operationName?: string) =>
  operationCost(schema, parse(document), operationName, variables);

describe('operationCost', () => {
  it('prices a lookup by id at one point, and any operation at least one', () => {
    expect(cost('{ entity(id: "is-k") { id evidence { source { id } } } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(1);
  });

  it('prices neighbourhoods by depth and page size, defaults from the SDL', () => {
    expect(cost('{ neighborhood(id: "is-k") { truncated } }')).toBe(4); // depth 1, first 200
    expect(cost('{ neighborhood(id: "is-k", depth: 2) { truncated } }')).toBe(20);
    expect(cost('{ neighborhood(id: "is-k", depth: 3, first: 1000) { truncated } }')).toBe(180);
    expect(cost('{ neighborhood(id: "is-k", first: 10) { truncated } }')).toBe(1);
  });

  it('prices paths by hops and count', () => {
    expect(cost('{ shortestPath(from: "a", to: "b") { length } }')).toBe(12);
    expect(cost('{ shortestPath(from: "a", to: "b", maxHops: 2) { length } }')).toBe(4);
    expect(cost('{ paths(from: "a", to: "b") { length } }')).toBe(40);
    expect(cost('{ paths(from: "a", to: "b", maxHops: 6, first: 10) { length } }')).toBe(120);
  });

  it('prices pages and whole-graph statistics', () => {
    expect(cost('{ attacks { pageInfo { hasNextPage } } }')).toBe(3);
    expect(cost('{ attacks(first: 100) { edges { cursor } } }')).toBe(11);
    expect(cost('{ ranking { degree } }')).toBe(2);
    expect(cost('{ ranking(by: BETWEENNESS) { betweenness } }')).toBe(30);
  });

  it('reads arguments from variables', () => {
    const document =
      'query N($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { truncated } }';
    expect(cost(document, { id: 'is-k', depth: 3 })).toBe(36);
    expect(cost(document, { id: 'is-k' })).toBe(4);
  });

  it('caps arguments at the maxima the resolvers enforce', () => {
    expect(cost('{ neighborhood(id: "x", depth: 99, first: 100000) { truncated } }')).toBe(180);
    // 6 hops, and first -3 counts as 1, which the search prices as 5 (it looks for 10 anyway).
    expect(cost('{ paths(from: "a", to: "b", maxHops: 50, first: -3) { length } }')).toBe(60);
  });

  it('prices an explicit null as the default it runs with', () => {
    const pairs = [
      ['paths(from: "a", to: "b", first: null, maxHops: null)', 'paths(from: "a", to: "b")'],
      ['neighborhood(id: "a", depth: null, first: null)', 'neighborhood(id: "a")'],
      ['shortestPath(from: "a", to: "b", maxHops: null)', 'shortestPath(from: "a", to: "b")'],
      ['attacks(first: null) { totalCount }', 'attacks { totalCount }'],
    ];
    for (const [withNulls, withDefaults] of pairs) {
      const selection = withNulls!.startsWith('attacks') ? '' : ' { __typename }';
      expect(cost(`{ ${withNulls}${selection} }`)).toBe(cost(`{ ${withDefaults}${selection} }`));
    }
    const document = 'query P($hops: Int) { paths(from: "a", to: "b", maxHops: $hops) { length } }';
    expect(cost(document, { hops: null })).toBe(cost(document, {}));
    expect(cost(document, { hops: null })).toBeGreaterThan(cost(document, { hops: 1 }));
  });

  it('prices paths by the hops searched, whatever the count asked for below 5', () => {
    const one = cost('{ paths(from: "a", to: "b", maxHops: 1, first: 1) { length } }');
    expect(cost('{ paths(from: "a", to: "b", maxHops: 6, first: 1) { length } }')).toBe(6 * one);
    expect(cost('{ paths(from: "a", to: "b", maxHops: 1, first: 5) { length } }')).toBe(one);
    expect(cost('{ paths(from: "a", to: "b", maxHops: 1, first: 10) { length } }')).toBe(2 * one);
  });

  it('prices each alias of an aggregate by the pass it runs: totalCount is not a page', () => {
    const page = cost('{ attacks { edges { cursor } } }');
    const counted = cost('{ attacks { totalCount } }');
    expect(counted).toBeGreaterThan(page);
    // Through a fragment too.
    expect(cost('{ attacks { ...Total } } fragment Total on AttackConnection { totalCount }')).toBe(
      counted,
    );
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: attacks { totalCount }`);
    expect(cost(`{ ${aliases.join(' ')} }`)).toBe(30 * counted);
  });

  it('prices an attacks order other than newest first as a pass over the matching attacks', () => {
    const page = cost('{ attacks { edges { cursor } } }');
    const newest = cost(
      '{ attacks(orderBy: { field: DATE, direction: DESC }) { edges { cursor } } }',
    );
    expect(newest).toBe(page);
    for (const order of [
      '{ field: KILLED }',
      '{ direction: ASC }',
      '{ field: NAME, direction: DESC }',
    ])
      expect(cost(`{ attacks(orderBy: ${order}) { edges { cursor } } }`)).toBe(
        cost('{ attacks { totalCount } }'),
      );
    expect(
      cost('query($o: AttackOrder) { attacks(orderBy: $o) { edges { cursor } } }', {
        o: { field: 'WOUNDED', direction: 'DESC' },
      }),
    ).toBeGreaterThan(page);
  });

  it('adds up aliases, but prices fields merged under one key once', () => {
    expect(cost('{ a: entity(id: "a") { id } b: entity(id: "b") { id } }')).toBe(2);
    expect(cost('{ entity(id: "a") { id } entity(id: "a") { name } }')).toBe(1);
    const fanned = Array.from(
      { length: 5 },
      (_, i) => `p${i}: paths(from: "a", to: "b") { length }`,
    );
    expect(cost(`{ ${fanned.join(' ')} }`)).toBe(200);
  });

  it('looks inside fragments', () => {
    const document = `
      query { ...Trace ... on Query { counts { kinds { kind } } } ...Trace }
      fragment Trace on Query { paths(from: "a", to: "b") { length } }`;
    expect(cost(document)).toBe(42);
  });

  it('prices the operation asked for, and mutations', () => {
    const document = `
      query Cheap { vocabulary { kinds } }
      mutation Merge { mergeEntities(keepId: "a", mergeId: "b") { id } }`;
    expect(cost(document, {}, 'Cheap')).toBe(1);
    expect(cost(document, {}, 'Merge')).toBe(20);
  });

  it('charges one point for what execution will refuse', () => {
    const document = 'query N($depth: Int) { neighborhood(id: "x", depth: $depth) { truncated } }';
    expect(cost(document, { depth: 'deep' })).toBe(1);
    expect(cost(document, {}, 'Missing')).toBe(1);
  });

  it('leaves room in the default budget for fifty of the explorer’s dearest operation a minute', () => {
    const explorer = [
      [SEARCH, { text: 'isk', first: 10 }],
      [NEIGHBORHOOD, { id: 'is-k', depth: 1, first: NEIGHBOURS_PER_EXPANSION }],
      [ENTITY_DETAILS, { id: 'is-k', first: 500 }],
      [PATHS, { from: 'ttp', to: 'is-k', first: 5 }],
    ] as const;
    const costs = explorer.map(([op, variables]) => cost(op.document, variables));
    expect(costs).toEqual([1, 3, 11, 56]); // Paths: 12 + 40 + connection without paths 4
    const budget = loadConfig({}).http.rateLimitPointsPerMinute;
    expect(budget).toBeGreaterThanOrEqual(50 * Math.max(...costs));
  });
});
