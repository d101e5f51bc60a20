/**
 * `shortestPath` and `paths`: chains between two entities that exist in the seed graph, shortest
 * first, with evidence on every hop; type, status and time filters change them as they should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import {
  distance,
  relationById,
  relationIdOf,
  relations,
  type SeedRelation,
} from '../../../../support/graphql/seed-graph.js';

const PATH_FIELDS =
  'length nodes { id } relations { id type status since until from { id } to { id } evidence { source { id } quote } }';
const ARGS =
  '$from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [String!], $excludeStatuses: [String!], $asOf: Date, $between: DateRange, $includeUndated: Boolean';
const PASS =
  'from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, excludeStatuses: $excludeStatuses, asOf: $asOf, between: $between, includeUndated: $includeUndated';
const SHORTEST = `query Shortest(${ARGS}) { shortestPath(${PASS}) { ${PATH_FIELDS} } }`;
const PATHS = `query Paths(${ARGS}, $first: Int) { paths(${PASS}, first: $first) { ${PATH_FIELDS} } }`;

interface Path {
  length: number;
  nodes: { id: string }[];
  relations: {
    id: string;
    type: string;
    status: string | null;
    from: { id: string };
    to: { id: string };
    evidence: { source: { id: string }; quote: string }[];
  }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function shortestPath(variables: Record<string, unknown>) {
  const result = await gql<{ shortestPath: Path | null }>(app, SHORTEST, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.shortestPath;
}

async function paths(variables: Record<string, unknown>) {
  const result = await gql<{ paths: Path[] }>(app, PATHS, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.paths;
}

/** A path must be a real chain: each hop a seed relation joining consecutive nodes, with its evidence. */
function expectChain(path: Path, from: string, to: string) {
  expect(path.length).toBe(path.relations.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(path.nodes[0]!.id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  path.relations.forEach((hop, i) => {
    const ends = [hop.from.id, hop.to.id].sort();
    expect(ends, hop.id).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    const seed = relationById.get(hop.id);
    expect(seed, hop.id).toBeDefined();
    expect(hop.evidence.length, hop.id).toBeGreaterThan(0);
    expect(hop.evidence.map((e) => ({ source: e.source.id, quote: e.quote }))).toEqual(
      seed!.evidence,
    );
  });
}

/** Every chain of exactly `hops` distinct seed relations from `from` to `to`, as relation-id lists. */
function chains(
  from: string,
  to: string,
  hops: number,
  passes: (r: SeedRelation) => boolean = () => true,
): string[] {
  const found: string[] = [];
  const walk = (at: string, used: SeedRelation[]) => {
    if (used.length === hops) {
      if (at === to) found.push(used.map(relationIdOf).join(' '));
      return;
    }
    for (const r of relations) {
      if (!passes(r) || used.includes(r) || (r.from !== at && r.to !== at)) continue;
      walk(r.from === at ? r.to : r.from, [...used, r]);
    }
  };
  walk(from, []);
  return found.sort();
}

const idsOf = (path: Path) => path.relations.map((r) => r.id).join(' ');

describe('shortestPath', () => {
  it('links TTP to IS-K by the shortest chain in the seed graph, with evidence on every hop', async () => {
    const path = (await shortestPath({ from: 'ttp', to: 'is-k' }))!;
    expect(path.length).toBe(distance('ttp', 'is-k'));
    expectChain(path, 'ttp', 'is-k');
    expect(chains('ttp', 'is-k', path.length)).toContain(idsOf(path));
  });

  it('follows only the relationship types asked for', async () => {
    for (const types of [['OPERATES_IN'], ['THREATENS']]) {
      const path = (await shortestPath({ from: 'ttp', to: 'is-k', relationTypes: types }))!;
      expectChain(path, 'ttp', 'is-k');
      expect(
        path.relations.every((r) => types.includes(r.type)),
        types.join(),
      ).toBe(true);
      expect(path.length).toBe(distance('ttp', 'is-k', (r) => types.includes(r.type)));
    }
    expect(
      await shortestPath({ from: 'ttp', to: 'is-k', relationTypes: ['MEMBER_OF'] }),
    ).toBeNull();
  });

  it('finds no chain when every link of TTP has an excluded status', async () => {
    expect(
      relations
        .filter((r) => r.from === 'ttp' || r.to === 'ttp')
        .every((r) => r.status === 'reported'),
    ).toBe(true);
    expect(
      await shortestPath({ from: 'ttp', to: 'is-k', excludeStatuses: ['reported'] }),
    ).toBeNull();
    const path = (await shortestPath({
      from: 'ttp',
      to: 'is-k',
      excludeStatuses: ['alleged', 'suspected'],
    }))!;
    expect(path.relations.every((r) => r.status !== 'alleged' && r.status !== 'suspected')).toBe(
      true,
    );
  });

  // Taliban GOVERNS Afghanistan since 2021-08-15; the former government was PART_OF it until 2021-08.
  it.each([
    ['taliban', 'afghanistan', {}, 1],
    ['taliban', 'afghanistan', { asOf: '2020' }, 2],
    ['taliban', 'afghanistan', { asOf: '2021-08-14' }, 2],
    ['taliban', 'afghanistan', { asOf: '2021-08' }, 1],
    ['taliban', 'afghanistan', { between: { from: '2019', to: '2020' } }, 2],
    ['taliban', 'afghanistan', { between: { from: '2020', to: '2022' } }, 1],
    ['taliban', 'afghanistan', { between: { to: '2021-08-14' } }, 2],
    ['taliban', 'afghanistan', { between: { from: '2023' } }, 1],
    ['former-afghan-government', 'afghanistan', { asOf: '2020' }, 1],
    ['former-afghan-government', 'afghanistan', { asOf: '2022' }, null],
  ])('%s → %s with %j has %s hops', async (from, to, window, hops) => {
    // The detours go through undated links, which a time window keeps only with includeUndated.
    const path = await shortestPath({ from, to, includeUndated: true, ...window });
    expect(path?.length ?? null).toBe(hops);
    if (path) expectChain(path, from, to);
    if (hops === 2) expect(path!.relations.some((r) => r.type === 'GOVERNS')).toBe(false);
  });

  it('returns null when no chain fits in maxHops', async () => {
    expect(await shortestPath({ from: 'ttp', to: 'is-k', maxHops: 1 })).toBeNull();
  });
});

describe('paths', () => {
  it('lists every shortest TTP → IS-K chain first, then longer ones, each with evidence', async () => {
    const found = await paths({ from: 'ttp', to: 'is-k', first: 10 });
    const shortest = chains('ttp', 'is-k', 2);
    expect(shortest.length).toBeGreaterThan(1);
    expect(found.length).toBe(10);
    found.forEach((path) => expectChain(path, 'ttp', 'is-k'));
    expect(found.map((p) => p.length)).toEqual(
      [...found.map((p) => p.length)].sort((a, b) => a - b),
    );
    expect(found.slice(0, shortest.length).map(idsOf).sort()).toEqual(shortest);
    const longer = chains('ttp', 'is-k', 3);
    for (const path of found.slice(shortest.length)) expect(longer).toContain(idsOf(path));
    expect(new Set(found.map(idsOf)).size).toBe(found.length);
  });

  it('returns `first` chains, 5 by default', async () => {
    expect(await paths({ from: 'ttp', to: 'is-k' })).toHaveLength(5);
    expect(await paths({ from: 'ttp', to: 'is-k', first: 2 })).toHaveLength(2);
  });

  it('keeps to maxHops, the relationship types and the time window', async () => {
    expect(await paths({ from: 'ttp', to: 'is-k', maxHops: 1 })).toEqual([]);
    const twoHops = await paths({ from: 'ttp', to: 'is-k', maxHops: 2, first: 10 });
    expect(twoHops.map(idsOf).sort()).toEqual(chains('ttp', 'is-k', 2));

    const operates = await paths({
      from: 'ttp',
      to: 'is-k',
      relationTypes: ['OPERATES_IN'],
      first: 10,
    });
    expect(operates.map(idsOf).sort()).toEqual(
      chains('ttp', 'is-k', 2, (r) => r.type === 'OPERATES_IN'),
    );

    const governs = (list: Path[]) =>
      list.some((p) => p.relations.some((r) => r.type === 'GOVERNS'));
    expect(
      governs(await paths({ from: 'taliban', to: 'afghanistan', maxHops: 2, first: 10 })),
    ).toBe(true);
    expect(
      governs(
        await paths({ from: 'taliban', to: 'afghanistan', maxHops: 2, first: 10, asOf: '2020' }),
      ),
    ).toBe(false);
    expect(await paths({ from: 'ttp', to: 'is-k', excludeStatuses: ['reported'] })).toEqual([]);
  });
});
