/**
 * `connection(a, b)`: direct links, common neighbours, shared attacks, shared places and the
 * strongest paths, on a small generated pair that has every part, and on the seed graph's pair
 * with a shared attack; plus its bad inputs.
 */
import { describe, expect, it } from 'vitest';
import { gql } from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import { PERPETRATOR_TYPES, relations } from '../../../../support/graphql/seed-graph.js';
import { useTestEntities, UPSERT } from '../../../../support/graphql/test-entities.js';

const CONNECTION = `query Connection($a: ID!, $b: ID!, $maxHops: Int, $first: Int) {
  connection(a: $a, b: $b, maxHops: $maxHops, first: $first) {
    direct { id }
    commonNeighbors { node { id } viaA { id } viaB { id } }
    sharedAttacks { id }
    sharedPlaces { id }
    paths { strength nodes { id } }
  }
}`;
const STRONGEST = `query Strongest($a: ID!, $b: ID!) {
  paths(from: $a, to: $b, orderBy: STRONGEST) { strength nodes { id } }
}`;

interface ConnectionOut {
  direct: { id: string }[];
  commonNeighbors: { node: { id: string }; viaA: { id: string }[]; viaB: { id: string }[] }[];
  sharedAttacks: { id: string }[];
  sharedPlaces: { id: string }[];
  paths: { strength: number; nodes: { id: string }[] }[];
}

const run = useTestEntities();

async function connection(a: string, b: string) {
  return (await run.test.edit<{ connection: ConnectionOut }>(CONNECTION, { a, b })).connection;
}

describe('connection', () => {
  it('returns every part for a pair that has them all', async () => {
    const { test } = run;
    const [x, y, z] = [await test.group('x'), await test.group('y'), await test.group('z')];
    const place = test.id('p');
    const attack = test.id('t');
    const evidence = [{ source: 'src-insider-2022-04', quote: 'about p and t' }];
    await test.edit(UPSERT, { input: { id: place, kind: 'Place', name: 'Test p', evidence } });
    await test.edit(UPSERT, {
      input: { id: attack, kind: 'Attack', name: 'Test t', date: '2020-01-02', evidence },
    });
    await test.relation('ALLY_OF', x.id, y.id, 'x y', { status: 'reported' });
    for (const end of [x.id, y.id]) {
      await test.relation('ALLY_OF', end, z.id, `${end} z`, { status: 'reported' });
      await test.relation('OPERATES_IN', end, place, `${end} p`, { status: 'reported' });
    }
    await test.relation('CLAIMED', x.id, attack, 'x t', { status: 'claimed' });
    await test.relation('SUSPECTED_OF', y.id, attack, 'y t', { status: 'suspected' });

    const found = await connection(x.id, y.id);
    expect(found.direct.map((r) => r.id)).toEqual([`${x.id}~ALLY_OF~${y.id}`]);
    expect(found.sharedAttacks.map((e) => e.id)).toEqual([attack]);
    expect(found.sharedPlaces.map((e) => e.id)).toEqual([place]);
    expect(found.commonNeighbors.map((n) => n.node.id).sort()).toEqual(
      [attack, place, z.id].sort(),
    );
    const viaZ = found.commonNeighbors.find((n) => n.node.id === z.id)!;
    expect(viaZ.viaA.map((r) => r.id)).toEqual([`${x.id}~ALLY_OF~${z.id}`]);
    expect(viaZ.viaB.map((r) => r.id)).toEqual([`${y.id}~ALLY_OF~${z.id}`]);
    // Strongest first: the direct link and the two reported two-hop chains tie, fewer hops first,
    // then by ids; the chain over the suspected attribution is weakest.
    expect(found.paths.map((p) => p.nodes.map((n) => n.id).slice(1, -1))).toEqual([
      [],
      ...[[place], [z.id]].sort((p, q) => (p[0]! < q[0]! ? -1 : 1)),
      [attack],
    ]);
    const { paths } = await run.test.edit<{ paths: ConnectionOut['paths'] }>(STRONGEST, {
      a: x.id,
      b: y.id,
    });
    expect(found.paths).toEqual(paths);
  });

  it('finds the seed graph’s shared attack and nothing it does not have', async () => {
    const perpetrated = (id: string) =>
      new Set(
        relations
          .filter((r) => PERPETRATOR_TYPES.includes(r.type) && r.from === id)
          .map((r) => r.to),
      );
    const [a, b] = ['is-k', 'muhammad-al-uyghuri'];
    const shared = [...perpetrated(a)].filter((t) => perpetrated(b).has(t));
    expect(shared.length).toBeGreaterThan(0);
    const found = await connection(a, b);
    expect(found.sharedAttacks.map((e) => e.id).sort()).toEqual(shared.sort());
    const direct = relations.filter((r) => [r.from, r.to].sort().join() === [a, b].sort().join());
    expect(found.direct).toHaveLength(direct.length);
  });

  it('rejects bad input naming the argument', async () => {
    const { app } = run;
    const ask = (variables: Record<string, unknown>) => gql(app, CONNECTION, variables);
    expectBadInput(await ask({ a: 'ttp', b: 'ttp' }), ['b']);
    expectBadInput(await ask({ a: 'TTP', b: 'is-k' }), ['a']);
    expectBadInput(await ask({ a: 'ttp', b: 'is-k', maxHops: 7 }), ['maxHops']);
    expectBadInput(await ask({ a: 'ttp', b: 'is-k', first: 0 }), ['first']);
    expectError(await ask({ a: 'ttp', b: 'no-such-entity' }), 'NOT_FOUND');
  });
});
