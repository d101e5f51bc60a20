/** `neighborhood`: the same subgraph a breadth-first walk over the seed relations finds, filters included. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { callOn, editAfter } from '../../../../support/graphql/concurrent-edit.js';
import {
  expectBadInput,
  expectError,
  expectInvalidValue,
} from '../../../../support/graphql/expect-error.js';
import {
  neighbourhood,
  relationById,
  relations,
  validDuring,
} from '../../../../support/graphql/seed-graph.js';
import { TestEntities } from '../../../../support/graphql/test-entities.js';

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $relationTypes: [String!], $excludeStatuses: [String!], $asOf: Date, $first: Int) {
  neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, excludeStatuses: $excludeStatuses, asOf: $asOf, first: $first) {
    nodes { id }
    relations { id type status from { id } to { id } evidence { source { id } quote } }
    truncated
  }
}`;

interface Subgraph {
  nodes: { id: string }[];
  relations: {
    id: string;
    type: string;
    status: string | null;
    from: { id: string };
    to: { id: string };
    evidence: { source: { id: string }; quote: string }[];
  }[];
  truncated: boolean;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const call = (variables: Record<string, unknown>) =>
  gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, variables);

async function neighborhood(variables: Record<string, unknown>) {
  const result = await call(variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const subgraph = result.data!.neighborhood;
  return {
    ...subgraph,
    nodeIds: subgraph.nodes.map((n) => n.id).sort(),
    relationIds: subgraph.relations.map((r) => r.id).sort(),
  };
}

describe('neighborhood', () => {
  it.each([
    ['ttp', 1],
    ['ttp', 2],
    ['taliban', 1],
    ['kabul', 2],
  ])('of %s at depth %i is what a walk over the seed relations finds', async (id, depth) => {
    const found = await neighborhood({ id, depth });
    expect(found.truncated).toBe(false);
    expect({ nodeIds: found.nodeIds, relationIds: found.relationIds }).toEqual(
      neighbourhood(id, depth),
    );
  });

  it('gives every relation its endpoints, status and the evidence of the seed files', async () => {
    const found = await neighborhood({ id: 'is-k' });
    expect(found.relations.length).toBeGreaterThan(0);
    for (const r of found.relations) {
      const seed = relationById.get(r.id)!;
      expect(r).toMatchObject({
        type: seed.type,
        status: seed.status,
        from: { id: seed.from },
        to: { id: seed.to },
      });
      expect(r.evidence.map((e) => ({ source: e.source.id, quote: e.quote }))).toEqual(
        seed.evidence,
      );
    }
  });

  it('follows only the relationship types asked for', async () => {
    const types = ['OPERATES_IN', 'CLASHED_WITH'];
    const found = await neighborhood({ id: 'is-k', depth: 2, relationTypes: types });
    expect({ nodeIds: found.nodeIds, relationIds: found.relationIds }).toEqual(
      neighbourhood('is-k', 2, (r) => types.includes(r.type)),
    );
    expect(found.relationIds.length).toBeLessThan(neighbourhood('is-k', 2).relationIds.length);
  });

  it('leaves out relations of excluded statuses', async () => {
    // Every link of TTP is "reported": excluding that status leaves TTP alone.
    expect(
      relations
        .filter((r) => r.from === 'ttp' || r.to === 'ttp')
        .every((r) => r.status === 'reported'),
    ).toBe(true);
    const found = await neighborhood({ id: 'ttp', excludeStatuses: ['reported'] });
    expect(found.nodeIds).toEqual(['ttp']);
    expect(found.relations).toEqual([]);
  });

  // Taliban GOVERNS Afghanistan since 2021-08-15: a partial date counts when any of its days does.
  it.each([
    ['2020', false],
    ['2021-08-14', false],
    ['2021-08', true],
    ['2022-06-01', true],
  ])('keeps only the relations valid as of %s', async (asOf, governs) => {
    const found = await neighborhood({ id: 'taliban', asOf });
    const expected = neighbourhood('taliban', 1, (r) => validDuring(r, asOf, asOf));
    expect({ nodeIds: found.nodeIds, relationIds: found.relationIds }).toEqual(expected);
    expect(found.relationIds.includes('taliban~GOVERNS~afghanistan~2021-08-15')).toBe(governs);
  });

  it('stops at `first` nodes and says it was truncated', async () => {
    const found = await neighborhood({ id: 'is-k', first: 5 });
    expect(found.nodes).toHaveLength(5);
    expect(found.truncated).toBe(true);
    const ids = new Set(found.nodeIds);
    expect(found.relations.every((r) => ids.has(r.from.id) && ids.has(r.to.id))).toBe(true);
  });

  describe('rejects bad input', () => {
    it.each([10, 0, 4])('depth: %i', async (depth) => {
      expectBadInput(await call({ id: 'ttp', depth }), ['depth']);
    });

    it.each([0, 1001])('first: %i', async (first) => {
      expectBadInput(await call({ id: 'ttp', first }), ['first']);
    });

    it.each([
      'ALLY_OF]-() DETACH DELETE n //',
      'ALLY_OF|REPORTED_BY',
      'REPORTED_BY',
      'ally_of',
      '',
    ])('relationTypes: [%j]', async (type) => {
      const error = expectBadInput(
        await call({ id: 'ttp', relationTypes: ['OPERATES_IN', type] }),
        ['relationTypes', 1],
      );
      expect(error.message).toContain(JSON.stringify(type));
    });

    it('excludeStatuses: ["bogus"]', async () => {
      expectBadInput(await call({ id: 'ttp', excludeStatuses: ['bogus'] }), ['excludeStatuses', 0]);
    });

    it.each(['2021-13', '2021-02-30', 'yesterday', '21-08-2021', ''])('asOf: %j', async (asOf) => {
      expectInvalidValue(await call({ id: 'ttp', asOf }), asOf);
    });

    it('an unknown id is NOT_FOUND', async () => {
      expectError(await call({ id: 'no-such-entity' }), 'NOT_FOUND');
    });

    it('a malformed id names `id`', async () => {
      expectBadInput(await call({ id: 'MATCH (n) DETACH DELETE n' }), ['id']);
    });
  });
});

describe('a relation whose endpoint a concurrent edit removes', () => {
  it('answers CONFLICT for the endpoint, which a retry resolves, not an internal error', async () => {
    const test = new TestEntities(app);
    try {
      const [a, b] = [await test.group('gone-endpoint-a'), await test.group('gone-endpoint-b')];
      await test.relation('ALLY_OF', a.id, b.id);
      // Between reading a's links and looking up their endpoints, b is merged away.
      const racing = editAfter(app.db, 'relation/incident', () =>
        app.db.write('edit/delete-entity', { id: b.id }),
      );
      const result = await callOn(racing, NEIGHBORHOOD, { id: a.id });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(`"${b.id}" was just removed by a concurrent edit`),
          path: ['neighborhood', 'relations', 0, 'to'],
          extensions: { code: 'CONFLICT' },
        }),
      ]);
    } finally {
      await test.cleanUp();
    }
  });
});
