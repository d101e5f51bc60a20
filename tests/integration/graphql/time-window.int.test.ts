/**
 * asOf / between / includeUndated mean the same in neighborhood, shortestPath, attacks and
 * timeline (docs/data-model.md, "Time"), checked on the seed graph. Expectations come from the
 * seed files through the rule as written in tests/support/graphql/seed-graph.ts (validDuring).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../support/app.js';
import { expectBadInput } from '../../support/graphql/expect-error.js';
import { TestEntities, UPSERT } from '../../support/graphql/test-entities.js';
import {
  attacks,
  dateSpan,
  entityById,
  isDated,
  neighbourhood,
  PERPETRATOR_TYPES,
  relations,
  validDuring,
} from '../../support/graphql/seed-graph.js';

const NEIGHBORHOOD = `query($id: ID!, $types: [String!], $asOf: Date, $between: DateRange, $includeUndated: Boolean) {
  neighborhood(id: $id, relationTypes: $types, asOf: $asOf, between: $between, includeUndated: $includeUndated) {
    nodes { id } relations { id }
  }
}`;
const ATTACKS = `query($filter: AttackFilter) {
  attacks(filter: $filter, first: 100) { totalCount edges { node { id } } }
  timeline(filter: $filter) { month attacks }
}`;
const HOP = `query($from: ID!, $to: ID!, $asOf: Date, $includeUndated: Boolean) {
  shortestPath(from: $from, to: $to, maxHops: 1, asOf: $asOf, includeUndated: $includeUndated) { length }
}`;

interface Window {
  asOf?: string;
  between?: { from?: string; to?: string };
  includeUndated?: boolean;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(app, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function neighborhood(id: string, w: Window, types?: string[]) {
  const { neighborhood: found } = await ask<{
    neighborhood: { nodes: { id: string }[]; relations: { id: string }[] };
  }>(NEIGHBORHOOD, { id, types, ...w });
  return {
    nodeIds: found.nodes.map((n) => n.id).sort(),
    relationIds: found.relations.map((r) => r.id).sort(),
  };
}

const windowOf = (w: Window): [string | null, string | null] =>
  w.asOf ? [w.asOf, w.asOf] : [w.between?.from ?? null, w.between?.to ?? null];
const expected = (id: string, w: Window, types?: string[]) =>
  neighbourhood(
    id,
    1,
    (r) =>
      (!types || types.includes(r.type)) &&
      validDuring(r, ...windowOf(w), w.includeUndated ?? false),
  );
const attackIdsIn = (ids: string[]) => ids.filter((id) => entityById.get(id)?.kind === 'Attack');
const dateOf = (id: string) => attacks.find((a) => a.id === id)?.date ?? null;

const WINDOWS: Window[] = [
  { asOf: '2010' },
  { asOf: '2021-08' },
  { asOf: '2022-06' },
  { asOf: '2024' },
  { asOf: '2022-06', includeUndated: true },
  { between: { from: '2022', to: '2023-06' } },
  { between: { from: '2024-02', to: '2024-04' }, includeUndated: true },
  { between: { from: '2026' } },
  { between: { to: '2021-09' } },
];

describe('time windows on the seed graph', () => {
  it('the seed graph has the cases these tests need', () => {
    const isk = relations.filter((r) => r.from === 'is-k' || r.to === 'is-k');
    expect(isk.some((r) => !isDated(r))).toBe(true);
    expect(isk.some((r) => (dateOf(r.to) ?? '').startsWith('2024'))).toBe(true);
    expect(isk.some((r) => entityById.get(r.to)?.kind === 'Attack' && !dateOf(r.to))).toBe(true);
    expect(relations.some((r) => r.since) && relations.some((r) => r.until)).toBe(true);
  });

  it.each(WINDOWS)('neighborhood of IS-K: %j', async (w) => {
    const found = await neighborhood('is-k', w);
    expect(found).toEqual(expected('is-k', w));
  });

  it('as of 2022-06, IS-K has attacks but none dated after June 2022', async () => {
    const found = attackIdsIn((await neighborhood('is-k', { asOf: '2022-06' })).nodeIds);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(dateSpan(dateOf(id)!).start <= '2022-06-30', id).toBe(true);
    const all = attackIdsIn((await neighborhood('is-k', {})).nodeIds);
    expect(all.some((id) => /^202[34]/.test(dateOf(id) ?? ''))).toBe(true);
  });

  it('as of 2010, IS-K has no attacks; includeUndated brings back only the undated ones', async () => {
    expect(attackIdsIn((await neighborhood('is-k', { asOf: '2010' })).nodeIds)).toEqual([]);
    const withUndated = attackIdsIn(
      (await neighborhood('is-k', { asOf: '2010', includeUndated: true })).nodeIds,
    );
    expect(withUndated.length).toBeGreaterThan(0);
    expect(withUndated.every((id) => dateOf(id) === null)).toBe(true);
  });

  it('without asOf/between, includeUndated changes nothing', async () => {
    const all = await neighborhood('is-k', {});
    expect(await neighborhood('is-k', { includeUndated: false })).toEqual(all);
    expect(all).toEqual(neighbourhood('is-k', 1));
  });

  // A link with since (until): in force from (to) that date; a window before (after) it is out.
  const year = (date: string, by: number) => String(Number(date.slice(0, 4)) + by);
  it.each([
    ...relations.filter((r) => r.since).slice(0, 2),
    ...relations.filter((r) => r.until).slice(0, 2),
  ])('a link is out of windows outside its since/until: $from $type $to', async (r) => {
    const edge = (r.since ?? r.until)!;
    const outside: Window = r.since
      ? { between: { from: year(edge, -3), to: year(edge, -1) } }
      : { asOf: year(edge, 1) };
    for (const [w, inForce] of [
      [{ asOf: edge }, true],
      [outside, false],
    ] as const) {
      const found = await neighborhood(r.from, w, [r.type]);
      expect(found, JSON.stringify(w)).toEqual(expected(r.from, w, [r.type]));
      expect(found.nodeIds.includes(r.to), JSON.stringify(w)).toBe(inForce);
    }
  });

  it.each(WINDOWS)('attacks and timeline agree with neighborhood: %j', async (w) => {
    const linked = attackIdsIn(
      (await neighborhood('is-k', w, PERPETRATOR_TYPES)).nodeIds.filter((id) => id !== 'is-k'),
    );
    const { attacks: page, timeline } = await ask<{
      attacks: { totalCount: number; edges: { node: { id: string } }[] };
      timeline: { attacks: number }[];
    }>(ATTACKS, { filter: { groupIds: ['is-k'], ...w } });
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(linked);
    expect(page.totalCount).toBe(linked.length);
    // The timeline buckets dated attacks only; IS-K is their one perpetrator in each bucket.
    const dated = linked.filter((id) => dateOf(id) !== null);
    expect(timeline.reduce((sum, b) => sum + b.attacks, 0)).toBe(dated.length);
  });

  it('shortestPath follows the same rule', async () => {
    const link = relations.find((r) => r.from === 'is-k' && /^2024/.test(dateOf(r.to) ?? ''))!;
    const undated = relations.find((r) => r.from === 'is-k' && !isDated(r))!;
    const hop = async (to: string, asOf: string, includeUndated?: boolean) =>
      (await ask<{ shortestPath: unknown }>(HOP, { from: 'is-k', to, asOf, includeUndated }))
        .shortestPath;
    expect(await hop(link.to, '2022-06')).toBeNull();
    expect(await hop(link.to, '2024-12')).toEqual({ length: 1 });
    expect(await hop(undated.to, '2024-12')).toBeNull();
    expect(await hop(undated.to, '2024-12', true)).toEqual({ length: 1 });
  });

  it('rejects asOf with between in an attack filter, naming the argument', async () => {
    const result = await gql(app, ATTACKS, {
      filter: { asOf: '2022', between: { from: '2021' } },
    });
    expectBadInput(result, ['filter', 'between']);
    expect(result.errors?.[0]?.message).toContain('filter.asOf');
  });
});

describe('stored link times', () => {
  let test: TestEntities;
  beforeAll(() => {
    test = new TestEntities(app);
  });
  afterAll(() => test.cleanUp());

  const hop = async (from: string, to: string, asOf: string, includeUndated = false) =>
    (await ask<{ shortestPath: unknown }>(HOP, { from, to, asOf, includeUndated })).shortestPath;
  const attackInput = (id: string, date: string) => ({
    id,
    kind: 'Attack',
    name: `Test attack ${id}`,
    date,
    evidence: [{ source: 'src-insider-2022-04', quote: `attack ${id}` }],
  });

  it("follow an attack's date when it is written", async () => {
    const group = (await test.group('perpetrator')).id;
    const attack = test.id('attack');
    await test.edit(UPSERT, { input: attackInput(attack, '2030') });
    await test.relation('PERPETRATED', group, attack);
    expect(await hop(group, attack, '2029')).toBeNull();
    expect(await hop(group, attack, '2030-06')).toEqual({ length: 1 });

    await test.edit(UPSERT, { input: attackInput(attack, '2028-03') });
    expect(await hop(group, attack, '2028-02')).toBeNull();
    expect(await hop(group, attack, '2029')).toEqual({ length: 1 });
  });

  it('are stored at start-up on links written before they existed', async () => {
    const group = (await test.group('older')).id;
    const attack = test.id('older-attack');
    await test.edit(UPSERT, { input: attackInput(attack, '2031') });
    const link = await test.relation('PERPETRATED', group, attack);
    const c = inject('neo4j');
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
    try {
      // As an older version stored it: no inForceFrom, no dated.
      await driver.executeQuery(
        'MATCH ()-[r {id: $id}]->() REMOVE r.inForceFrom, r.dated',
        { id: link.id },
        { database: c.database },
      );
      expect(await hop(group, attack, '2031', true)).toBeNull();
      const restarted = await startTestApp();
      await restarted.close();
      expect(await hop(group, attack, '2030')).toBeNull();
      expect(await hop(group, attack, '2031')).toEqual({ length: 1 });
    } finally {
      await driver.close();
    }
  });
});
