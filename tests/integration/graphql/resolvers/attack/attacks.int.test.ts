/** `attacks`: filters, Relay paging and casualty reports side by side, checked against the seeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput, expectInvalidValue } from '../../../../support/graphql/expect-error.js';
import {
  attacks,
  dateSpan,
  DUPLICATE,
  entityById,
  maxKilled,
  newestFirst,
  perpetratorLinks,
  relations,
  type SeedAttack,
  whereAttack,
} from '../../../../support/graphql/seed-graph.js';

const ATTACKS = `query Attacks($filter: AttackFilter, $first: Int, $after: String) {
  attacks(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id date } }
  }
}`;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; date: string | null } }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function page(variables: Record<string, unknown>) {
  const result = await gql<{ attacks: Connection }>(app, ATTACKS, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.attacks;
}

/** Walks every page of `first` attacks and returns the ids in order, checking each page on the way. */
async function walk(filter: Record<string, unknown> | undefined, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 50; pages++) {
    const connection: Connection = await page({ filter, first, after });
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
    ids.push(...connection.edges.map((e) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return { ids, totalCount: connection.totalCount, pages };
    expect(connection.edges).toHaveLength(first);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

const byGroup = (group: string, statuses?: string[]) => (a: SeedAttack) =>
  perpetratorLinks(a.id).some(
    (r) => r.from === group && (!statuses || statuses.includes(r.status ?? '')),
  );
const aimedAt =
  (...ids: string[]) =>
  (a: SeedAttack) =>
    relations.some((r) => r.type === 'TARGETED' && r.from === a.id && ids.includes(r.to));
const inPlace = (id: string) => (a: SeedAttack) => whereAttack(a.id).has(id);
const overlaps = (from: string, to: string) => (a: SeedAttack) =>
  a.date !== null &&
  dateSpan(a.date).end >= dateSpan(from).start &&
  dateSpan(a.date).start <= dateSpan(to).end;

describe('attacks', () => {
  it('lists every seed attack, newest first and undated last, with totalCount', async () => {
    const all = await page({ first: 100 });
    expect(all.totalCount).toBe(attacks.length);
    expect(all.edges.map((e) => e.node.id)).toEqual(newestFirst(attacks));
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['group is-k', { groupIds: ['is-k'] }, byGroup('is-k')],
    [
      'group is-k, suspected only',
      { groupIds: ['is-k'], statuses: ['suspected'] },
      byGroup('is-k', ['suspected']),
    ],
    [
      'group is-k, claimed only',
      { groupIds: ['is-k'], statuses: ['claimed'] },
      byGroup('is-k', ['claimed']),
    ],
    [
      'person muhammad-al-uyghuri',
      { groupIds: ['muhammad-al-uyghuri'] },
      byGroup('muhammad-al-uyghuri'),
    ],
    ['state pakistan', { stateIds: ['pakistan'] }, inPlace('pakistan')],
    ['state afghanistan', { stateIds: ['afghanistan'] }, inPlace('afghanistan')],
    ['place kabul, including places inside it', { placeIds: ['kabul'] }, inPlace('kabul')],
    ['target hazara', { targetIds: ['hazara'] }, aimedAt('hazara')],
    ['target china or hazara', { targetIds: ['china', 'hazara'] }, aimedAt('china', 'hazara')],
    [
      'target shia-muslims in kabul',
      { targetIds: ['shia-muslims'], placeIds: ['kabul'] },
      (a: SeedAttack) => aimedAt('shia-muslims')(a) && inPlace('kabul')(a),
    ],
    ['2022 to 2022-12', { from: '2022', to: '2022-12' }, overlaps('2022', '2022-12')],
    [
      '2021-08-26 to 2021-10',
      { from: '2021-08-26', to: '2021-10' },
      overlaps('2021-08-26', '2021-10'),
    ],
    ['at least 10 killed', { minKilled: 10 }, (a: SeedAttack) => (maxKilled(a) ?? -1) >= 10],
    ['at least 183 killed', { minKilled: 183 }, (a: SeedAttack) => (maxKilled(a) ?? -1) >= 183],
    [
      'is-k in kabul since 2022 with at least 1 killed',
      { groupIds: ['is-k'], placeIds: ['kabul'], from: '2022', minKilled: 1 },
      (a: SeedAttack) =>
        byGroup('is-k')(a) &&
        inPlace('kabul')(a) &&
        overlaps('2022', '9999')(a) &&
        (maxKilled(a) ?? -1) >= 1,
    ],
  ])('filters by %s', async (_label, filter, keep) => {
    const expected = newestFirst(attacks.filter(keep));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(attacks.length);
    const found = await page({ filter, first: 100 });
    expect(found.edges.map((e) => e.node.id)).toEqual(expected);
    expect(found.totalCount).toBe(expected.length);
  });

  it('returns an empty connection for an unknown group', async () => {
    expect(await page({ filter: { groupIds: ['no-such-group'] } })).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it.each([1, 2, 3, 5, 16])('walks all pages of %i without duplicates or gaps', async (first) => {
    const { ids, totalCount, pages } = await walk(undefined, first);
    expect(ids).toEqual(newestFirst(attacks));
    expect(new Set(ids).size).toBe(ids.length);
    expect(totalCount).toBe(attacks.length);
    expect(pages).toBe(Math.ceil(attacks.length / first));
  });

  it('walks the pages of a filtered list', async () => {
    const { ids, totalCount } = await walk({ groupIds: ['is-k'] }, 4);
    expect(ids).toEqual(newestFirst(attacks.filter(byGroup('is-k'))));
    expect(totalCount).toBe(ids.length);
  });

  describe('kabul-airport-bombing-2021', () => {
    const ATTACK = `{ entity(id: "kabul-airport-bombing-2021") { ... on Attack {
      place { id } state { id }
      perpetrators { actor { id } type status relation { id evidence { quote } } }
      casualtyReports { source { id duplicateOf { source { id } similarity } } killed wounded qualifier quote }
    } } }`;
    const seed = attacks.find((a) => a.id === 'kabul-airport-bombing-2021')!;
    type Report = {
      source: { id: string; duplicateOf: { source: { id: string }; similarity: number }[] };
      killed: number | null;
      wounded: number | null;
      qualifier: string | null;
      quote: string;
    };

    it("shows each source's casualty figures side by side, never averaged", async () => {
      const result = await gql<{ entity: { casualtyReports: Report[] } }>(app, ATTACK);
      const reports = result.data!.entity.casualtyReports;
      const simple = reports.map((r) => ({
        source: r.source.id,
        killed: r.killed,
        wounded: r.wounded,
        qualifier: r.qualifier,
        quote: r.quote,
      }));
      const bySource = (x: { source: string }, y: { source: string }) =>
        x.source.localeCompare(y.source);
      expect(simple.sort(bySource)).toEqual(
        seed.casualtyReports.map((c) => ({ ...c, qualifier: c.qualifier ?? null })).sort(bySource),
      );
      expect(new Set(reports.map((r) => r.killed)).size).toBeGreaterThan(1);
      expect(new Set(reports.map((r) => r.source.id)).size).toBe(reports.length);
    });

    it('marks the near-copy source among the reports as a duplicate of the original', async () => {
      const result = await gql<{ entity: { casualtyReports: Report[] } }>(app, ATTACK);
      const reports = result.data!.entity.casualtyReports;
      expect(reports.map((r) => r.source.id)).toEqual(
        expect.arrayContaining([DUPLICATE.duplicate, DUPLICATE.original]),
      );
      for (const r of reports)
        expect(r.source.duplicateOf).toEqual(
          r.source.id === DUPLICATE.duplicate
            ? [{ source: { id: DUPLICATE.original }, similarity: DUPLICATE.similarity }]
            : [],
        );
    });

    it('has its place, state and perpetrators', async () => {
      const result = await gql<{ entity: Record<string, unknown> }>(app, ATTACK);
      const place = relations.find((r) => r.type === 'OCCURRED_IN' && r.from === seed.id)?.to;
      expect(entityById.get(place!)?.kind).toBe('Place');
      const state = [...whereAttack(seed.id)].find((id) => entityById.get(id)?.kind === 'State');
      expect(result.data!.entity).toMatchObject({
        place: { id: place },
        state: { id: state },
        perpetrators: perpetratorLinks(seed.id).map((r) => ({
          actor: { id: r.from },
          type: r.type,
          status: r.status,
        })),
      });
    });
  });

  describe('rejects bad input', () => {
    it.each(['garbage', 'WyJ4Il0', Buffer.from('{"a":1}').toString('base64url')])(
      'after: %j',
      async (after) => {
        expectBadInput(await gql(app, ATTACKS, { after }), ['after']);
      },
    );

    it.each([0, 101, -5])('first: %i', async (first) => {
      expectBadInput(await gql(app, ATTACKS, { first }), ['first']);
    });

    it('a date range that ends before it starts', async () => {
      expectBadInput(await gql(app, ATTACKS, { filter: { from: '2023', to: '2021-12-31' } }), [
        'filter',
        'from',
      ]);
    });

    it('a negative casualty threshold', async () => {
      expectBadInput(await gql(app, ATTACKS, { filter: { minKilled: -1 } }), [
        'filter',
        'minKilled',
      ]);
    });

    it('an unknown status', async () => {
      expectBadInput(
        await gql(app, ATTACKS, {
          filter: { groupIds: ['is-k'], statuses: ['claimed', 'rumoured'] },
        }),
        ['filter', 'statuses', 1],
      );
    });

    it('more than 100 ids', async () => {
      const groupIds = Array.from({ length: 101 }, (_, i) => `group-${i}`);
      expectBadInput(await gql(app, ATTACKS, { filter: { groupIds } }), ['filter', 'groupIds']);
    });

    it('more than 100 target ids', async () => {
      const targetIds = Array.from({ length: 101 }, (_, i) => `target-${i}`);
      expectBadInput(await gql(app, ATTACKS, { filter: { targetIds } }), ['filter', 'targetIds']);
    });

    it.each(['2021-13', '2021-02-29', 'yesterday', '2021/08/26'])(
      'an invalid date: %j',
      async (from) => {
        expectInvalidValue(await gql(app, ATTACKS, { filter: { from } }), from);
      },
    );
  });
});
