/**
 * Hub control and ranking on a small generated graph with a known hub: `avoid`, `viaKinds` and
 * `maxDegree` on shortestPath, paths and neighborhood, and `orderBy: STRONGEST`, change the answers
 * as docs/api.md says. The graph, between two groups A and B:
 *   A–H–B over a hub H that four filler groups also link to (degree 6), one source each;
 *   A–S–B, two independent sources each, plus a weaker alleged link A–S in parallel;
 *   A–W–B, the A–W link alleged;  A–Q–B through a Place Q;  A–C–D–B, confirmed, two sources each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linkScore } from '../../../../../server/src/domain/path-strength.js';
import { useTestEntities, UPSERT } from '../../../../support/graphql/test-entities.js';

const TWO_SOURCES = (quote: string) => ({
  evidence: [
    { source: 'src-asia-times-2024-10-29', quote },
    { source: 'src-insider-2022-04', quote },
  ],
});

const HUB_ARGS = '$avoid: [ID!], $viaKinds: [EntityKind!], $maxDegree: Int';
const HUB_PASS = 'avoid: $avoid, viaKinds: $viaKinds, maxDegree: $maxDegree';
const PATH_FIELDS =
  'length strength nodes { id } relations { id } hops { score relations { id independentSources } }';
const PATHS = `query Paths($from: ID!, $to: ID!, $first: Int, $orderBy: PathOrder, ${HUB_ARGS}) {
  paths(from: $from, to: $to, first: $first, orderBy: $orderBy, ${HUB_PASS}) { ${PATH_FIELDS} } }`;
const SHORTEST = `query Shortest($from: ID!, $to: ID!, ${HUB_ARGS}) {
  shortestPath(from: $from, to: $to, ${HUB_PASS}) { ${PATH_FIELDS} } }`;
const NEIGHBORHOOD = `query Around($id: ID!, ${HUB_ARGS}) {
  neighborhood(id: $id, depth: 2, ${HUB_PASS}) { nodes { id } } }`;

interface Path {
  length: number;
  strength: number;
  nodes: { id: string }[];
  relations: { id: string }[];
  hops: { score: number; relations: { id: string; independentSources: number }[] }[];
}

const run = useTestEntities();
const ids: Record<string, string> = {};
const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id) ?? id;
const names = (path: Path) => path.nodes.map((n) => name(n.id)).join('');

async function buildGraph() {
  const { test } = run;
  for (const g of ['a', 'b', 'h', 's', 'w', 'c', 'd', 'f1', 'f2', 'f3', 'f4'])
    ids[g] = (await test.group(g)).id;
  ids.q = test.id('q');
  await test.edit(UPSERT, {
    input: {
      id: ids.q,
      kind: 'Place',
      name: 'Test place q',
      evidence: [{ source: 'src-insider-2022-04', quote: 'about q' }],
    },
  });
  const link = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
    test.relation(type, ids[from]!, ids[to]!, `${from} ${type} ${to}`, {
      status: 'reported',
      ...extra,
    });
  await link('ALLY_OF', 'a', 'h');
  await link('ALLY_OF', 'h', 'b');
  for (const f of ['f1', 'f2', 'f3', 'f4']) await link('ALLY_OF', f, 'h');
  await link('ALLY_OF', 'a', 's', TWO_SOURCES('a and s'));
  await link('ALLY_OF', 's', 'b', TWO_SOURCES('s and b'));
  await link('AFFILIATE_OF', 'a', 's', { status: 'alleged' });
  await link('ALLY_OF', 'a', 'w', { status: 'alleged' });
  await link('ALLY_OF', 'w', 'b');
  await link('OPERATES_IN', 'a', 'q');
  await link('OPERATES_IN', 'b', 'q');
  for (const [from, to] of [
    ['a', 'c'],
    ['c', 'd'],
    ['d', 'b'],
  ] as const)
    await link('ALLY_OF', from, to, { status: 'confirmed', ...TWO_SOURCES(`${from} ${to}`) });
}

const query = <T>(text: string, variables: Record<string, unknown>) =>
  run.test.edit<T>(text, variables);

const paths = async (variables: Record<string, unknown> = {}) =>
  (
    await query<{ paths: Path[] }>(PATHS, { from: ids.a, to: ids.b, first: 10, ...variables })
  ).paths.map((p) => ({ ...p, name: names(p) }));

const shortest = async (variables: Record<string, unknown> = {}) => {
  const { shortestPath } = await query<{ shortestPath: Path | null }>(SHORTEST, {
    from: ids.a,
    to: ids.b,
    ...variables,
  });
  return shortestPath && names(shortestPath);
};

const around = async (variables: Record<string, unknown> = {}) =>
  (
    await query<{ neighborhood: { nodes: { id: string }[] } }>(NEIGHBORHOOD, {
      id: ids.a,
      ...variables,
    })
  ).neighborhood.nodes
    .map((n) => name(n.id))
    .sort();

// Scores by the documented formula (status weight × (1 − 0.5^sources)); a chain is its weakest hop.
const REPORTED_ONE = linkScore('reported', 1);
const REPORTED_TWO = linkScore('reported', 2);
const ALLEGED_ONE = linkScore('alleged', 1);
const CONFIRMED_TWO = linkScore('confirmed', 2);

describe('paths on a graph with a known hub', () => {
  beforeAll(buildGraph);

  it('SHORTEST: fewest hops, then strongest, then node ids; each node sequence once', async () => {
    const found = await paths();
    expect(found.map((p) => p.name)).toEqual(['asb', 'ahb', 'aqb', 'awb', 'acdb']);
    expect(found.map((p) => p.strength)).toEqual([
      REPORTED_TWO,
      REPORTED_ONE,
      REPORTED_ONE,
      ALLEGED_ONE,
      CONFIRMED_TWO,
    ]);
    // The parallel A–S links are one hop, strongest first: the two-source ALLY_OF, then AFFILIATE_OF.
    const viaS = found[0]!;
    expect(viaS.hops[0]!.relations.map((r) => r.id)).toEqual([
      `${ids.a}~ALLY_OF~${ids.s}`,
      `${ids.a}~AFFILIATE_OF~${ids.s}`,
    ]);
    expect(viaS.hops[0]!.relations.map((r) => r.independentSources)).toEqual([2, 1]);
    expect(viaS.relations.map((r) => r.id)).toEqual(viaS.hops.map((h) => h.relations[0]!.id));
    expect(viaS.hops.map((h) => h.score)).toEqual([REPORTED_TWO, REPORTED_TWO]);
  });

  it('STRONGEST: the confirmed three-hop chain first, the alleged chain after the two-source one', async () => {
    const found = await paths({ orderBy: 'STRONGEST' });
    expect(found.map((p) => p.name)).toEqual(['acdb', 'asb', 'ahb', 'aqb', 'awb']);
    const strengths = found.map((p) => p.strength);
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
    expect(await paths({ orderBy: 'STRONGEST', first: 2 })).toHaveLength(2);
  });

  it('avoid, maxDegree and viaKinds keep the search away from the hub, the place, the groups', async () => {
    const all = (await paths()).map((p) => p.name);
    expect((await paths({ avoid: [ids.h] })).map((p) => p.name)).toEqual(
      all.filter((n) => !n.includes('h')),
    );
    // H has 6 links; every other intermediate at most 3.
    expect((await paths({ maxDegree: 5 })).map((p) => p.name)).toEqual(
      all.filter((n) => !n.includes('h')),
    );
    expect((await paths({ maxDegree: 6 })).map((p) => p.name)).toEqual(all);
    expect((await paths({ viaKinds: ['Place'] })).map((p) => p.name)).toEqual(['aqb']);
    expect((await paths({ viaKinds: ['Group'] })).map((p) => p.name)).toEqual(
      all.filter((n) => !n.includes('q')),
    );
    expect(await paths({ viaKinds: [] })).toEqual([]);
    expect(await paths({ avoid: [], viaKinds: null, maxDegree: null })).toEqual(await paths());
  });

  it('shortestPath obeys the same hub control', async () => {
    expect((await shortest())!.length).toBe(3);
    expect(await shortest({ viaKinds: ['Place'] })).toBe('aqb');
    expect(await shortest({ avoid: [ids.h, ids.s, ids.w, ids.q] })).toBe('acdb');
    expect(await shortest({ viaKinds: ['Person'] })).toBeNull();
    expect(await shortest({ maxDegree: 1 })).toBeNull();
  });

  it('neighborhood leaves out avoided entities and expands only through passable nodes', async () => {
    const base = await around();
    expect(base).toEqual(['a', 'b', 'c', 'd', 'f1', 'f2', 'f3', 'f4', 'h', 'q', 's', 'w']);
    expect(await around({ avoid: [ids.h] })).toEqual(['a', 'b', 'c', 'd', 'q', 's', 'w']);
    expect(await around({ maxDegree: 5 })).toEqual(['a', 'b', 'c', 'd', 'h', 'q', 's', 'w']);
    expect(await around({ viaKinds: ['Place'] })).toEqual(['a', 'b', 'c', 'h', 'q', 's', 'w']);
  });
});
