/**
 * `attacks(orderBy)` and `filter.attackTypes`: every order pages through the seed attacks without
 * repeats or gaps, in the order derived from the seed files; unknown values come last either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import {
  attacks,
  dateSpan,
  maxKilled,
  maxWounded,
  perpetratorLinks,
  type SeedAttack,
} from '../../../../support/graphql/seed-graph.js';

const ATTACKS = `query Attacks($filter: AttackFilter, $first: Int, $after: String, $orderBy: AttackOrder) {
  attacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

type Field = 'DATE' | 'KILLED' | 'WOUNDED' | 'NAME';
type Direction = 'ASC' | 'DESC';

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

async function walk(variables: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const connection: Connection = await page({ ...variables, first, after });
    ids.push(...connection.edges.map((e) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

const keyOf: Record<Field, (a: SeedAttack) => string | number | null> = {
  DATE: (a) => (a.date ? dateSpan(a.date).start : null),
  KILLED: maxKilled,
  WOUNDED: maxWounded,
  NAME: (a) => a.name.toLowerCase(),
};

/** The seed attacks in this order, ties by id in the same direction, unknown values last. */
function expectedOrder(list: readonly SeedAttack[], field: Field, direction: Direction): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return [...list]
    .sort((a, b) => {
      const [ka, kb] = [keyOf[field](a), keyOf[field](b)];
      if (ka === null || kb === null) {
        if (ka !== kb) return ka === null ? 1 : -1;
      } else if (ka !== kb) return sign * cmp(ka, kb);
      return sign * cmp(a.id, b.id);
    })
    .map((a) => a.id);
}

const ORDERS: [Field, Direction][] = (['DATE', 'KILLED', 'WOUNDED', 'NAME'] as const).flatMap((f) =>
  (['ASC', 'DESC'] as const).map((d): [Field, Direction] => [f, d]),
);

describe('attacks orderBy', () => {
  it.each(ORDERS)('sorts by %s %s, walking pages of 3 without repeats or gaps', async (f, d) => {
    const expected = expectedOrder(attacks, f, d);
    const ids = await walk({ orderBy: { field: f, direction: d } }, 3);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(attacks.length);
  });

  it('puts attacks without a casualty report last in both directions', async () => {
    const unknown = attacks.filter((a) => maxKilled(a) === null).map((a) => a.id);
    expect(unknown.length).toBeGreaterThan(0);
    for (const direction of ['ASC', 'DESC']) {
      const ids = await walk({ orderBy: { field: 'KILLED', direction } }, 100);
      expect(new Set(ids.slice(-unknown.length))).toEqual(new Set(unknown));
    }
  });

  it('sorts a filtered list and counts it', async () => {
    const isk = attacks.filter((a) => perpetratorLinks(a.id).some((r) => r.from === 'is-k'));
    const connection = await page({
      filter: { groupIds: ['is-k'] },
      orderBy: { field: 'KILLED', direction: 'DESC' },
      first: 100,
    });
    expect(connection.edges.map((e) => e.node.id)).toEqual(expectedOrder(isk, 'KILLED', 'DESC'));
    expect(connection.totalCount).toBe(isk.length);
  });

  it('defaults to DATE DESC with a date-index cursor', async () => {
    const first = await page({ first: 2 });
    const explicit = await page({ first: 2, orderBy: { field: 'DATE', direction: 'DESC' } });
    expect(explicit).toEqual(first);
    expect(first.edges.map((e) => e.node.id)).toEqual(
      expectedOrder(attacks, 'DATE', 'DESC').slice(0, 2),
    );
  });
});

describe('attacks filter.attackTypes', () => {
  const typeOf = (a: SeedAttack) => (typeof a.attackType === 'string' ? a.attackType : null);

  it.each([['suicide bombing'], ['explosion', 'killing'], ['  Suicide Bombing ']])(
    'keeps only the attacks of kinds %j (ignoring case and spaces)',
    async (...kinds) => {
      const wanted = kinds.map((k) => k.trim().toLowerCase());
      const expected = expectedOrder(
        attacks.filter((a) => wanted.includes(typeOf(a)?.toLowerCase() ?? '')),
        'DATE',
        'DESC',
      );
      expect(expected.length).toBeGreaterThan(0);
      const connection = await page({ filter: { attackTypes: kinds }, first: 100 });
      expect(connection.edges.map((e) => e.node.id)).toEqual(expected);
      expect(connection.totalCount).toBe(expected.length);
    },
  );
});

describe('attacks orderBy rejects bad input', () => {
  it('a cursor made for another order, naming after', async () => {
    const byName = await page({ first: 1, orderBy: { field: 'NAME', direction: 'ASC' } });
    const cursor = byName.pageInfo.endCursor;
    const result = await gql(app, ATTACKS, {
      after: cursor,
      orderBy: { field: 'KILLED', direction: 'ASC' },
    });
    expect(expectBadInput(result, ['after']).message).toContain('NAME ASC');
    expectBadInput(await gql(app, ATTACKS, { after: cursor }), ['after']);
  });

  it('a newest-first cursor under another order', async () => {
    const newest = await page({ first: 1 });
    expectBadInput(
      await gql(app, ATTACKS, {
        after: newest.pageInfo.endCursor,
        orderBy: { field: 'NAME', direction: 'DESC' },
      }),
      ['after'],
    );
  });

  it('a forged cursor whose key has the wrong type', async () => {
    const forged = Buffer.from(JSON.stringify(['KILLED', 'ASC', 'many', 'x'])).toString(
      'base64url',
    );
    expectBadInput(
      await gql(app, ATTACKS, { after: forged, orderBy: { field: 'KILLED', direction: 'ASC' } }),
      ['after'],
    );
  });

  it('more than 100 kinds of attack', async () => {
    const attackTypes = Array.from({ length: 101 }, (_, i) => `kind-${i}`);
    expectBadInput(await gql(app, ATTACKS, { filter: { attackTypes } }), ['filter', 'attackTypes']);
  });

  it('an unknown sort field is refused by the schema', async () => {
    const result = await gql(app, ATTACKS, { orderBy: { field: 'TARGET', direction: 'ASC' } });
    expect(result.errors?.[0]?.message).toContain('TARGET');
    expect(result.data ?? null).toBeNull();
  });
});
