/**
 * Source grading against the real Neo4j: the grade filters of neighborhood, shortestPath, paths and
 * attacks remove exactly the links (and so the paths) without one piece of evidence meeting both
 * grades — on the seed graph (oracle from the seed files) and on a small graph built here — the
 * grades follow gradeSource and gradeEvidence at once, and bad grades are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorHeaders, gql, MANY_CLIENTS, testConfig } from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import {
  neighbourhood,
  relationIdOf,
  type SeedRelation,
} from '../../../../support/graphql/seed-graph.js';
import {
  ADD_EVIDENCE,
  UPSERT,
  useTestEntities,
} from '../../../../support/graphql/test-entities.js';

interface RawEvidence {
  source: string;
  quote: string;
  credibility?: number | null;
}
const readSeeds = <T>(file: string): T[] =>
  JSON.parse(readFileSync(new URL(`../../../../../seeds/${file}`, import.meta.url), 'utf8')) as T[];
const seedSources = readSeeds<{ id: string; reliability: string; credibility: number }>(
  'sources.json',
);
const seedRelations = readSeeds<SeedRelation & { evidence: RawEvidence[] }>('relations.json');
const seedAttacks = readSeeds<{ id: string; evidence: RawEvidence[] }>('attacks.json');
const sourceGrade = new Map(seedSources.map((s) => [s.id, s]));

/** The rule, written out from docs/data-model.md ("Grades"), not from the Cypher. */
const meets = (evidence: RawEvidence[], minReliability = 'F', minCredibility = 6) =>
  evidence.some((e) => {
    const source = sourceGrade.get(e.source)!;
    return (
      source.reliability <= minReliability &&
      (e.credibility ?? source.credibility) <= minCredibility
    );
  });

const NEIGHBORHOOD = `query N($id: ID!, $depth: Int, $minReliability: String, $minCredibility: Int) {
  neighborhood(id: $id, depth: $depth, first: 1000, minReliability: $minReliability, minCredibility: $minCredibility) {
    nodes { id } relations { id } truncated
  }
}`;
const SHORTEST = `query S($from: ID!, $to: ID!, $minReliability: String, $minCredibility: Int) {
  shortestPath(from: $from, to: $to, minReliability: $minReliability, minCredibility: $minCredibility) {
    nodes { id }
  }
}`;
const PATHS = `query P($from: ID!, $to: ID!, $minReliability: String, $minCredibility: Int) {
  paths(from: $from, to: $to, maxHops: 3, first: 10, minReliability: $minReliability, minCredibility: $minCredibility) {
    nodes { id }
  }
}`;
const ATTACKS = `query A($filter: AttackFilter) {
  attacks(filter: $filter, first: 100) { edges { node { id } } }
}`;
const GRADE_SOURCE = `mutation G($id: ID!, $reliability: String) {
  gradeSource(id: $id, reliability: $reliability) { id reliability }
}`;
const GRADE_EVIDENCE = `mutation E($id: ID!, $source: ID!, $quote: String!, $credibility: Int) {
  gradeEvidence(id: $id, source: $source, quote: $quote, credibility: $credibility) {
    source { id reliability } quote credibility
  }
}`;
const ADD_RELATION = `mutation R($input: RelationInput!) {
  addRelation(input: $input) { id evidence { source { id reliability } quote credibility } }
}`;

// Side by side for the race, and a long query timeout for a loaded machine (the assertions are on
// answers, never on time).
const run = useTestEntities(testConfig({ ...MANY_CLIENTS, QUERY_TIMEOUT_MS: '60000' }));

async function read<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(run.app, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const subgraph = async (variables: Record<string, unknown>) => {
  const { neighborhood } = await read<{
    neighborhood: { nodes: { id: string }[]; relations: { id: string }[]; truncated: boolean };
  }>(NEIGHBORHOOD, variables);
  expect(neighborhood.truncated).toBe(false);
  return {
    nodeIds: neighborhood.nodes.map((n) => n.id).sort(),
    relationIds: neighborhood.relations.map((r) => r.id).sort(),
  };
};
const chains = async (variables: Record<string, unknown>) =>
  (await read<{ paths: { nodes: { id: string }[] }[] }>(PATHS, variables)).paths
    .map((p) => p.nodes.map((n) => n.id).join(' '))
    .sort();

describe('grade filters on the seed graph', () => {
  it.each([
    ['is-k', 2, 'C', undefined],
    ['ttp', 2, undefined, 2],
    ['taliban', 1, 'B', 3],
    ['is-k', 1, 'C', 3],
  ])(
    'neighborhood of %s at depth %i with minReliability %s, minCredibility %s is the walk over the links that meet both',
    async (id, depth, minReliability, minCredibility) => {
      const passes = (r: SeedRelation) =>
        meets(
          seedRelations.find((s) => relationIdOf(s) === relationIdOf(r))!.evidence,
          minReliability,
          minCredibility,
        );
      const all = neighbourhood(id, depth);
      const expected = neighbourhood(id, depth, passes);
      // The case must remove something, or it could not fail.
      expect(expected.relationIds.length).toBeLessThan(all.relationIds.length);
      expect(await subgraph({ id, depth, minReliability, minCredibility })).toEqual(expected);
    },
  );

  it('keeps the seed attacks whose own evidence meets both grades', async () => {
    const ids = new Set(seedAttacks.map((a) => a.id));
    const found = async (filter: Record<string, unknown>) =>
      (
        await read<{ attacks: { edges: { node: { id: string } }[] } }>(ATTACKS, { filter })
      ).attacks.edges
        .map((e) => e.node.id)
        .filter((id) => ids.has(id))
        .sort();
    const expected = seedAttacks
      .filter((a) => meets(a.evidence, 'B', 3))
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(seedAttacks.length);
    expect(await found({ minReliability: 'B', minCredibility: 3 })).toEqual(expected);
  });
});

describe('grade filters on a graph built for them', () => {
  it('drop the weaker links, and the paths through them, as grades are edited', async () => {
    const { test } = run;
    const source = async (name: string) => {
      const id = test.id(name);
      await test.edit(UPSERT, {
        input: { id, kind: 'Source', name: `Test source ${name}`, evidence: [] },
      });
      return id;
    };
    const strong = await source('strong');
    const weak = await source('weak');
    await test.edit(GRADE_SOURCE, { id: strong, reliability: 'A' });
    const graded = await test.edit<{ gradeSource: { reliability: string } }>(GRADE_SOURCE, {
      id: weak,
      reliability: 'E',
    });
    expect(graded.gradeSource.reliability).toBe('E');

    // One after another: a test client's budget does not take a burst of writes.
    const [a, b, c, d] = [
      await test.group('a'),
      await test.group('b'),
      await test.group('c'),
      await test.group('d'),
    ];
    const link = async (from: string, to: string, evidence: RawEvidence[]) =>
      (
        await test.edit<{
          addRelation: { id: string; evidence: { credibility: number | null }[] };
        }>(ADD_RELATION, { input: { type: 'ALLY_OF', from, to, evidence } })
      ).addRelation;
    await link(a!.id, b!.id, [{ source: strong, quote: 'a with b', credibility: 2 }]);
    await link(b!.id, c!.id, [{ source: strong, quote: 'b with c', credibility: 2 }]);
    // Each grade is met by one piece, but no piece meets both.
    const ad = await link(a!.id, d!.id, [
      { source: weak, quote: 'a with d', credibility: 1 },
      { source: strong, quote: 'a and d', credibility: 5 },
    ]);
    expect(ad.evidence.map((e) => e.credibility)).toEqual([1, 5]);
    await link(d!.id, c!.id, [{ source: strong, quote: 'd with c', credibility: 2 }]);

    const both = [`${a!.id} ${b!.id} ${c!.id}`, `${a!.id} ${d!.id} ${c!.id}`];
    const from = a!.id;
    const to = c!.id;
    expect(await chains({ from, to })).toEqual(both);
    expect(await chains({ from, to, minReliability: 'B' })).toEqual(both);
    expect(await chains({ from, to, minCredibility: 2 })).toEqual(both);
    expect(await chains({ from, to, minReliability: 'B', minCredibility: 2 })).toEqual([both[0]]);
    expect((await subgraph({ id: a!.id, minReliability: 'A', minCredibility: 2 })).nodeIds).toEqual(
      [a!.id, b!.id].sort(),
    );
    const shortest = async (minReliability: string) =>
      (
        await read<{ shortestPath: { nodes: { id: string }[] } | null }>(SHORTEST, {
          from: a!.id,
          to: d!.id,
          minReliability,
          minCredibility: 2,
        })
      ).shortestPath?.nodes.map((n) => n.id);
    expect(await shortest('F')).toEqual([a!.id, d!.id]);
    expect(await shortest('B')).toEqual([a!.id, b!.id, c!.id, d!.id]);

    // Regrading the weak source lets its piece meet both: the direct link is back.
    await test.edit(GRADE_SOURCE, { id: weak, reliability: 'B' });
    expect(await shortest('B')).toEqual([a!.id, d!.id]);
    // Its credibility lowered, the piece no longer meets minCredibility 2.
    const edited = await test.edit<{ gradeEvidence: { credibility: number } }>(GRADE_EVIDENCE, {
      id: ad.id,
      source: weak,
      quote: 'a with d',
      credibility: 4,
    });
    expect(edited.gradeEvidence.credibility).toBe(4);
    expect(await shortest('B')).toEqual([a!.id, b!.id, c!.id, d!.id]);
    // Ungraded counts as the weakest: it passes F and 6 only.
    await test.edit(GRADE_SOURCE, { id: weak, reliability: null });
    await test.edit(GRADE_EVIDENCE, {
      id: ad.id,
      source: weak,
      quote: 'a with d',
      credibility: null,
    });
    expect(await chains({ from, to, minReliability: 'F', minCredibility: 6 })).toEqual(both);
    expect(await chains({ from, to, minReliability: 'E' })).toEqual(both); // the strong piece
    expect(await chains({ from, to, minCredibility: 4 })).toEqual([both[0]]);

    // An attack of group a, its own evidence graded: the attack filter sees the grade.
    const attack = test.id('attack');
    await test.edit(UPSERT, {
      input: {
        id: attack,
        kind: 'Attack',
        name: 'Test attack',
        date: '2023-05-01',
        evidence: [{ source: strong, quote: 'the attack', credibility: 5 }],
      },
    });
    await link2(test, a!.id, attack, strong);
    const attacks = async (filter: Record<string, unknown>) =>
      (
        await read<{ attacks: { edges: { node: { id: string } }[] } }>(ATTACKS, {
          filter: { groupIds: [a!.id], ...filter },
        })
      ).attacks.edges.map((e) => e.node.id);
    expect(await attacks({ minReliability: 'A' })).toEqual([attack]);
    expect(await attacks({ minReliability: 'A', minCredibility: 4 })).toEqual([]);
    await test.edit(GRADE_EVIDENCE, {
      id: attack,
      source: strong,
      quote: 'the attack',
      credibility: 3,
    });
    expect(await attacks({ minReliability: 'A', minCredibility: 4 })).toEqual([attack]);
    // About 40 requests in a row: a bound only against a hang, several times their time when loaded.
  }, 300_000);

  it('keeps the mirrored grade right when grading races with adding evidence', async () => {
    const { test } = run;
    const id = test.id('racing-source');
    await test.edit(UPSERT, { input: { id, kind: 'Source', name: 'Racing source', evidence: [] } });
    const [x, y] = [await test.group('x'), await test.group('y')];
    const rel = await test.relation('ALLY_OF', x!.id, y!.id);
    for (let round = 0; round < 4; round++) {
      const grade = round % 2 === 0 ? 'A' : 'D';
      await Promise.all([
        test.edit(GRADE_SOURCE, { id, reliability: grade }),
        test.edit(ADD_EVIDENCE, {
          relationId: rel.id,
          evidence: [{ source: id, quote: `round ${round}`, credibility: 1 }],
        }),
      ]);
      // The link's seed evidence is ungraded credibility, so only the racing source can pass.
      const kept = (await subgraph({ id: x!.id, minReliability: 'B', minCredibility: 1 }))
        .relationIds;
      expect(kept, `round ${round}, grade ${grade}`).toEqual(grade === 'A' ? [rel.id] : []);
    }
  });
});

/** group -[:PERPETRATED]-> attack, evidenced by `source`. */
async function link2(
  test: (typeof run)['test'],
  group: string,
  attack: string,
  source: string,
): Promise<void> {
  await test.edit(ADD_RELATION, {
    input: {
      type: 'PERPETRATED',
      from: group,
      to: attack,
      evidence: [{ source, quote: 'did it' }],
    },
  });
}

describe('bad grades', () => {
  it.each([
    [GRADE_SOURCE, { id: 'src-insider-2022-04', reliability: 'G' }, ['reliability']],
    [GRADE_SOURCE, { id: 'src-insider-2022-04', reliability: 'b' }, ['reliability']],
    [
      GRADE_EVIDENCE,
      { id: 'is-k', source: 'src-insider-2022-04', quote: 'x', credibility: 7 },
      ['credibility'],
    ],
    [
      GRADE_EVIDENCE,
      { id: 'is-k', source: 'src-insider-2022-04', quote: 'x', credibility: 0 },
      ['credibility'],
    ],
    [
      ADD_RELATION,
      {
        input: {
          type: 'ALLY_OF',
          from: 'is-k',
          to: 'ttp',
          evidence: [{ source: 'src-insider-2022-04', quote: 'x', credibility: 9 }],
        },
      },
      ['input', 'evidence', 0, 'credibility'],
    ],
  ])('are refused, naming the field (%#)', async (mutation, variables, path) => {
    const result = await gql(run.app, mutation, variables, editorHeaders);
    expectBadInput(result, path);
  });

  it.each([
    [NEIGHBORHOOD, { id: 'is-k', minReliability: 'Z' }, ['minReliability']],
    [PATHS, { from: 'is-k', to: 'ttp', minCredibility: 9 }, ['minCredibility']],
    [SHORTEST, { from: 'is-k', to: 'ttp', minReliability: '' }, ['minReliability']],
    [ATTACKS, { filter: { minCredibility: -1 } }, ['filter', 'minCredibility']],
    [ATTACKS, { filter: { minReliability: 'AA' } }, ['filter', 'minReliability']],
  ])('in filters are refused, naming the argument (%#)', async (query, variables, path) => {
    expectBadInput(await gql(run.app, query, variables), path);
  });

  it('needs an editor, an existing source and existing evidence', async () => {
    expectError(
      await gql(run.app, GRADE_SOURCE, { id: 'src-insider-2022-04', reliability: 'A' }),
      'UNAUTHENTICATED',
    );
    expectError(
      await gql(run.app, GRADE_SOURCE, { id: 'no-such-source', reliability: 'A' }, editorHeaders),
      'NOT_FOUND',
    );
    expectError(
      await gql(
        run.app,
        GRADE_EVIDENCE,
        { id: 'is-k', source: 'src-insider-2022-04', quote: 'not a quote of it', credibility: 2 },
        editorHeaders,
      ),
      'NOT_FOUND',
    );
  });
});
