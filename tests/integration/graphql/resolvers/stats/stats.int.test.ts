/** `counts`, `ranking` (DEGREE, BETWEENNESS) and `vocabulary`, checked against the seed files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { betweenness } from '../../../../../server/src/compute/betweenness.js';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import {
  attacks,
  degreeOf,
  entities,
  entityById,
  relations,
} from '../../../../support/graphql/seed-graph.js';

const RANKING = `query Ranking($kinds: [EntityKind!], $by: RankBy, $first: Int) {
  ranking(kinds: $kinds, by: $by, first: $first) { entity { id kind degree } degree betweenness }
}`;

interface Ranked {
  entity: { id: string; kind: string; degree: number };
  degree: number;
  betweenness: number;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(app, document, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const ranking = async (variables: Record<string, unknown>) =>
  (await query<{ ranking: Ranked[] }>(RANKING, variables)).ranking;

/** Seed entities by degree, highest first, ties by id: the DEGREE ranking. */
const byDegree = (kinds?: string[]) =>
  entities
    .filter((e) => !kinds || kinds.includes(e.kind))
    .map((e) => ({ id: e.id, degree: degreeOf(e.id) }))
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));

describe('counts', () => {
  it('counts the seed entities of every kind', async () => {
    const { counts } = await query<{ counts: { kinds: { kind: string; count: number }[] } }>(
      '{ counts { kinds { kind count } } }',
    );
    const expected = [
      'Group',
      'Person',
      'Attack',
      'State',
      'Place',
      'Organization',
      'Community',
      'Source',
    ].map((kind) => ({
      kind,
      count: entities.filter((e) => e.kind === kind).length,
    }));
    expect(counts.kinds).toEqual(expected);
  });

  it('counts the seed relations of every type, casualty reports and the duplicate link, most first', async () => {
    const { counts } = await query<{
      counts: { relationTypes: { type: string; count: number }[] };
    }>('{ counts { relationTypes { type count } } }');
    const expected = new Map<string, number>();
    for (const r of relations) expected.set(r.type, (expected.get(r.type) ?? 0) + 1);
    expected.set(
      'REPORTED_BY',
      attacks.reduce((n, a) => n + a.casualtyReports.length, 0),
    );
    expected.set('DUPLICATE_OF', 1);
    const sorted = [...expected]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    expect(counts.relationTypes).toEqual(sorted);
  });
});

describe('ranking', () => {
  it('by DEGREE (the default) lists the most linked seed entities first', async () => {
    const found = await ranking({ first: 25 });
    expect(found.map((r) => ({ id: r.entity.id, degree: r.degree }))).toEqual(
      byDegree().slice(0, 25),
    );
    expect(found.every((r) => r.degree === r.entity.degree)).toBe(true);
  });

  it('by DEGREE keeps to the kinds asked for', async () => {
    const found = await ranking({ kinds: ['Person', 'Organization'], first: 10 });
    expect(found.map((r) => ({ id: r.entity.id, degree: r.degree }))).toEqual(
      byDegree(['Person', 'Organization']).slice(0, 10),
    );
  });

  it('by BETWEENNESS ranks by Brandes betweenness over the seed relations', async () => {
    const scores = betweenness(relations.map((r) => [r.from, r.to] as const));
    const top = [...scores.values()].sort((a, b) => b - a).slice(0, 10);
    const found = await ranking({ by: 'BETWEENNESS', first: 10 });
    // Compared score by score, so entities with equal scores may come in either order.
    found.forEach((r, i) => {
      expect(r.betweenness, r.entity.id).toBeCloseTo(scores.get(r.entity.id)!, 9);
      expect(r.betweenness, r.entity.id).toBeCloseTo(top[i]!, 9);
      expect(r.degree).toBe(degreeOf(r.entity.id));
    });
    expect(found[0]!.entity.id).toBe([...scores].sort((a, b) => b[1] - a[1])[0]![0]);
  });

  it('by BETWEENNESS differs from DEGREE, scores lie in 0..1 and fall along the list', async () => {
    const central = await ranking({ by: 'BETWEENNESS', first: 10 });
    const linked = await ranking({ by: 'DEGREE', first: 10 });
    expect(central.map((r) => r.entity.id)).not.toEqual(linked.map((r) => r.entity.id));
    const scores = central.map((r) => r.betweenness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(scores[0]).toBeGreaterThan(0);
  });

  it('by BETWEENNESS keeps to the kinds asked for', async () => {
    const found = await ranking({ by: 'BETWEENNESS', kinds: ['Person'], first: 5 });
    expect(found).toHaveLength(5);
    expect(
      found.every(
        (r) => entityById.get(r.entity.id)?.kind === 'Person' && r.entity.kind === 'Person',
      ),
    ).toBe(true);
  });

  it.each([0, 201])('rejects first: %i', async (first) => {
    expectBadInput(await gql(app, RANKING, { first }), ['first']);
  });
});

describe('vocabulary', () => {
  const VOCABULARY = '{ vocabulary { kinds statuses relationTypes { type from to meaning } } }';
  type Vocabulary = {
    kinds: string[];
    statuses: string[];
    relationTypes: { type: string; from: string[]; to: string[]; meaning: string }[];
  };

  it('lists the kinds of the EntityKind enum', async () => {
    const { vocabulary } = await query<{ vocabulary: Vocabulary }>(VOCABULARY);
    const { __type } = await query<{ __type: { enumValues: { name: string }[] } }>(
      '{ __type(name: "EntityKind") { enumValues { name } } }',
    );
    expect(vocabulary.kinds).toEqual(__type.enumValues.map((v) => v.name));
  });

  it('admits every seed relation: its type, the kinds at both ends and its status', async () => {
    const { vocabulary } = await query<{ vocabulary: Vocabulary }>(VOCABULARY);
    const rules = new Map(vocabulary.relationTypes.map((r) => [r.type, r]));
    const refused = relations.filter((r) => {
      const rule = rules.get(r.type);
      return (
        !rule ||
        !rule.from.includes(entityById.get(r.from)!.kind) ||
        !rule.to.includes(entityById.get(r.to)!.kind)
      );
    });
    expect(refused).toEqual([]);
    const statuses = new Set(relations.map((r) => r.status).filter((s) => s !== null));
    expect(vocabulary.statuses).toEqual(expect.arrayContaining([...statuses]));
    expect(
      vocabulary.relationTypes.every(
        (r) => r.meaning.length > 0 && r.from.length > 0 && r.to.length > 0,
      ),
    ).toBe(true);
  });

  it('does not offer the bookkeeping links as relationship types', async () => {
    const { vocabulary } = await query<{ vocabulary: Vocabulary }>(VOCABULARY);
    const types = vocabulary.relationTypes.map((r) => r.type);
    expect(types).not.toContain('REPORTED_BY');
    expect(types).not.toContain('DUPLICATE_OF');
    expect(new Set(types).size).toBe(types.length);
  });
});
