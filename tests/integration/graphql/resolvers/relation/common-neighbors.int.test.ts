/** `commonNeighbors`: entities linked to both actors, with the links on each side, as in the seeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import {
  neighboursOf,
  relationById,
  relationIdOf,
  relations,
  type SeedRelation,
} from '../../../../support/graphql/seed-graph.js';

const COMMON = `query Common($a: ID!, $b: ID!, $relationTypes: [String!]) {
  commonNeighbors(a: $a, b: $b, relationTypes: $relationTypes) {
    node { id }
    viaA { id from { id } to { id } evidence { source { id } quote } }
    viaB { id from { id } to { id } evidence { source { id } quote } }
  }
}`;

interface Via {
  id: string;
  from: { id: string };
  to: { id: string };
  evidence: { source: { id: string }; quote: string }[];
}
interface Common {
  node: { id: string };
  viaA: Via[];
  viaB: Via[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function common(a: string, b: string, relationTypes?: string[]) {
  const result = await gql<{ commonNeighbors: Common[] }>(app, COMMON, { a, b, relationTypes });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.commonNeighbors;
}

/** What the seeds say: each shared neighbour with the ids of the links on each side. */
function expected(a: string, b: string, passes: (r: SeedRelation) => boolean = () => true) {
  const shared = [...neighboursOf(a, passes)].filter(
    (n) => n !== b && neighboursOf(b, passes).has(n),
  );
  const links = (x: string, n: string) =>
    relations
      .filter((r) => passes(r) && [r.from, r.to].sort().join() === [x, n].sort().join())
      .map(relationIdOf)
      .sort();
  return shared
    .map((n) => ({ node: n, viaA: links(a, n), viaB: links(b, n) }))
    .sort((x, y) => x.node.localeCompare(y.node));
}

const simplify = (list: Common[]) =>
  list
    .map((c) => ({
      node: c.node.id,
      viaA: c.viaA.map((r) => r.id).sort(),
      viaB: c.viaB.map((r) => r.id).sort(),
    }))
    .sort((x, y) => x.node.localeCompare(y.node));

describe('commonNeighbors', () => {
  it.each([
    ['is-k', 'taliban'],
    ['is-k', 'ttp'],
    ['united-states', 'afghanistan'],
  ])('of %s and %s are the shared neighbours of the seed graph', async (a, b) => {
    const found = await common(a, b);
    expect(found.length).toBeGreaterThan(0);
    expect(simplify(found)).toEqual(expected(a, b));
  });

  it('puts the most linked neighbours first, then orders by id', async () => {
    const found = await common('is-k', 'taliban');
    // Two or more, else any order is sorted.
    expect(found.length).toBeGreaterThan(1);
    const keys = found.map((c) => [-(c.viaA.length + c.viaB.length), c.node.id] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
    expect(keys).toEqual(sorted);
  });

  it('links each side to its own actor, with the evidence of the seeds', async () => {
    const found = await common('is-k', 'taliban');
    let checked = 0;
    for (const c of found) {
      for (const [actor, via] of [
        ['is-k', c.viaA],
        ['taliban', c.viaB],
      ] as const) {
        for (const r of via) {
          expect([r.from.id, r.to.id].sort()).toEqual([actor, c.node.id].sort());
          expect(r.evidence.map((e) => ({ source: e.source.id, quote: e.quote }))).toEqual(
            relationById.get(r.id)!.evidence,
          );
          checked++;
        }
      }
    }
    // Every shared neighbour has a link on each side: an empty answer checks nothing.
    expect(checked).toBeGreaterThanOrEqual(2 * found.length);
    expect(found.length).toBeGreaterThan(0);
  });

  it('is symmetric: swapping a and b swaps the sides', async () => {
    const ab = simplify(await common('is-k', 'taliban'));
    expect(ab.length).toBeGreaterThan(0);
    const ba = simplify(await common('taliban', 'is-k'));
    expect(ba).toEqual(ab.map((c) => ({ node: c.node, viaA: c.viaB, viaB: c.viaA })));
  });

  it('follows only the relationship types asked for', async () => {
    const found = await common('is-k', 'taliban', ['ALLY_OF']);
    expect(simplify(found)).toEqual(expected('is-k', 'taliban', (r) => r.type === 'ALLY_OF'));
    expect(found.length).toBeLessThan((await common('is-k', 'taliban')).length);
    expect(await common('is-k', 'taliban', ['WORKS_FOR'])).toEqual([]);
  });

  describe('rejects bad input', () => {
    it('the same entity twice', async () => {
      expectBadInput(await gql(app, COMMON, { a: 'is-k', b: 'is-k' }), ['b']);
    });

    it('unknown and malformed ids', async () => {
      expectError(await gql(app, COMMON, { a: 'is-k', b: 'no-such-entity' }), 'NOT_FOUND');
      expectError(await gql(app, COMMON, { a: 'no-such-entity', b: 'is-k' }), 'NOT_FOUND');
      expectBadInput(await gql(app, COMMON, { a: "is-k'}) DETACH DELETE (n", b: 'taliban' }), [
        'a',
      ]);
    });

    it.each(['ALLY_OF]-(n) DETACH DELETE n //', 'REPORTED_BY', 'Ally_Of'])(
      'relationTypes: [%j]',
      async (type) => {
        expectBadInput(await gql(app, COMMON, { a: 'is-k', b: 'taliban', relationTypes: [type] }), [
          'relationTypes',
          0,
        ]);
      },
    );
  });
});
