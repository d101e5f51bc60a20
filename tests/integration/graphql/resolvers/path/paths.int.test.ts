/**
 * `shortestPath` and `paths`: chains between two entities that exist in the seed graph, shortest
 * first, each node sequence once with all its parallel links, with evidence on every hop; type,
 * status and time filters change them as they should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import {
  degreeOf,
  distance,
  entityById,
  relationById,
  relationIdOf,
  relations,
  type SeedRelation,
} from '../../../../support/graphql/seed-graph.js';

const PATH_FIELDS =
  'length strength nodes { id } relations { id type status since until from { id } to { id } evidence { source { id } quote } } hops { from { id } to { id } relations { id } }';
const ARGS =
  '$from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [String!], $excludeStatuses: [String!], $asOf: Date, $between: DateRange, $includeUndated: Boolean, $avoid: [ID!], $viaKinds: [EntityKind!], $maxDegree: Int';
const PASS =
  'from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, excludeStatuses: $excludeStatuses, asOf: $asOf, between: $between, includeUndated: $includeUndated, avoid: $avoid, viaKinds: $viaKinds, maxDegree: $maxDegree';
const SHORTEST = `query Shortest(${ARGS}) { shortestPath(${PASS}) { ${PATH_FIELDS} } }`;
const PATHS = `query Paths(${ARGS}, $first: Int) { paths(${PASS}, first: $first) { ${PATH_FIELDS} } }`;

interface Path {
  length: number;
  strength: number;
  nodes: { id: string }[];
  hops: { from: { id: string }; to: { id: string }; relations: { id: string }[] }[];
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

/**
 * A path must be a real chain: each hop joins consecutive nodes by seed relations, its first link
 * (`relations`) among them, with its evidence.
 */
function expectChain(path: Path, from: string, to: string) {
  expect(path.length).toBe(path.relations.length);
  expect(path.hops).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  expect(path.nodes[0]!.id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  expect(new Set(path.nodes.map((n) => n.id)).size, 'no node twice').toBe(path.nodes.length);
  path.relations.forEach((hop, i) => {
    const ends = [hop.from.id, hop.to.id].sort();
    expect(ends, hop.id).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
    expect(path.hops[i]!.relations[0]!.id).toBe(hop.id);
    for (const { id } of path.hops[i]!.relations) {
      const seed = relationById.get(id);
      expect(seed, id).toBeDefined();
      expect([seed!.from, seed!.to].sort(), id).toEqual(ends);
    }
    const seed = relationById.get(hop.id);
    expect(seed, hop.id).toBeDefined();
    expect(hop.evidence.length, hop.id).toBeGreaterThan(0);
    expect(hop.evidence.map((e) => ({ source: e.source.id, quote: e.quote }))).toEqual(
      seed!.evidence,
    );
  });
}

/**
 * Every chain of exactly `hops` seed relations that pass from `from` to `to`, visiting no node
 * twice, as node-id sequences (chains over parallel links count once).
 */
function chains(
  from: string,
  to: string,
  hops: number,
  passes: (r: SeedRelation) => boolean = () => true,
): string[] {
  const found = new Set<string>();
  const walk = (visited: string[]) => {
    const at = visited.at(-1)!;
    if (visited.length === hops + 1) {
      if (at === to) found.add(visited.join(' '));
      return;
    }
    for (const r of relations) {
      if (!passes(r) || (r.from !== at && r.to !== at)) continue;
      const next = r.from === at ? r.to : r.from;
      if (!visited.includes(next)) walk([...visited, next]);
    }
  };
  walk([from]);
  return [...found].sort();
}

/** The links between two entities that pass, as relation ids. */
const linksBetween = (a: string, b: string, passes: (r: SeedRelation) => boolean = () => true) =>
  relations
    .filter((r) => passes(r) && [r.from, r.to].sort().join() === [a, b].sort().join())
    .map(relationIdOf)
    .sort();

const idsOf = (path: Path) => path.nodes.map((n) => n.id).join(' ');

describe('shortestPath', () => {
  it('links TTP to IS-K by the shortest chain in the seed graph, with evidence on every hop', async () => {
    const path = (await shortestPath({ from: 'ttp', to: 'is-k' }))!;
    expect(path.length).toBe(distance('ttp', 'is-k'));
    expectChain(path, 'ttp', 'is-k');
    expect(chains('ttp', 'is-k', path.length)).toContain(idsOf(path));
    path.hops.forEach((hop) =>
      expect(hop.relations.map((r) => r.id).sort()).toEqual(linksBetween(hop.from.id, hop.to.id)),
    );
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
  it('lists every shortest TTP → IS-K chain first, then longer ones, each node sequence once', async () => {
    const found = await paths({ from: 'ttp', to: 'is-k', first: 10 });
    const shortest = chains('ttp', 'is-k', 2);
    const longer = chains('ttp', 'is-k', 3);
    expect(shortest.length).toBeGreaterThan(1);
    expect(found.length).toBe(Math.min(10, shortest.length + longer.length));
    found.forEach((path) => expectChain(path, 'ttp', 'is-k'));
    expect(found.map((p) => p.length)).toEqual(
      [...found.map((p) => p.length)].sort((a, b) => a - b),
    );
    expect(found.slice(0, shortest.length).map(idsOf).sort()).toEqual(shortest);
    for (const path of found.slice(shortest.length)) expect(longer).toContain(idsOf(path));
    expect(new Set(found.map(idsOf)).size).toBe(found.length);
    // Parallel links (IS-K both THREATENS and CLASHED_WITH Pakistan) are one hop, not two paths.
    for (const path of found)
      path.hops.forEach((hop) =>
        expect(hop.relations.map((r) => r.id).sort(), idsOf(path)).toEqual(
          linksBetween(hop.from.id, hop.to.id),
        ),
      );
    expect(found.some((p) => p.hops.some((hop) => hop.relations.length > 1))).toBe(true);
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

describe('hub control on the seed graph', () => {
  const kindOf = (id: string) => entityById.get(id)?.kind;
  const KINDS_BUT_STATE = ['Group', 'Person', 'Attack', 'Place', 'Organization', 'Community'];
  const noState = (sequence: string) =>
    sequence
      .split(' ')
      .slice(1, -1)
      .every((id) => kindOf(id) !== 'State');

  it('with States left out of viaKinds, TTP → IS-K goes through no State', async () => {
    const expected = [2, 3].flatMap((n) => chains('ttp', 'is-k', n).filter(noState));
    const found = await paths({ from: 'ttp', to: 'is-k', maxHops: 3, viaKinds: KINDS_BUT_STATE });
    found.forEach((path) => expectChain(path, 'ttp', 'is-k'));
    expect(found.length).toBe(Math.min(5, expected.length));
    for (const path of found) expect(expected).toContain(idsOf(path));
    const path = await shortestPath({ from: 'ttp', to: 'is-k', viaKinds: KINDS_BUT_STATE });
    if (expected.length > 0) expect(path!.length).toBe(expected[0]!.split(' ').length - 1);
    else expect(path === null || noState(idsOf(path))).toBe(true);
  });

  it('avoid and maxDegree keep Pakistan and Afghanistan out', async () => {
    const avoid = ['pakistan', 'afghanistan'];
    const expected = [2, 3].flatMap((n) =>
      chains('ttp', 'is-k', n).filter((c) => !avoid.some((id) => c.split(' ').includes(id))),
    );
    const found = await paths({ from: 'ttp', to: 'is-k', maxHops: 3, avoid, first: 10 });
    expect(found.length).toBe(Math.min(10, expected.length));
    for (const path of found) expect(expected).toContain(idsOf(path));
    const maxDegree = Math.min(...avoid.map(degreeOf)) - 1;
    const capped = await paths({ from: 'ttp', to: 'is-k', maxHops: 3, maxDegree, first: 10 });
    for (const path of capped)
      for (const node of path.nodes.slice(1, -1))
        expect(degreeOf(node.id)).toBeLessThanOrEqual(maxDegree);
    expect(capped.some((p) => p.nodes.some((n) => avoid.includes(n.id)))).toBe(false);
  });
});
