/**
 * Louvain communities of an undirected simple graph given as edges (self-loops and repeated pairs
 * ignored), with graphology-communities-louvain. The graph is built in sorted order and the
 * algorithm's random walk draws from a seeded generator, so one graph and one seed give one answer.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';

// The package is CommonJS (`module.exports = louvain`) with typings that say `export default`:
// under NodeNext the default import is that function, typed as the module.
const louvain = louvainModule as unknown as (typeof louvainModule)['default'];

export interface CommunitiesResult {
  modularity: number;
  /** Members sorted by id; communities largest first, ties by their first member. */
  communities: string[][];
}

/**
 * Mulberry32, a 32-bit seeded generator: hand-written because Louvain only needs a repeatable
 * `() => number` and five lines are less than a dependency.
 */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function communities(
  edges: ReadonlyArray<readonly [string, string]>,
  resolution: number,
  seed: number,
): CommunitiesResult {
  const pairs = new Set<string>();
  for (const [a, b] of edges) if (a !== b) pairs.add(JSON.stringify(a < b ? [a, b] : [b, a]));
  const sorted = [...pairs].sort().map((pair) => JSON.parse(pair) as [string, string]);
  const graph = new UndirectedGraph();
  for (const id of [...new Set(sorted.flat())].sort()) graph.addNode(id);
  for (const [a, b] of sorted) graph.addEdge(a, b);
  if (graph.size === 0) return { modularity: 0, communities: [] };
  const { communities: membership, modularity } = louvain.detailed(graph, {
    resolution,
    rng: seededRandom(seed),
  });
  const groups = new Map<number, string[]>();
  graph.forEachNode((id: string) => {
    const community = membership[id]!;
    groups.set(community, [...(groups.get(community) ?? []), id]);
  });
  const list = [...groups.values()].map((members) => members.sort());
  list.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return { modularity, communities: list };
}
